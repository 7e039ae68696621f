package dev.hinge.reps;

import dev.hinge.kinematics.Kinematics;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The set's floor: where the bar rested before the pulls that started from the floor by the
 * lifter's knees ({@link RepBuilder#belowTheKnees}), the lowest of them. The same plates on the
 * same floor hold the bar at the same height before every pull of a set; where a rep's start reads
 * higher, or its knees lower (plates hiding hands and shins at the floor: seb_deadlift, oblique,
 * rests at 26–34 cm with its knees read about as high, and under landmark noise of 2 % of the torso
 * a rep read as started above the floor or at the knees in 5 of 20 trials), the set's other starts
 * say it rested on the floor.
 *
 * <p>A pull whose start is within {@value #TOLERANCE_M} m of the set's floor starts from the floor.
 * A pull from blocks or from a hang starts at the knees or above, 20 cm and more over the floor (a
 * plate's radius lifts the bar 22.5 cm off the floor; a block pull starts about knee high), and
 * stays partial; the rep judged alone, and a set with no floor start by the knee height, read as
 * before.
 */
final class SetFloor {
  /** A start at most this far above the set's floor is on the floor, metres. */
  static final double TOLERANCE_M = 0.08;

  private SetFloor() {}

  /** The set's floor from its pulls, metres; empty when none started from the floor. */
  static OptionalDouble of(Kinematics k, List<Pull> pulls, double standingKneeM) {
    double floor = Double.POSITIVE_INFINITY;
    for (Pull p : pulls) {
      if (RepBuilder.belowTheKnees(k, p, standingKneeM)) {
        floor = Math.min(floor, RepBuilder.startHeight(k, p));
      }
    }
    return Double.isFinite(floor) ? OptionalDouble.of(floor) : OptionalDouble.empty();
  }

  /** Whether a start at {@code startM} is on the set's {@code floor}. */
  static boolean on(OptionalDouble floor, double startM) {
    return floor.isPresent() && startM <= floor.getAsDouble() + TOLERANCE_M;
  }
}
