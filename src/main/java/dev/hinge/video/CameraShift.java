package dev.hinge.video;

/**
 * Where the camera had moved the picture to by one frame: a still point of the scene that sat at
 * {@code (x, y)} in the shot's first frame sits at {@code (x + dxPx, y + dyPx)} in this one (pixels
 * of the upright frame). Zero for a camera that held still.
 */
public record CameraShift(double dxPx, double dyPx) {
  public static final CameraShift NONE = new CameraShift(0, 0);

  public double magnitudePx() {
    return Math.hypot(dxPx, dyPx);
  }
}
