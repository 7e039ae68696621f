package dev.hinge.faults;

import dev.hinge.kinematics.Joint;
import dev.hinge.reps.PhaseName;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The neck out of line with the back early in the pull: cranked up or tucked. */
final class HeadPosition implements FaultRule {
  /** Head against trunk, extension (cranked up) or flexion (tucked), degrees. */
  static final Levels ANGLE_DEG = Levels.above(40, 55, 70);

  static final double CONFIDENCE = 0.6;

  @Override
  public String cue() {
    return "Neutral neck: eyes on the floor a few metres ahead, chin neither cranked up nor"
        + " tucked.";
  }

  @Override
  public String cause() {
    return "posture: the neck out of line with the back";
  }

  @Override
  public Set<Requirement> needs() {
    return EnumSet.of(Requirement.SIDE_VIEW, Requirement.HEAD);
  }

  @Override
  public Optional<Finding> judge(RepContext c, List<Fault> earlier) {
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
