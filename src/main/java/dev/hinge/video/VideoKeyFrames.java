package dev.hinge.video;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Single frames of a video as JPEG, for report key frames. Decodes forward from the last frame
 * asked for (reports ask in increasing order), reopening the video only to go back.
 */
public final class VideoKeyFrames implements AutoCloseable {
  private final Path video;
  private FfmpegFrameSource source;
  private Frame current;

  public VideoKeyFrames(Path video) {
    this.video = video;
  }

  public Optional<byte[]> jpeg(int index) {
    if (current != null && current.index() > index) {
      close();
    }
    if (source == null) {
      source = FfmpegFrameSource.open(video);
    }
    while (current == null || current.index() < index) {
      if (current != null) {
        source.release(current);
      }
      Optional<Frame> next = source.next();
      if (next.isEmpty()) {
        current = null;
        return Optional.empty();
      }
      current = next.get();
    }
    return Optional.of(encode(current));
  }

  static byte[] encode(Frame f) {
    BufferedImage img = new BufferedImage(f.width(), f.height(), BufferedImage.TYPE_3BYTE_BGR);
    byte[] dst = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
    byte[] rgb = f.rgb();
    for (int i = 0; i < f.width() * f.height() * 3; i += 3) {
      dst[i] = rgb[i + 2];
      dst[i + 1] = rgb[i + 1];
      dst[i + 2] = rgb[i];
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    if (source != null) {
      source.close();
      source = null;
    }
    current = null;
  }
}
