package dev.hinge.video;

import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes a video with FFmpeg on its own thread, a few frames ahead of the consumer, into a fixed
 * pool of RGB buffers (no allocation per frame). Rotation metadata is applied so frames come out
 * upright; timestamps are the stream's presentation times, so variable frame rates are kept.
 */
public final class FfmpegFrameSource implements FrameSource {
  private static final Logger LOG = LoggerFactory.getLogger(FfmpegFrameSource.class);

  /** Frames larger than this on either side are refused: they would need gigabytes per buffer. */
  public static final int MAX_SIDE_PX = 8192;

  /** And more than this many pixels (40 MP; 8K UHD is 33 MP). */
  public static final long MAX_PIXELS = 40_000_000L;

  private static final int POOL = 3;
  private static final Frame END = new Frame(new byte[3], 1, 1);

  private final Path path;
  private final FFmpegFrameGrabber grabber;
  private final VideoMetadata metadata;
  private final RgbConverter converter = new RgbConverter();
  private final BlockingQueue<Frame> free = new ArrayBlockingQueue<>(POOL);
  private final BlockingQueue<Frame> ready = new ArrayBlockingQueue<>(POOL + 1);
  private final Thread decoder;
  private volatile RuntimeException failure;
  private volatile boolean closed;
  private boolean ended;

  /** Consecutive packets that fail to decode before the rest of the file is given up. */
  static final int MAX_FAILED_PACKETS = 100;

  static {
    libraryLogs(false);
  }

  /**
   * FFmpeg's own log lines ({@code [h264 @ 0x…] error while decoding MB …}) on stderr: none by
   * default, where Hinge says in one line what is wrong with a file; warnings and errors when
   * {@code verbose}.
   */
  public static void libraryLogs(boolean verbose) {
    avutil.av_log_set_level(verbose ? avutil.AV_LOG_WARNING : avutil.AV_LOG_QUIET);
  }

  // written by the decoder thread, read after the end of the stream (ordered by the queue)
  private int errorFrames;
  private double firstErrorMs = Double.NaN;
  private double lastErrorMs = Double.NaN;
  private int missingFrames;
  private double lastFrameMs = Double.NaN;
  private int decodedFrames;
  private boolean cutShort;

  /** The video stream's own frame count and length, as its header gives them (0, NaN: unknown). */
  private final long streamFrames;

  private final double streamMs;

  private FfmpegFrameSource(
      Path path,
      FFmpegFrameGrabber grabber,
      VideoMetadata metadata,
      long streamFrames,
      double streamMs) {
    this.path = path;
    this.grabber = grabber;
    this.metadata = metadata;
    this.streamFrames = streamFrames;
    this.streamMs = streamMs;
    for (int i = 0; i < POOL; i++) {
      free.add(new Frame(metadata.width(), metadata.height()));
    }
    this.decoder = new Thread(this::decodeLoop, "hinge-decoder");
    decoder.setDaemon(true);
    decoder.start();
  }

  /** Opens a video, checking that it is a readable video of a size Hinge accepts. */
  public static FfmpegFrameSource open(Path path) {
    if (!Files.exists(path)) {
      throw new HingeException(ErrorKind.NOT_FOUND, "video not found: " + path);
    }
    if (Files.isDirectory(path)) {
      throw HingeException.invalidInput("not a video file but a directory: " + path);
    }
    if (!Files.isReadable(path)) {
      throw HingeException.invalidInput("cannot read video " + path + ": permission denied");
    }
    try {
      if (Files.size(path) == 0) {
        throw HingeException.invalidInput("not a video: " + path + " is empty (0 bytes)");
      }
    } catch (java.io.IOException e) {
      throw HingeException.invalidInput("cannot read video " + path + ": " + e.getMessage(), e);
    }
    FFmpegFrameGrabber g = new FFmpegFrameGrabber(path.toFile());
    // Decoded frames as they are; RgbConverter turns them into RGB as FFmpeg's command line does
    // (bicubic, the frame's own colour matrix and range), so they equal the reference's frames.
    g.setImageMode(FrameGrabber.ImageMode.RAW);
    try {
      g.start();
    } catch (FrameGrabber.Exception | RuntimeException e) {
      closeQuietly(g);
      if (Mp4Atoms.isMp4WithoutIndex(path)) {
        throw HingeException.invalidInput(
            "not a readable video: "
                + path
                + " is an MP4 without its index (no 'moov' box): it was cut short while being"
                + " recorded, copied or downloaded; copy it again from the phone",
            e);
      }
      throw HingeException.invalidInput(
          "not a readable video: " + path + " (" + ffmpegReason(e) + ")", e);
    }
    try {
      if (!g.hasVideo() || g.getImageWidth() <= 0 || g.getImageHeight() <= 0) {
        throw HingeException.invalidInput(
            "no video stream in "
                + path
                + " (format '"
                + g.getFormat()
                + "'"
                + (g.hasAudio() ? ", sound only" : "")
                + "): give the video of the set");
      }
      String format = g.getFormat() == null ? "" : g.getFormat();
      if (format.endsWith("_pipe") || format.equals("image2")) {
        throw HingeException.invalidInput(
            "not a video: "
                + path
                + " is a still image ("
                + format.replace("_pipe", "")
                + "); give the video of the set");
      }
      String codec = g.getVideoCodecName();
      int rot = normaliseRotation(g.getDisplayRotation());
      boolean swap = rot == 90 || rot == 270;
      int w = swap ? g.getImageHeight() : g.getImageWidth();
      int h = swap ? g.getImageWidth() : g.getImageHeight();
      if (w > MAX_SIDE_PX || h > MAX_SIDE_PX || (long) w * h > MAX_PIXELS) {
        throw HingeException.invalidInput(
            String.format(
                Locale.ROOT,
                "video frame %d×%d is too large (limit %d px a side and %d megapixels): %s",
                w,
                h,
                MAX_SIDE_PX,
                MAX_PIXELS / 1_000_000,
                path));
      }
      long frames = g.getLengthInVideoFrames();
      double fps = g.getFrameRate();
      VideoMetadata meta =
          new VideoMetadata(
              path.getFileName().toString(),
              w,
              h,
              rot,
              fps > 0 && Double.isFinite(fps) ? fps : 0,
              g.getLengthInTime() / 1000.0,
              codec == null ? "unknown" : codec,
              frames > 0 ? OptionalLong.of(frames) : OptionalLong.empty());
      long streamFrames = 0;
      double streamMs = Double.NaN;
      if (g.getFormatContext() != null && g.getVideoStream() >= 0) {
        org.bytedeco.ffmpeg.avformat.AVStream st = g.getFormatContext().streams(g.getVideoStream());
        streamFrames = Math.max(0, st.nb_frames());
        if (st.duration() != avutil.AV_NOPTS_VALUE
            && st.duration() > 0
            && st.time_base().den() > 0) {
          streamMs = 1000.0 * st.duration() * st.time_base().num() / st.time_base().den();
        }
      }
      return new FfmpegFrameSource(path, g, meta, streamFrames, streamMs);
    } catch (RuntimeException e) {
      closeQuietly(g);
      throw e;
    }
  }

  /** Rotation to apply, clockwise degrees: FFmpeg's display matrix angle is counter-clockwise. */
  static int normaliseRotation(double displayRotationDeg) {
    if (!Double.isFinite(displayRotationDeg)) {
      return 0;
    }
    int r = (int) Math.round(-displayRotationDeg / 90.0) * 90;
    return ((r % 360) + 360) % 360;
  }

  @Override
  public VideoMetadata metadata() {
    return metadata;
  }

  @Override
  public Optional<Frame> next() {
    if (ended) {
      return Optional.empty();
    }
    try {
      Frame f = ready.take();
      if (f == END) {
        ended = true;
        if (failure != null) {
          throw failure;
        }
        return Optional.empty();
      }
      return Optional.of(f);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while decoding " + path, e);
    }
  }

  @Override
  public void release(Frame frame) {
    if (frame != END) {
      free.offer(frame);
    }
  }

  private void decodeLoop() {
    int index = 0;
    long firstTsUs = Long.MIN_VALUE;
    double lastTMs = Double.NEGATIVE_INFINITY;
    int failedInARow = 0;
    try {
      while (!closed) {
        org.bytedeco.javacv.Frame f;
        try {
          f = grabber.grabImage();
          failedInARow = 0;
        } catch (FrameGrabber.Exception e) {
          // a packet that cannot be decoded: counted, and decoding goes on with the next one;
          // a file that yields nothing more is cut short there
          LOG.debug("decoding {} after frame {}", path, index, e);
          failedInARow++;
          double at = index == 0 ? 0 : lastTMs;
          noteError(at);
          if (failedInARow >= MAX_FAILED_PACKETS) {
            if (index == 0) {
              throw HingeException.invalidInput(
                  String.format(
                      Locale.ROOT,
                      "video %s is corrupt: no frame could be decoded (%s)",
                      path,
                      ffmpegReason(e)),
                  e);
            }
            cutShort = true;
            break;
          }
          continue;
        }
        if (f == null) {
          break;
        }
        if (f.image == null || !(f.opaque instanceof AVFrame)) {
          continue;
        }
        AVFrame decoded = (AVFrame) f.opaque;
        // AV_FRAME_FLAG_CORRUPT, or FF_DECODE_ERROR_* (concealed, missing reference, bad stream)
        boolean damaged = (decoded.flags() & 1) != 0 || decoded.decode_error_flags() != 0;
        long ts = grabber.getTimestamp();
        if (firstTsUs == Long.MIN_VALUE) {
          firstTsUs = ts;
        }
        double tMs = (ts - firstTsUs) / 1000.0;
        if (!(tMs > lastTMs)) {
          // Some containers repeat a timestamp; keep times strictly increasing.
          tMs = lastTMs + 0.001;
        }
        if (damaged) {
          noteError(tMs);
        }
        if (errorFrames > 0 && metadata.fps() > 0 && !Double.isNaN(lastFrameMs)) {
          // frames lost between two that came out, counted only in a file that shows damage: a
          // variable frame rate has gaps of its own
          double step = 1000.0 / metadata.fps();
          long gap = Math.round((tMs - lastFrameMs) / step) - 1;
          if (gap > 0 && tMs - lastFrameMs > 1.5 * step) {
            missingFrames += (int) Math.min(gap, 100_000);
          }
        }
        lastFrameMs = tMs;
        decodedFrames++;
        lastTMs = tMs;
        Frame out = free.poll(1, TimeUnit.HOURS);
        if (out == null || closed) {
          break;
        }
        copyUpright(f, out);
        out.set(index++, tMs);
        ready.put(out);
      }
      if (index == 0 && failure == null) {
        throw HingeException.invalidInput(
            "video "
                + path
                + " has no decodable frames (decoded 0, codec "
                + metadata.codec()
                + ")");
      }
    } catch (HingeException e) {
      failure = e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      failure =
          HingeException.invalidInput(
              "video " + path + " could not be decoded after frame " + index + ": " + e, e);
    } finally {
      try {
        ready.put(END);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void noteError(double tMs) {
    errorFrames++;
    if (Double.isNaN(firstErrorMs)) {
      firstErrorMs = tMs;
    }
    lastErrorMs = tMs;
  }

  /**
   * What was wrong with the video, once {@link #next()} has returned its end: frames decoded with
   * errors, frames missing, or an end well before the container's (more than a second and 10 %
   * early, or decoding given up). Empty for a sound video.
   */
  public Optional<VideoDamage> damage() {
    // the video stream's own header, not the container's duration: an audio track may run longer
    double expected = Double.isNaN(streamMs) ? metadata.durationMs() : streamMs;
    double fps = metadata.fps() > 0 ? metadata.fps() : 30;
    boolean fewerFrames =
        streamFrames > 0 && streamFrames - decodedFrames > Math.max(fps, 0.1 * streamFrames);
    boolean endsEarly =
        !Double.isNaN(streamMs)
            && !Double.isNaN(lastFrameMs)
            && streamMs - lastFrameMs > Math.max(1000, 0.1 * streamMs);
    boolean early = cutShort || fewerFrames || endsEarly;
    VideoDamage d =
        new VideoDamage(
            errorFrames,
            firstErrorMs,
            lastErrorMs,
            missingFrames,
            early && !Double.isNaN(lastFrameMs)
                ? java.util.OptionalDouble.of(lastFrameMs)
                : java.util.OptionalDouble.empty(),
            expected);
    return d.any() ? Optional.of(d) : Optional.empty();
  }

  private void copyUpright(org.bytedeco.javacv.Frame f, Frame out) {
    AVFrame av = (AVFrame) f.opaque;
    ByteBuffer src = converter.convert(av);
    int sw = av.width();
    int sh = av.height();
    int stride = converter.stride();
    byte[] dst = out.rgb();
    int rot = metadata.rotationDeg();
    if (rot == 0) {
      int rowBytes = sw * 3;
      for (int y = 0; y < sh; y++) {
        src.get(y * stride, dst, y * rowBytes, rowBytes);
      }
      return;
    }
    int dw = out.width();
    int dh = out.height();
    for (int y = 0; y < sh; y++) {
      int rowStart = y * stride;
      for (int x = 0; x < sw; x++) {
        int dx;
        int dy;
        switch (rot) {
          case 90 -> {
            dx = sh - 1 - y;
            dy = x;
          }
          case 180 -> {
            dx = sw - 1 - x;
            dy = sh - 1 - y;
          }
          default -> { // 270
            dx = y;
            dy = sw - 1 - x;
          }
        }
        int s = rowStart + x * 3;
        int d = (dy * dw + dx) * 3;
        dst[d] = src.get(s);
        dst[d + 1] = src.get(s + 1);
        dst[d + 2] = src.get(s + 2);
      }
    }
    assert dh > 0;
  }

  private static String ffmpegReason(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (m.contains("Unsupported video format or codec") || m.contains("avcodec_find_decoder")) {
      return "unsupported video codec";
    }
    // AVERROR_INVALIDDATA, which JavaCV reports by number with hints meant for its own callers
    if (m.contains("Invalid data found") || m.contains("-1094995529")) {
      return "FFmpeg: invalid data found when processing input; not a video file, or a damaged one";
    }
    if (m.contains("moov atom not found")) {
      return "FFmpeg: moov atom not found, the file is truncated";
    }
    int nl = m.indexOf('\n');
    return "FFmpeg: " + (nl > 0 ? m.substring(0, nl) : m);
  }

  private static void closeQuietly(FFmpegFrameGrabber g) {
    try {
      g.close();
    } catch (Exception ignored) {
      // nothing more to do with a grabber that failed to start
    }
  }

  @Override
  public void close() {
    closed = true;
    decoder.interrupt();
    try {
      decoder.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeQuietly(grabber);
    if (!decoder.isAlive()) {
      converter.close();
    }
    LOG.debug("closed {}", path);
  }
}
