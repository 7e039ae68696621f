package dev.hinge.video;

/**
 * One decoded, upright video frame: interleaved RGB bytes, row-major, {@code width * 3} bytes a
 * row. The pixel buffer is owned by the decoder and reused: a consumer must finish with it before
 * returning the frame (see {@link FrameSource}).
 */
public final class Frame {
  private final byte[] rgb;
  private final int width;
  private final int height;
  private int index;
  private double tMs;

  public Frame(int width, int height) {
    this(new byte[Math.multiplyExact(Math.multiplyExact(width, height), 3)], width, height);
  }

  public Frame(byte[] rgb, int width, int height) {
    if (rgb.length < width * height * 3) {
      throw new IllegalArgumentException(
          "buffer of " + rgb.length + " bytes for " + width + "×" + height);
    }
    this.rgb = rgb;
    this.width = width;
    this.height = height;
  }

  public byte[] rgb() {
    return rgb;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** Position of the frame in decoding order, from 0. */
  public int index() {
    return index;
  }

  /** Presentation time relative to the first frame, in milliseconds. */
  public double tMs() {
    return tMs;
  }

  public void set(int index, double tMs) {
    this.index = index;
    this.tMs = tMs;
  }
}
