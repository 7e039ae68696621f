package dev.hinge.video;

import java.util.Optional;

/**
 * A stream of frames in presentation order. {@link #next()} hands out a frame that the caller must
 * give back with {@link #release(Frame)} before it is reused; a source may keep a few frames in
 * flight (decoding ahead on another thread).
 */
public interface FrameSource extends AutoCloseable {
  VideoMetadata metadata();

  /** The next frame, or empty at the end of the video. */
  Optional<Frame> next();

  /** Gives a frame's buffer back to the source. */
  void release(Frame frame);

  @Override
  void close();
}
