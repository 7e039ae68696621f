package dev.hinge.faults;

import dev.hinge.kinematics.Joint;
import dev.hinge.reps.Phase;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.RepMetrics;
import java.util.Optional;

/**
 * Leaning back past vertical at the top instead of finishing tall: the shoulders go behind the hips
 * and the hips are pushed past straight, so the lower back arches under the bar. Read where the
 * trunk leans back most around the top, held or not. A tall lockout reads up to 11° past vertical
 * on the development set (the shoulder landmark sits behind the hip's when the shoulders are pulled
 * back), with the hips at 156–183° (read over the lean-back, see {@code RepMeasurer}); both must be
 * past that.
 */
final class LockoutHyperextension extends FaultRule {
  /**
   * The trunk leaning back past vertical at its most around the top, degrees, with the hips pushed
   * past straight ({@link #PUSHED_HIP_DEG}).
   */
  static final Levels LEAN_BACK_DEG = Levels.above(10, 15, 20);

  /**
   * ... or this far back whatever the hips read: where plates hide the knees at the top the hip
   * angle is unknown, but no tall lockout leans back 15°.
   */
  static final Levels LEAN_BACK_ALONE_DEG = Levels.above(15, 20, 25);

  /** Hips pushed past straight, degrees (180: straight). */
  static final double PUSHED_HIP_DEG = 186;

  static final double CONFIDENCE = 0.8;

  LockoutHyperextension() {
    super(
        "Finish tall: squeeze the glutes and stop when the hips are through; don't lean back.",
        "over-arching / over-extending the back at the top",
        Requirement.SIDE_VIEW,
        Requirement.TORSO);
  }

  // the lean-back's 10° level, the one for hips pushed through (the hips' angle is the other
  // condition)
  @Override
  public Optional<MainMeasure> mainMeasure() {
    return Optional.of(
        new MainMeasure("leanBackPeakDeg", RepMetrics::leanBackPeakDeg, LEAN_BACK_DEG));
  }

  @Override
  public Optional<String> notJudged(RepContext c) {
    if (c.rep().partial()) {
      return Optional.of("the rep never reached lockout, so there is no top to judge");
    }
    return !c.rep().lockoutSeen()
        ? Optional.of("the lifter was not seen at the top (something hid him), so there is no top")
        : Optional.empty();
  }

  @Override
  public Optional<Finding> judge(RepContext c, EarlierFindings earlier) {
    // a lean-back the lifter does not hold counts: the top may have no lockout phase of its own
    int at = c.lockoutFrame();
    Phase lock =
        c.rep()
            .phase(PhaseName.LOCKOUT)
            .orElse(
                new Phase(PhaseName.LOCKOUT, at, at, c.kinematics().t(at), c.kinematics().t(at)));
    RepMetrics m = c.metrics();
    Levels levels = m.hipAngleTopDeg() >= PUSHED_HIP_DEG ? LEAN_BACK_DEG : LEAN_BACK_ALONE_DEG;
    double lean = m.leanBackPeakDeg();
    return levels
        .of(lean)
        .map(
            s ->
                new Finding(
                    s,
                    CONFIDENCE
                        * c.viewFactor()
                        * c.visibility(lock.startFrame(), lock.endFrame(), Joint.HIP),
                    PhaseName.LOCKOUT,
                    new Evidence(
                        "leanBackPeakDeg",
                        Evidence.oneDecimal(lean),
                        levels.mild(),
                        lock.startFrame(),
                        lock.endFrame())));
  }
}
