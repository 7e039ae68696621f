package dev.hinge.faults;

import dev.hinge.kinematics.Joint;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.RepMetrics;
import java.util.Optional;

/**
 * The hips rise faster than the shoulders off the floor: the knees straighten first, the shoulders
 * lag, and by the time the bar reaches the knees the back is near horizontal and lifts the bar.
 * Read as the back angle at the knees (the trunk from vertical where the bar reaches the lifter's
 * standing knee height), the angle coaches check there: a pull that keeps its back angle passes the
 * knees at 36–58° on the development set and the fixtures; hips held 15 cm higher through the knee
 * pass put it at 61–80°. The earlier hip-to-shoulder rise ratio missed this: while the arms hang,
 * the shoulders rise about as much as the bar does, so straight legs cannot add enough hip rise to
 * move it.
 */
final class HipsShootUp extends FaultRule {
  /** The trunk's angle from vertical where the bar reaches knee height, degrees. */
  static final Levels BACK_ANGLE_AT_KNEES_DEG = Levels.above(62, 70, 78);

  /**
   * ... reached without the back getting more upright than at the floor break by more than this,
   * degrees: a lifter who starts with a near-horizontal back and raises his chest as he should (the
   * synthetic lifter's clean hinge: 74° at the floor, 62° at the knees) has not let his hips rise
   * first.
   */
  static final double MAX_RISE_OF_THE_BACK_DEG = 5;

  static final double CONFIDENCE = 0.85;

  HipsShootUp() {
    super(
        "Push the floor away: hips and shoulders rise together until the bar passes the knees.",
        "straining the legs / using the wrong muscles: the legs straighten first and the back"
            + " lifts the bar",
        Requirement.SIDE_VIEW,
        Requirement.TORSO);
  }

  /**
   * The hands seen on at least this share of the pull: where the bar reaches knee height is read
   * from them.
   */
  static final double MIN_HANDS_SEEN = 0.8;

  @Override
  public Optional<MainMeasure> mainMeasure() {
    return Optional.of(
        new MainMeasure(
            "trunkAngleKneeDeg", RepMetrics::trunkAngleKneeDeg, BACK_ANGLE_AT_KNEES_DEG));
  }

  @Override
  public Optional<String> notJudged(RepContext c) {
    return c.handsTooLittleSeen(MIN_HANDS_SEEN);
  }

  @Override
  public Optional<Finding> judge(RepContext c, EarlierFindings earlier) {
    RepMetrics m = c.metrics();
    if (!c.pullsFromTheFloor() || m.trunkAngleChangeEarlyDeg() < -MAX_RISE_OF_THE_BACK_DEG) {
      return Optional.empty();
    }
    int a = c.floorBreakFrame();
    int knee = c.kneeFrame();
    return BACK_ANGLE_AT_KNEES_DEG
        .of(m.trunkAngleKneeDeg())
        .map(
            s ->
                new Finding(
                    s,
                    CONFIDENCE * c.viewFactor() * c.visibility(a, knee, Joint.HIP, Joint.SHOULDER),
                    PhaseName.FLOOR_TO_KNEE,
                    new Evidence(
                        "trunkAngleKneeDeg",
                        Evidence.oneDecimal(m.trunkAngleKneeDeg()),
                        BACK_ANGLE_AT_KNEES_DEG.mild(),
                        a,
                        knee)));
  }
}
