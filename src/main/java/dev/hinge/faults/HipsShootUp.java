package dev.hinge.faults;

import dev.hinge.kinematics.Joint;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.RepMetrics;
import java.util.Optional;

/**
 * The hips rise faster than the shoulders off the floor: the legs straighten first and the back
 * lifts the bar. Read from the floor break until the bar passes the knees.
 */
final class HipsShootUp extends FaultRule {
  /** Hip rise over shoulder rise until the bar passes the knees. */
  static final Levels RISE_RATIO = Levels.above(1.2, 1.8, 2.6);

  /** ... together with the trunk tipping more horizontal by at least this much. */
  static final double MIN_TRUNK_TIP_DEG = 3.0;

  static final double CONFIDENCE = 0.85;

  HipsShootUp() {
    super(
        "Push the floor away: hips and shoulders rise together until the bar passes the knees.",
        "straining the legs / using the wrong muscles: the legs straighten first and the back"
            + " lifts the bar",
        Requirement.SIDE_VIEW);
  }

  @Override
  public Optional<Finding> judge(RepContext c, EarlierFindings earlier) {
    RepMetrics m = c.metrics();
    if (!c.pullsFromTheFloor() || !(m.trunkAngleChangeEarlyDeg() >= MIN_TRUNK_TIP_DEG)) {
      return Optional.empty();
    }
    int a = c.floorBreakFrame();
    int knee = c.kneeFrame();
    return RISE_RATIO
        .of(m.hipShoulderRiseRatio())
        .map(
            s ->
                new Finding(
                    s,
                    CONFIDENCE * c.viewFactor() * c.visibility(a, knee, Joint.HIP, Joint.SHOULDER),
                    PhaseName.FLOOR_TO_KNEE,
                    new Evidence(
                        "hipShoulderRiseRatio",
                        Evidence.twoDecimals(m.hipShoulderRiseRatio()),
                        RISE_RATIO.mild(),
                        a,
                        knee)));
  }
}
