package dev.hinge.faults;

import dev.hinge.kinematics.Joint;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.RepMetrics;
import java.util.Optional;

/**
 * The bar is too heavy: a missed pull (the clearest sign: the lifter could not finish it), or a
 * full rep that grinds near the deadlift's minimum velocity threshold all the way up.
 */
final class TooHeavy extends FaultRule {
  /**
   * Mean concentric velocity, m/s, near the deadlift's minimum velocity threshold (0.14 ± 0.05 m/s
   * at a 1RM, Helms et al. 2017). Camera speeds carry the scale's uncertainty, which lowers the
   * confidence.
   */
  static final Levels MEAN_VELOCITY_MPS = Levels.below(0.20, 0.17, 0.14);

  /**
   * ... and the bar never got going: a grind crawls all the way, while a deliberately slow pull
   * still speeds up through lockout. The rep detector's grind ({@code
   * dev.hinge.reps.FloorBreak#GRIND_PEAK_MPS}) is the same figure.
   */
  static final double GRIND_PEAK_MPS = 0.45;

  static final double MISSED_CONFIDENCE = 0.8;

  static final double GRIND_CONFIDENCE = 0.7;

  TooHeavy() {
    super(
        "The bar is grinding: lower the weight or stop the set here.",
        "lifting too heavy: reps near failure, technique breaks down",
        Requirement.HANDS);
  }

  @Override
  public Optional<String> notJudged(RepContext c) {
    return !c.rep().lockoutSeen()
        ? Optional.of(
            "the lifter was not seen at the top (something hid him), so when the bar got there,"
                + " and the pull's speed, is not known")
        : Optional.empty();
  }

  @Override
  public Optional<MainMeasure> mainMeasure() {
    return Optional.of(
        new MainMeasure(
            "meanConcentricVelocityMps", RepMetrics::meanConcentricVelocityMps, MEAN_VELOCITY_MPS));
  }

  @Override
  public Optional<Finding> judge(RepContext c, EarlierFindings earlier) {
    RepMetrics m = c.metrics();
    int a = c.floorBreakFrame();
    int b = c.lockoutFrame();
    double hands = c.visibility(a, b, Joint.WRIST);
    if (c.rep().missed()) {
      double needed = m.riseToLockoutM().orElse(m.barRiseM());
      return Optional.of(
          new Finding(
              Severity.SEVERE,
              MISSED_CONFIDENCE * hands,
              c.rep().phase(PhaseName.KNEE_TO_LOCKOUT).isPresent()
                  ? PhaseName.KNEE_TO_LOCKOUT
                  : PhaseName.FLOOR_TO_KNEE,
              new Evidence(
                  "barRiseM",
                  Evidence.twoDecimals(m.barRiseM()),
                  Evidence.twoDecimals(needed),
                  a,
                  b)));
    }
    if (c.rep().partial() || !(m.peakConcentricVelocityMps() < GRIND_PEAK_MPS)) {
      return Optional.empty();
    }
    double scale = 1 + c.kinematics().scale().uncertaintyPct() / 100;
    return MEAN_VELOCITY_MPS
        .of(m.meanConcentricVelocityMps())
        .map(
            s ->
                new Finding(
                    s,
                    GRIND_CONFIDENCE * hands / scale,
                    PhaseName.KNEE_TO_LOCKOUT,
                    new Evidence(
                        "meanConcentricVelocityMps",
                        Evidence.twoDecimals(m.meanConcentricVelocityMps()),
                        MEAN_VELOCITY_MPS.mild(),
                        a,
                        b)));
  }
}
