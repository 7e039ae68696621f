package dev.hinge.kinematics;

/** Which way the lifter faces in the image. */
public enum Facing {
  LEFT,
  RIGHT;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
