package dev.hinge.faults;

import dev.hinge.kinematics.Joint;
import dev.hinge.reps.Phase;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.RepMetrics;
import java.util.Locale;
import java.util.Optional;

/**
 * Leaning back past straight at the top instead of finishing tall: the hips pushed through and the
 * shoulders behind them, so the lower back arches under the bar. Read as the trunk's lean back past
 * the line from the ankles to the hips over the top (held or not), not past the picture's vertical:
 * a phone tilted by 6° moved that reading by 6° and the lockouts of three clean pulls past its
 * limit. The legs' line needs no knee, which the plates hide at the top.
 */
final class LockoutHyperextension extends FaultRule {
  /**
   * The trunk's lean back past the ankle-to-hip line over the top, degrees. Clean lockouts of the
   * development set read up to 10.3° (the shoulder landmark sits behind the hip's when the chest is
   * up; 11.9° over their 102 camera copies), the named lean-back (bx_bad013) 14.1° and 12.3–18.2°
   * on its six copies (docs/analysis.md).
   */
  static final Levels LEAN_FROM_LEGS_DEG = Levels.above(13, 18, 23);

  /**
   * The ankle-to-hip line farther than this from the picture's vertical at the top: a lifter
   * standing at lockout holds his legs near vertical (−5° to +4° on the development set's side
   * views, up to 11° on copies rotated by 6°), so the legs were misread (svr_deadlift −20°,
   * bx_good004 +17°, whose knees and ankles are hidden at the top).
   */
  static final double MAX_LEG_LINE_DEG = 15;

  static final double CONFIDENCE = 0.8;

  LockoutHyperextension() {
    super(
        "Finish tall: squeeze the glutes and stop when the hips are through; don't lean back.",
        "over-arching / over-extending the back at the top",
        Requirement.SIDE_VIEW,
        Requirement.TORSO);
  }

  @Override
  public Optional<MainMeasure> mainMeasure() {
    return Optional.of(
        new MainMeasure(
            "leanBackFromLegsDeg", RepMetrics::leanBackFromLegsDeg, LEAN_FROM_LEGS_DEG));
  }

  @Override
  public Optional<String> notJudged(RepContext c) {
    if (c.rep().partial()) {
      return Optional.of("the rep never reached lockout, so there is no top to judge");
    }
    if (!c.rep().lockoutSeen()) {
      return Optional.of(
          "the lifter was not seen at the top (something hid him), so there is no top");
    }
    double legs = c.metrics().legLineTopDeg();
    return Math.abs(legs) > MAX_LEG_LINE_DEG
        ? Optional.of(
            String.format(
                Locale.ROOT,
                "the legs were misread at the top: the line from the ankles to the hips is %.0f°"
                    + " from vertical (at most %.0f° standing)",
                Math.abs(legs),
                MAX_LEG_LINE_DEG))
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
    double lean = c.metrics().leanBackFromLegsDeg();
    return LEAN_FROM_LEGS_DEG
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
                        "leanBackFromLegsDeg",
                        Evidence.oneDecimal(lean),
                        LEAN_FROM_LEGS_DEG.mild(),
                        lock.startFrame(),
                        lock.endFrame())));
  }
}
