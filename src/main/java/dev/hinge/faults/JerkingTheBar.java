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
  /** The bar's speed over its first 150 ms against the rep's mean. */
  static final Levels SPEED_RATIO = Levels.above(1.3, 1.6, 1.9);

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
