package dev.hinge.faults;

import dev.hinge.kinematics.Joint;
import dev.hinge.reps.Phase;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.Rep;
import dev.hinge.reps.RepMetrics;
import java.util.Optional;

/**
 * The bar (hands) strays forward during the pull, away from the legs, lengthening the lever on the
 * lower back. Read as the hands' largest travel forward from where the bar left the floor: a good
 * bar path is nearly vertical (clean reps of the development set: up to 9 cm, mostly under 5), and
 * it needs neither mid-foot nor the wrist's offset from the bar, both of which the landmarks only
 * estimate.
 */
final class BarDrift extends FaultRule {
  /** The hands' largest forward travel from the floor break, cm. */
  static final Levels DRIFT_CM = Levels.above(10, 15, 20);

  /** The hands seen on at least this share of the pull before their path is trusted. */
  static final double MIN_HANDS_SEEN = 0.85;

  static final double CONFIDENCE = 0.75;

  BarDrift() {
    super(
        "Keep the bar against the legs, over mid-foot, all the way up and down.",
        "poor posture: a bar away from the body lengthens the lever on the lower back",
        Requirement.SIDE_VIEW,
        Requirement.HANDS);
  }

  @Override
  public Optional<MainMeasure> mainMeasure() {
    return Optional.of(new MainMeasure("barExcursionCm", RepMetrics::barExcursionCm, DRIFT_CM));
  }

  @Override
  public Optional<String> notJudged(RepContext c) {
    return c.handsTooLittleSeen(MIN_HANDS_SEEN);
  }

  @Override
  public Optional<Finding> judge(RepContext c, EarlierFindings earlier) {
    RepMetrics m = c.metrics();
    int frame = m.barExcursionFrame();
    return DRIFT_CM
        .of(m.barExcursionCm())
        .map(
            s ->
                new Finding(
                    s,
                    CONFIDENCE
                        * c.viewFactor()
                        * c.visibility(c.floorBreakFrame(), c.lockoutFrame(), Joint.WRIST),
                    phaseAt(c.rep(), frame),
                    new Evidence(
                        "barExcursionCm",
                        Evidence.oneDecimal(m.barExcursionCm()),
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
