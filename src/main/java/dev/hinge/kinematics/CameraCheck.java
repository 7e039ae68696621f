package dev.hinge.kinematics;

import java.util.List;

/**
 * What the camera set-up allows: the view, whether head, hands, feet and the trunk (hips and
 * shoulders) stay in frame, whether the frame rate is high enough for timing judgements, and how
 * tall the lifter stands in the picture ({@code lifterPx}, NaN when unknown).
 */
public record CameraCheck(
    View view,
    double fps,
    double headInFrame,
    double handsInFrame,
    double feetInFrame,
    double torsoInFrame,
    double lifterPx,
    List<Issue> issues) {

  public static final double MIN_FPS = 24.0;
  public static final double MIN_IN_FRAME = 0.8;

  /**
   * The least height of the standing lifter in the picture, pixels: the landmark model sees a
   * 256-pixel crop of the lifter, and from a smaller figure, blown up, the back's outline and the
   * head's angle are too coarse to judge. The labelled real clips' smallest is 223 px.
   */
  public static final double MIN_LIFTER_PX = 160;

  public CameraCheck {
    issues = List.copyOf(issues);
  }

  /** A check without the lifter's size (taken as big enough) and with the trunk in frame. */
  public CameraCheck(
      View view,
      double fps,
      double headInFrame,
      double handsInFrame,
      double feetInFrame,
      List<Issue> issues) {
    this(view, fps, headInFrame, handsInFrame, feetInFrame, 1.0, Double.NaN, issues);
  }

  /** Whether the lifter is big enough in the picture for the fine judgements (back, head). */
  public boolean lifterSizeOk() {
    return Double.isNaN(lifterPx) || lifterPx >= MIN_LIFTER_PX;
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

  /** Whether a hip and a shoulder stay in the picture: the trunk's angle and shape need both. */
  public boolean torsoOk() {
    return torsoInFrame >= MIN_IN_FRAME;
  }
}
