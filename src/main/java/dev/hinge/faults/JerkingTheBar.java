package dev.hinge.faults;

import dev.hinge.kinematics.Joint;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.RepMetrics;
import java.util.Optional;

/**
 * The bar is yanked off the floor instead of squeezed: it starts fast against the rep's mean and
 * gets there at once. Not reported when the hips shot up on the same rep: the legs snapped straight
 * and the bar jumped with them, which is the hips' fault, not a separate yank.
 */
final class JerkingTheBar extends FaultRule {
  /**
   * The speed over the bar's first 150 ms against the rep's mean, for the bar and the shoulders it
   * hangs from, whichever is less. Clean pulls of the development set and the fixtures read up to
   * 1.25 (the bar alone up to 1.72: a hand landmark rebounding from a dip into the plate); a floor
   * break made three times faster reads 1.7–2.9.
   */
  static final Levels SPEED_RATIO = Levels.above(1.35, 1.8, 2.4);

  /**
   * ... and the bar's largest gain in speed over 100 ms around the floor break reaches this, m/s²:
   * a lifter who squeezes the bar up can still start briskly but gains speed gently. The same
   * figure as the rep detector's yank ({@code dev.hinge.reps.FloorBreak#YANK_MPS2}).
   */
  static final double MIN_ACCELERATION_MPS2 = 5.0;

  static final double CONFIDENCE = 0.75;

  JerkingTheBar() {
    super(
        "Pull the slack out first, then squeeze the bar off the floor.",
        "lifting too quickly: the back takes the shock at the floor break",
        Requirement.FRAME_RATE,
        Requirement.HANDS);
  }

  /**
   * The hands seen on at least this share of the pull: the bar's first 150 ms is read from them.
   */
  static final double MIN_HANDS_SEEN = 0.8;

  @Override
  public Optional<MainMeasure> mainMeasure() {
    return Optional.of(
        new MainMeasure("floorBreakSpeedRatio", RepMetrics::floorBreakSpeedRatio, SPEED_RATIO));
  }

  @Override
  public Optional<String> notJudged(RepContext c) {
    return c.handsTooLittleSeen(MIN_HANDS_SEEN);
  }

  @Override
  public Optional<Finding> judge(RepContext c, EarlierFindings earlier) {
    RepMetrics m = c.metrics();
    if (!c.pullsFromTheFloor()
        || earlier.found(HipsShootUp.class)
        || !(m.floorBreakAccelerationMps2() >= MIN_ACCELERATION_MPS2)) {
      return Optional.empty();
    }
    int a = c.floorBreakFrame();
    int knee = c.kneeFrame();
    return SPEED_RATIO
        .of(m.floorBreakSpeedRatio())
        .map(
            s ->
                new Finding(
                    s,
                    CONFIDENCE * c.visibility(a, knee, Joint.WRIST),
                    PhaseName.FLOOR_TO_KNEE,
                    new Evidence(
                        "floorBreakSpeedRatio",
                        Evidence.twoDecimals(m.floorBreakSpeedRatio()),
                        SPEED_RATIO.mild(),
                        a,
                        knee)));
  }
}
