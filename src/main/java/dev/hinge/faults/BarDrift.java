package dev.hinge.faults;

import dev.hinge.kinematics.Joint;
import dev.hinge.reps.Phase;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.Rep;
import dev.hinge.reps.RepMetrics;
import java.util.Optional;

/** The bar (hands) strays forward of mid-foot during the pull, lengthening the lever. */
final class BarDrift extends FaultRule {
  /**
   * Largest horizontal distance of the hands from mid-foot during the pull, cm; the wrist sits a
   * few centimetres off the bar and mid-foot is estimated, so a clean pull can read 10 cm.
   */
  static final Levels DRIFT_CM = Levels.above(14, 19, 26);

  static final double CONFIDENCE = 0.75;

  BarDrift() {
    super(
        "Keep the bar against the legs, over mid-foot, all the way up and down.",
        "poor posture: a bar away from the body lengthens the lever on the lower back",
        Requirement.SIDE_VIEW,
        Requirement.FEET,
        Requirement.HANDS);
  }

  @Override
  public Optional<Finding> judge(RepContext c, EarlierFindings earlier) {
    RepMetrics m = c.metrics();
    int frame = m.barDriftFrame();
    return DRIFT_CM
        .of(m.barDriftCm())
        .map(
            s ->
                new Finding(
                    s,
                    CONFIDENCE
                        * c.viewFactor()
                        * c.visibility(
                            c.floorBreakFrame(),
                            c.lockoutFrame(),
                            Joint.WRIST,
                            Joint.HEEL,
                            Joint.TOE),
                    phaseAt(c.rep(), frame),
                    new Evidence(
                        "barDriftCm",
                        Evidence.oneDecimal(m.barDriftCm()),
                        DRIFT_CM.mild(),
                        frame,
                        frame)));
  }

  /** The phase the frame falls in, setup left out; knee→lockout when none holds it. */
  static PhaseName phaseAt(Rep rep, int frame) {
    for (Phase p : rep.phases()) {
      if (p.name() != PhaseName.SETUP && frame >= p.startFrame() && frame <= p.endFrame()) {
        return p.name();
      }
    }
    return PhaseName.KNEE_TO_LOCKOUT;
  }
}
