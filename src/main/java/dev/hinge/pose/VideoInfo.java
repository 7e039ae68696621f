package dev.hinge.pose;

import dev.hinge.video.CameraRoll;
import dev.hinge.video.VideoDamage;
import java.util.List;
import java.util.Optional;

/**
 * The video a track came from. Width and height are those of the upright frame (after rotation);
 * rotation is the metadata rotation that was applied, in degrees clockwise; damage is what was
 * wrong with a file that still decoded; sceneCutsMs are the times of the frames where an edited
 * video cuts to another shot (the pose was found afresh there), in order; roll is the camera's turn
 * about its own axis read from the room's vertical lines ({@link CameraRoll}), empty for a track
 * written before it was measured.
 */
public record VideoInfo(
    String name,
    int width,
    int height,
    double fps,
    int rotation,
    double durationMs,
    Optional<VideoDamage> damage,
    List<Double> sceneCutsMs,
    Optional<CameraRoll.Estimate> roll) {

  public VideoInfo {
    sceneCutsMs = List.copyOf(sceneCutsMs);
  }

  /** A video whose camera roll was not measured. */
  public VideoInfo(
      String name,
      int width,
      int height,
      double fps,
      int rotation,
      double durationMs,
      Optional<VideoDamage> damage,
      List<Double> sceneCutsMs) {
    this(name, width, height, fps, rotation, durationMs, damage, sceneCutsMs, Optional.empty());
  }

  /** A video without cuts. */
  public VideoInfo(
      String name,
      int width,
      int height,
      double fps,
      int rotation,
      double durationMs,
      Optional<VideoDamage> damage) {
    this(name, width, height, fps, rotation, durationMs, damage, List.of(), Optional.empty());
  }

  /** A sound video without cuts. */
  public VideoInfo(
      String name, int width, int height, double fps, int rotation, double durationMs) {
    this(
        name,
        width,
        height,
        fps,
        rotation,
        durationMs,
        Optional.empty(),
        List.of(),
        Optional.empty());
  }

  /** The same video with another camera roll (empty: not measured). */
  public VideoInfo withRoll(Optional<CameraRoll.Estimate> other) {
    return new VideoInfo(
        name, width, height, fps, rotation, durationMs, damage, sceneCutsMs, other);
  }

  /** The same video under another name. */
  public VideoInfo named(String other) {
    return new VideoInfo(
        other, width, height, fps, rotation, durationMs, damage, sceneCutsMs, roll);
  }
}
