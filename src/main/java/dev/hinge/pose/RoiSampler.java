package dev.hinge.pose;

import dev.hinge.video.Frame;
import java.nio.FloatBuffer;

/**
 * Samples a rotated region of an RGB frame into a square float tensor (NHWC), bilinearly, at pixel
 * centres: output pixel i maps to source coordinate {@code corner + (i + 0.5)·step − 0.5}, which
 * matched MediaPipe's output best. Outside the frame: zero (the detector's letterbox) or the
 * nearest edge pixel (the landmark crop).
 */
public final class RoiSampler {
  private RoiSampler() {}

  /**
   * @param lo value for a 0 byte
   * @param hi value for a 255 byte
   * @param zeroBorder black outside the frame (else the edge is replicated)
   */
  public static void sample(
      Frame frame, Roi roi, int size, FloatBuffer dst, float lo, float hi, boolean zeroBorder) {
    byte[] rgb = frame.rgb();
    int w = frame.width();
    int h = frame.height();
    float scale = (hi - lo) / 255f;
    double cos = Math.cos(roi.rotationRad());
    double sin = Math.sin(roi.rotationRad());
    double stepX = roi.width() / size;
    double stepY = roi.height() / size;
    // source = centre + R · ((i + 0.5)·step − size·step/2), then −0.5 to index pixel centres
    double ox = roi.cx() - 0.5;
    double oy = roi.cy() - 0.5;
    float border = zeroBorder ? 0f : Float.NaN;
    int pos = dst.position();
    for (int j = 0; j < size; j++) {
      double v = (j + 0.5) * stepY - roi.height() / 2;
      for (int i = 0; i < size; i++) {
        double u = (i + 0.5) * stepX - roi.width() / 2;
        double sx = ox + u * cos - v * sin;
        double sy = oy + u * sin + v * cos;
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        float fx = (float) (sx - x0);
        float fy = (float) (sy - y0);
        for (int c = 0; c < 3; c++) {
          float p00 = px(rgb, w, h, x0, y0, c, border);
          float p10 = px(rgb, w, h, x0 + 1, y0, c, border);
          float p01 = px(rgb, w, h, x0, y0 + 1, c, border);
          float p11 = px(rgb, w, h, x0 + 1, y0 + 1, c, border);
          float top = p00 + (p10 - p00) * fx;
          float bottom = p01 + (p11 - p01) * fx;
          float val = top + (bottom - top) * fy;
          dst.put(pos++, lo + val * scale);
        }
      }
    }
    dst.position(pos);
  }

  private static float px(byte[] rgb, int w, int h, int x, int y, int c, float border) {
    if (x < 0 || y < 0 || x >= w || y >= h) {
      if (!Float.isNaN(border)) {
        return border;
      }
      x = Math.max(0, Math.min(w - 1, x));
      y = Math.max(0, Math.min(h - 1, y));
    }
    return rgb[(y * w + x) * 3 + c] & 0xff;
  }
}
