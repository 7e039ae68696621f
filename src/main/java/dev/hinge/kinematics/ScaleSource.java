package dev.hinge.kinematics;

/** Where the pixel-to-metre scale came from. */
public enum ScaleSource {
  LIFTER_HEIGHT,
  WORLD_LANDMARKS,
  /** No height and no world landmarks: an average stature is assumed (a warning says so). */
  ASSUMED_HEIGHT;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
