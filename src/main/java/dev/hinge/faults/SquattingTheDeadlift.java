package dev.hinge.faults;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.RepMetrics;
import java.util.Locale;
import java.util.Optional;

/**
 * The hips sit about as low as the knees in the set-up: a squat, not a hip hinge. Read from the
 * thigh's lowest angle above horizontal over the last second of the set-up, which needs no ankle
 * (the plates hide it): lifters who squat the bar drop the hips to the knees and start from there,
 * and the hips often rise a little before the bar moves, so the floor break alone reads them higher
 * than the lifter set them (on the development set's named case, 20° at the floor break, 6° at
 * their lowest).
 */
final class SquattingTheDeadlift extends FaultRule {
  /** The thigh's lowest angle above horizontal over the set-up's last second, degrees. */
  static final Levels THIGH_ELEVATION_DEG = Levels.below(8, 4, 0);

  /**
   * Knees seen at least this well around the floor break (mean of both sides; the far leg is always
   * half hidden) before the thigh's angle is trusted.
   */
  static final double MIN_KNEE_VISIBILITY = 0.4;

  /**
   * The hands seen on at least this share of the set-up's last second: the plates that hide them
   * hide the knees just behind the bar too (on the development set and the fixtures every set-up
   * but one has them seen throughout; that one, 13 %, reads its hips at knee height where they are
   * visibly high).
   */
  static final double MIN_SETUP_HANDS_SEEN = 0.5;

  static final double CONFIDENCE = 0.8;

  SquattingTheDeadlift() {
    super(
        "Hips higher at the start: shins nearly vertical, push the hips back, not down.",
        "not a hip hinge: the wrong muscles start the pull",
        Requirement.SIDE_VIEW,
        Requirement.TORSO);
  }

  @Override
  public Optional<MainMeasure> mainMeasure() {
    return Optional.of(
        new MainMeasure(
            "thighElevationSetupMinDeg",
            RepMetrics::thighElevationSetupMinDeg,
            THIGH_ELEVATION_DEG));
  }

  @Override
  public Optional<String> notJudged(RepContext c) {
    if (!c.pullsFromTheFloor()) {
      return Optional.empty();
    }
    Optional<String> legs = c.implausibleKnee();
    if (legs.isPresent()) {
      return legs;
    }
    int a = c.floorBreakFrame();
    double seen = c.metrics().setupHandsSeenShare();
    if (seen < MIN_SETUP_HANDS_SEEN) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "the hands were hidden (or not where hanging arms put them) on %.0f %% of the"
                  + " set-up's last second (at most %.0f %%): the plates hide the knees too, so the"
                  + " hips' height against them is unknown",
              100 * (1 - seen),
              100 * (1 - MIN_SETUP_HANDS_SEEN)));
    }
    double knee = meanVisibility(c.kinematics(), Joint.KNEE, a - 1, a + 1);
    if (knee >= MIN_KNEE_VISIBILITY) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "the knees are hidden at the floor break (visibility %.2f, needs %.2f), so the"
                + " hips' height against them is unknown",
            knee,
            MIN_KNEE_VISIBILITY));
  }

  @Override
  public Optional<Finding> judge(RepContext c, EarlierFindings earlier) {
    if (!c.pullsFromTheFloor()) {
      return Optional.empty();
    }
    int a = c.floorBreakFrame();
    double thigh = c.metrics().thighElevationSetupMinDeg();
    return THIGH_ELEVATION_DEG
        .of(thigh)
        .map(
            s ->
                new Finding(
                    s,
                    CONFIDENCE * c.viewFactor() * c.visibility(a, a, Joint.HIP, Joint.KNEE),
                    PhaseName.SETUP,
                    new Evidence(
                        "thighElevationSetupMinDeg",
                        Evidence.oneDecimal(thigh),
                        THIGH_ELEVATION_DEG.mild(),
                        a,
                        a)));
  }

  private static double meanVisibility(Kinematics k, Joint j, int from, int to) {
    int lo = Math.max(0, from);
    int hi = Math.min(k.frameCount() - 1, to);
    double sum = 0;
    for (int f = lo; f <= hi; f++) {
      sum += k.visibility(j, f);
    }
    return sum / (hi - lo + 1);
  }
}
