package dev.hinge.kinematics;

import java.util.List;

/**
 * What the camera set-up allows: the view, whether head, hands and feet stay in frame, and whether
 * the frame rate is high enough for timing judgements.
 */
public record CameraCheck(
    View view,
    double fps,
    double headInFrame,
    double handsInFrame,
    double feetInFrame,
    List<Issue> issues) {

  public static final double MIN_FPS = 24.0;
  public static final double MIN_IN_FRAME = 0.8;

  public CameraCheck {
    issues = List.copyOf(issues);
  }

  /** A camera problem: a warning code and a sentence for the lifter. */
  public record Issue(String code, String message) {}

  public boolean sideOn() {
    return view.kind() == ViewKind.SIDE || view.kind() == ViewKind.OBLIQUE;
  }

  public boolean frameRateOk() {
    return fps >= MIN_FPS - 0.05;
  }

  public boolean headOk() {
    return headInFrame >= MIN_IN_FRAME;
  }

  public boolean handsOk() {
    return handsInFrame >= MIN_IN_FRAME;
  }

  public boolean feetOk() {
    return feetInFrame >= MIN_IN_FRAME;
  }
}
