package dev.hinge.pose;

import dev.hinge.video.VideoDamage;
import java.util.Optional;

/**
 * The video a track came from. Width and height are those of the upright frame (after rotation);
 * rotation is the metadata rotation that was applied, in degrees clockwise; damage is what was
 * wrong with a file that still decoded.
 */
public record VideoInfo(
    String name,
    int width,
    int height,
    double fps,
    int rotation,
    double durationMs,
    Optional<VideoDamage> damage) {

  /** A sound video. */
  public VideoInfo(
      String name, int width, int height, double fps, int rotation, double durationMs) {
    this(name, width, height, fps, rotation, durationMs, Optional.empty());
  }
}
