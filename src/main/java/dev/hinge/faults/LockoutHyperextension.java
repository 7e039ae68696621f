package dev.hinge.faults;

import dev.hinge.kinematics.Joint;
import dev.hinge.reps.Phase;
import dev.hinge.reps.PhaseName;
import java.util.Optional;

/** Leaning back past vertical at lockout instead of finishing tall. Full reps only. */
final class LockoutHyperextension extends FaultRule {
  /** The trunk leaning back past vertical at lockout, degrees (of the negative trunk angle). */
  static final Levels LEAN_BACK_DEG = Levels.above(8, 14, 20);

  static final double CONFIDENCE = 0.8;

  LockoutHyperextension() {
    super(
        "Finish tall: squeeze the glutes and stop when the hips are through; don't lean back.",
        "over-arching / over-extending the back at the top",
        Requirement.SIDE_VIEW);
  }

  @Override
  public Optional<Finding> judge(RepContext c, EarlierFindings earlier) {
    Optional<Phase> lockout = c.rep().phase(PhaseName.LOCKOUT);
    if (c.rep().partial() || lockout.isEmpty()) {
      return Optional.empty();
    }
    Phase lock = lockout.get();
    double trunk = c.metrics().trunkAngleLockoutDeg();
    return LEAN_BACK_DEG
        .of(-trunk)
        .map(
            s ->
                new Finding(
                    s,
                    CONFIDENCE
                        * c.viewFactor()
                        * c.visibility(lock.startFrame(), lock.endFrame(), Joint.HIP),
                    PhaseName.LOCKOUT,
                    new Evidence(
                        "trunkAngleLockoutDeg",
                        Evidence.oneDecimal(trunk),
                        -LEAN_BACK_DEG.mild(),
                        lock.startFrame(),
                        lock.endFrame())));
  }
}
