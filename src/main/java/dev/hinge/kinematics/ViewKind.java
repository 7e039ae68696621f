package dev.hinge.kinematics;

/** Where the camera stands relative to the lifter. */
public enum ViewKind {
  SIDE,
  FRONT,
  OBLIQUE,
  UNKNOWN;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
