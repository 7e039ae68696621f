package dev.hinge.video;

import java.nio.ByteBuffer;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Converts decoded frames to packed RGB the way FFmpeg's command line (its {@code scale} filter)
 * does: bicubic, and with the colour matrix and range the frame is tagged with (BT.709 for HD phone
 * video), falling back to BT.601 limited range when untagged. A plain swscale context, as JavaCV's
 * grabber makes it, always assumes BT.601, which shifts colours by up to 11 levels on BT.709 video
 * and made Hinge's frames differ from the ones the reference solution was fed.
 */
final class RgbConverter implements AutoCloseable {
  private static final int PADDING = 256;

  /**
   * Rows are laid out this far apart, in bytes: past the row's own {@code 3 × width} to hold a
   * whole last group of 8 pixels, and aligned as FFmpeg aligns its frames' rows. swscale's x86 code
   * converts a row in groups of 8 pixels and, where the row's stride cannot hold the last group,
   * skips that group: with rows packed at {@code 3 × width} the last 1–7 columns of a width that is
   * not a multiple of 8 (418, 854) were never written and held whatever the buffer held before.
   */
  static int strideFor(int width) {
    int group = (width + 7) & ~7;
    return (group * 3 + 63) & ~63;
  }

  private SwsContext ctx;
  private int width = -1;
  private int height = -1;
  private int format = -1;
  private int colorspace = -1;
  private int range = -1;
  private BytePointer rgb;
  private final PointerPointer<BytePointer> dst = new PointerPointer<>(4);
  private final IntPointer dstStride = new IntPointer(4);
  private boolean closed;

  /**
   * RGB of {@code frame}, rows of {@code 3 × width} bytes {@link #stride()} apart, valid until the
   * next call.
   */
  ByteBuffer convert(AVFrame frame) {
    int w = frame.width();
    int h = frame.height();
    int fmt = frame.format();
    int cs = frame.colorspace();
    int rg = frame.color_range();
    if (ctx == null
        || w != width
        || h != height
        || fmt != format
        || cs != colorspace
        || rg != range) {
      configure(w, h, fmt, cs, rg);
    }
    swscale.sws_scale(ctx, frame.data(), frame.linesize(), 0, h, dst, dstStride);
    return rgb.position(0).limit((long) stride() * height).asByteBuffer();
  }

  /** How far apart the rows of the last {@link #convert} are, in bytes. */
  int stride() {
    return strideFor(width);
  }

  private void configure(int w, int h, int fmt, int cs, int rg) {
    freeContext();
    ctx =
        swscale.sws_getContext(
            w,
            h,
            fmt,
            w,
            h,
            avutil.AV_PIX_FMT_RGB24,
            swscale.SWS_BICUBIC,
            null,
            null,
            (DoublePointer) null);
    if (ctx == null) {
      throw new IllegalStateException("swscale cannot convert pixel format " + fmt + " to RGB");
    }
    // Not tagged → swscale's default (BT.601); tagged values are AVColorSpace, which the
    // SWS_CS_* constants share.
    int matrix =
        cs == avutil.AVCOL_SPC_UNSPECIFIED || cs == avutil.AVCOL_SPC_RGB
            ? swscale.SWS_CS_DEFAULT
            : cs;
    boolean fullRange = rg == avutil.AVCOL_RANGE_JPEG || isJpegFormat(fmt);
    // Fails (returns -1) for RGB sources, where there is no matrix to set: nothing to do then.
    swscale.sws_setColorspaceDetails(
        ctx,
        swscale.sws_getCoefficients(matrix),
        fullRange ? 1 : 0,
        swscale.sws_getCoefficients(swscale.SWS_CS_DEFAULT),
        1,
        0,
        1 << 16,
        1 << 16);
    int stride = strideFor(w);
    long bytes = (long) stride * h;
    if (rgb == null || rgb.capacity() < bytes + PADDING) {
      if (rgb != null) {
        rgb.close();
      }
      // swscale's vector code may store a little past the last pixel.
      rgb = new BytePointer(bytes + PADDING);
    }
    // swscale reads four planes' pointers and strides even for packed output: zero the unused.
    dst.put(0, rgb);
    for (int i = 1; i < 4; i++) {
      dst.put(i, (BytePointer) null);
    }
    dstStride.put(new int[] {stride, 0, 0, 0});
    width = w;
    height = h;
    format = fmt;
    colorspace = cs;
    range = rg;
  }

  private static boolean isJpegFormat(int fmt) {
    return fmt == avutil.AV_PIX_FMT_YUVJ420P
        || fmt == avutil.AV_PIX_FMT_YUVJ422P
        || fmt == avutil.AV_PIX_FMT_YUVJ444P
        || fmt == avutil.AV_PIX_FMT_YUVJ440P
        || fmt == avutil.AV_PIX_FMT_YUVJ411P;
  }

  private void freeContext() {
    if (ctx != null) {
      swscale.sws_freeContext(ctx);
      ctx = null;
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    freeContext();
    if (rgb != null) {
      rgb.close();
      rgb = null;
    }
    dst.close();
    dstStride.close();
  }
}
