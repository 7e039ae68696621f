package dev.hinge.report;

import java.util.Optional;

/**
 * Supplies the video frame for a frame index as encoded image bytes (JPEG or PNG), when the video
 * is available. The video decoder plugs in here; without one the HTML report has no key frames.
 */
@FunctionalInterface
public interface KeyFrameSource {
  Optional<byte[]> frame(int index);

  KeyFrameSource NONE = index -> Optional.empty();
}
