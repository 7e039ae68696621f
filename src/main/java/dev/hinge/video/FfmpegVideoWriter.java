package dev.hinge.video;

import dev.hinge.core.HingeException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Writes an H.264 MP4 (FFmpeg through JavaCV, OpenH264 as the encoder; no external binary) from BGR
 * frames handed over one by one: streamed, nothing kept but the encoder's own state. Frames keep
 * the timestamps they are given, on the grid of the frame rate; no audio.
 */
public final class FfmpegVideoWriter implements AutoCloseable {
  private final FFmpegFrameRecorder recorder;
  private final Path file;
  private final int width;
  private final int height;
  private final ByteBuffer buffer;
  private long lastUs = -1;

  /**
   * Opens {@code file} for {@code width×height} frames at {@code fps}. H.264 wants even sides: an
   * odd width or height loses its last column or row.
   */
  public FfmpegVideoWriter(Path file, int width, int height, double fps) {
    this.file = file;
    this.width = width - width % 2;
    this.height = height - height % 2;
    if (this.width < 2 || this.height < 2) {
      throw HingeException.invalidInput("cannot write a " + width + "×" + height + " video");
    }
    this.buffer = ByteBuffer.allocateDirect(this.width * this.height * 3);
    recorder = new FFmpegFrameRecorder(file.toFile(), this.width, this.height, 0);
    recorder.setFormat("mp4");
    recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
    recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
    recorder.setFrameRate(fps > 0 ? fps : 30);
    // about 0.15 bit per pixel and frame: a clean picture for drawn lines and text
    recorder.setVideoBitrate(
        (int) Math.min(40_000_000, Math.max(500_000, 0.15 * this.width * this.height * fps)));
    recorder.setGopSize((int) Math.max(1, Math.round(2 * (fps > 0 ? fps : 30))));
    recorder.setOption("movflags", "faststart");
    try {
      recorder.start();
    } catch (FrameRecorder.Exception e) {
      throw HingeException.environment("cannot write video " + file + ": " + e.getMessage(), e);
    }
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /**
   * Encodes one frame: {@code bgr} rows of {@code stride} bytes (3 per pixel), at {@code tMs} from
   * the start.
   */
  public void write(byte[] bgr, int stride, double tMs) {
    buffer.clear();
    for (int y = 0; y < height; y++) {
      buffer.put(bgr, y * stride, width * 3);
    }
    buffer.flip();
    try {
      long us = Math.round(tMs * 1000);
      if (us > lastUs) {
        recorder.setTimestamp(us);
        lastUs = us;
      }
      recorder.recordImage(
          width,
          height,
          org.bytedeco.javacv.Frame.DEPTH_UBYTE,
          3,
          width * 3,
          avutil.AV_PIX_FMT_BGR24,
          buffer);
    } catch (FrameRecorder.Exception e) {
      throw HingeException.environment("cannot encode video " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      recorder.stop();
      recorder.release();
    } catch (FrameRecorder.Exception e) {
      throw HingeException.environment("cannot finish video " + file + ": " + e.getMessage(), e);
    }
  }
}
