package dev.hinge.pose;

import dev.hinge.video.Frame;
import java.nio.FloatBuffer;

/**
 * Samples a rotated region of an RGB frame into a square float tensor (NHWC), bilinearly, at pixel
 * centres: output pixel i maps to source coordinate {@code corner + (i + 0.5)·step − 0.5}, which
 * matched MediaPipe's output best. Outside the frame: black (the detector's letterbox: a sample
 * point outside the frame, taps at its edge clamped, as MediaPipe's GPU converter does) or the
 * nearest edge pixel (the landmark crop). Holds a scratch row so that sampling allocates nothing;
 * one sampler per thread.
 */
public final class RoiSampler {
  private float[] row = new float[0];

  /**
   * @param lo value for a 0 byte
   * @param hi value for a 255 byte
   * @param zeroBorder black outside the frame (else the edge is replicated)
   */
  public void sample(
      Frame frame, Roi roi, int size, FloatBuffer dst, float lo, float hi, boolean zeroBorder) {
    if (row.length < size * 3) {
      row = new float[size * 3];
    }
    byte[] rgb = frame.rgb();
    int w = frame.width();
    int h = frame.height();
    float scale = (hi - lo) / 255f;
    double cos = Math.cos(roi.rotationRad());
    double sin = Math.sin(roi.rotationRad());
    double stepX = roi.width() / size;
    double stepY = roi.height() / size;
    // source = centre + R · ((i + 0.5)·step − side/2), then −0.5 to index pixel centres
    double ox = roi.cx() - 0.5;
    double oy = roi.cy() - 0.5;
    double u0 = 0.5 * stepX - roi.width() / 2;
    double dxI = stepX * cos;
    double dyI = stepX * sin;
    for (int j = 0; j < size; j++) {
      double v = (j + 0.5) * stepY - roi.height() / 2;
      double sx = ox + u0 * cos - v * sin;
      double sy = oy + u0 * sin + v * cos;
      int o = 0;
      for (int i = 0; i < size; i++, sx += dxI, sy += dyI) {
        int x0 = (int) sx;
        int y0 = (int) sy;
        if (sx < x0) {
          x0--; // floor for negatives, without Math.floor's double round trip
        }
        if (sy < y0) {
          y0--;
        }
        float fx = (float) (sx - x0);
        float fy = (float) (sy - y0);
        int p00;
        int p10;
        int p01;
        int p11;
        if (x0 >= 0 && y0 >= 0 && x0 + 1 < w && y0 + 1 < h) {
          p00 = (y0 * w + x0) * 3;
          p10 = p00 + 3;
          p01 = p00 + w * 3;
          p11 = p01 + 3;
        } else if (zeroBorder && (sx < -0.5 || sy < -0.5 || sx > w - 0.5 || sy > h - 0.5)) {
          // the letterbox: a sample point outside the frame is black, as in MediaPipe's GPU
          // converter, which tests the point itself and samples the frame with clamped edges
          for (int c = 0; c < 3; c++) {
            row[o++] = lo;
          }
          continue;
        } else {
          // replicated edge: bilinear over clamped taps (a region wider than a portrait frame
          // puts many pixels here, so this path is as cheap as the inner one); inside the frame
          // the letterbox samples the same way
          int xa = Math.max(0, Math.min(w - 1, x0));
          int xb = Math.max(0, Math.min(w - 1, x0 + 1));
          int ya = Math.max(0, Math.min(h - 1, y0)) * w;
          int yb = Math.max(0, Math.min(h - 1, y0 + 1)) * w;
          p00 = (ya + xa) * 3;
          p10 = (ya + xb) * 3;
          p01 = (yb + xa) * 3;
          p11 = (yb + xb) * 3;
        }
        for (int c = 0; c < 3; c++) {
          float a = rgb[p00 + c] & 0xff;
          float b = rgb[p10 + c] & 0xff;
          float d = rgb[p01 + c] & 0xff;
          float e = rgb[p11 + c] & 0xff;
          float top = a + (b - a) * fx;
          float bottom = d + (e - d) * fx;
          row[o++] = lo + (top + (bottom - top) * fy) * scale;
        }
      }
      dst.put(row, 0, size * 3);
    }
  }
}
