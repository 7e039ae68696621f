package dev.hinge.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/** Small videos written by the tests themselves (no binaries in the repository). */
public final class GeneratedVideos {
  private GeneratedVideos() {}

  /**
   * Writes {@code frames} frames of {@code w×h}: a white frame with a black square whose x equals
   * the frame index (so orientation and order can be checked), at the given timestamps (µs).
   */
  public static Path write(Path file, int w, int h, long[] timestampsUs, double rotationDeg)
      throws Exception {
    return write(file, "mp4", w, h, timestampsUs, rotationDeg);
  }

  /** The same in another container ({@code "avi"}, {@code "matroska"}, ...), MPEG-4 video. */
  public static Path write(
      Path file, String format, int w, int h, long[] timestampsUs, double rotationDeg)
      throws Exception {
    try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), w, h, 0)) {
      r.setFormat(format);
      r.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
      r.setFrameRate(30);
      r.setVideoQuality(2);
      if (rotationDeg != 0) {
        r.setDisplayRotation(rotationDeg);
      }
      r.start();
      Java2DFrameConverter conv = new Java2DFrameConverter();
      for (int i = 0; i < timestampsUs.length; i++) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.fillRect(i * 2, 0, 8, 8); // a marker in the top-left corner that moves right
        g.dispose();
        r.setTimestamp(timestampsUs[i]);
        r.record(conv.convert(img));
      }
      r.stop();
    }
    return file;
  }

  /**
   * Writes {@code frames} flat frames of one colour given in limited-range Y'CbCr (4:2:0), tagged
   * with the colour matrix {@code colorspace} (an FFmpeg name such as {@code "bt709"}), or untagged
   * when it is null. Matroska, which always stores the tag.
   */
  public static Path writeFlatYuv(
      Path file, int w, int h, int frames, int y, int u, int v, String colorspace)
      throws Exception {
    try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), w, h, 0)) {
      r.setFormat("matroska");
      r.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
      r.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
      r.setFrameRate(30);
      r.setVideoQuality(1);
      if (colorspace != null) {
        r.setVideoOption("colorspace", colorspace);
        r.setVideoOption("color_range", "tv");
      }
      r.start();
      ByteBuffer yuv = ByteBuffer.allocateDirect(w * h * 3 / 2);
      for (int i = 0; i < w * h; i++) {
        yuv.put((byte) y);
      }
      for (int i = 0; i < w * h / 4; i++) {
        yuv.put((byte) u);
      }
      for (int i = 0; i < w * h / 4; i++) {
        yuv.put((byte) v);
      }
      yuv.flip();
      for (int i = 0; i < frames; i++) {
        r.setTimestamp(Math.round(i * 1e6 / 30));
        r.recordImage(
            w, h, org.bytedeco.javacv.Frame.DEPTH_UBYTE, 1, w, avutil.AV_PIX_FMT_YUV420P, yuv);
      }
      r.stop();
    }
    return file;
  }

  public static long[] constantRate(int n, double fps) {
    long[] t = new long[n];
    for (int i = 0; i < n; i++) {
      t[i] = Math.round(i * 1e6 / fps);
    }
    return t;
  }
}
