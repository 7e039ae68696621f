package dev.hinge.faults;

import dev.hinge.kinematics.Joint;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.RepMetrics;
import java.util.Optional;

/** The neck out of line with the back early in the pull: cranked up or tucked. */
final class HeadPosition extends FaultRule {
  /** Head against trunk, extension (cranked up) or flexion (tucked), degrees. */
  static final Levels ANGLE_DEG = Levels.above(40, 55, 70);

  static final double CONFIDENCE = 0.6;

  HeadPosition() {
    super(
        "Neutral neck: eyes on the floor a few metres ahead, chin neither cranked up nor"
            + " tucked.",
        "posture: the neck out of line with the back",
        Requirement.SIDE_VIEW,
        Requirement.TORSO,
        Requirement.HEAD,
        Requirement.LIFTER_SIZE);
  }

  @Override
  public Optional<MainMeasure> mainMeasure() {
    return Optional.of(new MainMeasure("headAngleDeg", RepMetrics::headAngleDeg, ANGLE_DEG));
  }

  @Override
  public Optional<Finding> judge(RepContext c, EarlierFindings earlier) {
    if (!c.pullsFromTheFloor()) {
      return Optional.empty();
    }
    int a = c.floorBreakFrame();
    int knee = c.kneeFrame();
    double head = c.metrics().headAngleDeg();
    return ANGLE_DEG
        .of(Math.abs(head))
        .map(
            s ->
                new Finding(
                    s,
                    CONFIDENCE * c.viewFactor() * c.visibility(a, knee, Joint.EAR, Joint.SHOULDER),
                    PhaseName.FLOOR_TO_KNEE,
                    new Evidence(
                        head > 0 ? "headExtensionDeg" : "headFlexionDeg",
                        Evidence.oneDecimal(Math.abs(head)),
                        ANGLE_DEG.mild(),
                        a,
                        knee)));
  }
}
