package dev.hinge.pose;

import dev.hinge.video.CameraShift;
import java.util.List;
import java.util.Optional;

/**
 * The pose in one video frame. A frame without a person has empty landmark lists and presence 0;
 * otherwise {@code image} has 33 landmarks and {@code world} 33 or none (a source without world
 * coordinates). {@code back} is the back's silhouette measured on the segmentation output, when the
 * pose source provides one (tracks made before it, or by other tools, have none). {@code camera} is
 * how far a hand-held camera had moved the picture by this frame since the shot's first, measured
 * on the background ({@link CameraShift#NONE} for a still camera, and in tracks without the
 * measure): the landmarks are where the lifter was in this frame's picture, the camera's shift
 * still in them.
 */
public record PoseFrame(
    int index,
    double tMs,
    double presence,
    List<Landmark> image,
    List<WorldLandmark> world,
    Optional<BackShape> back,
    CameraShift camera) {

  public PoseFrame {
    image = List.copyOf(image);
    world = List.copyOf(world);
    back = back == null ? Optional.empty() : back;
    camera = camera == null ? CameraShift.NONE : camera;
  }

  /** A frame without a camera measure. */
  public PoseFrame(
      int index,
      double tMs,
      double presence,
      List<Landmark> image,
      List<WorldLandmark> world,
      Optional<BackShape> back) {
    this(index, tMs, presence, image, world, back, CameraShift.NONE);
  }

  /** A frame without a back measure. */
  public PoseFrame(
      int index, double tMs, double presence, List<Landmark> image, List<WorldLandmark> world) {
    this(index, tMs, presence, image, world, Optional.empty(), CameraShift.NONE);
  }

  /** The same pose, with the camera's shift at this frame. */
  public PoseFrame withCamera(CameraShift shift) {
    return new PoseFrame(index, tMs, presence, image, world, back, shift);
  }

  /** A frame in which no person was found. */
  public static PoseFrame absent(int index, double tMs) {
    return new PoseFrame(index, tMs, 0.0, List.of(), List.of());
  }

  public boolean hasPose() {
    return !image.isEmpty();
  }

  public Landmark image(BodyLandmark landmark) {
    return image.get(landmark.index());
  }

  public boolean hasWorld() {
    return !world.isEmpty();
  }

  public WorldLandmark world(BodyLandmark landmark) {
    return world.get(landmark.index());
  }
}
