package dev.hinge.reps;

import dev.hinge.kinematics.Kinematics;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What a set's own reps say about its lifter, for judging each rep against: his standing knee
 * height, how high the bar rises at his lockouts ({@link SetTop}) and where it rests on the floor
 * ({@link SetFloor}). Reps are counted against the lifter's own marks, not only against angles and
 * shares that a camera at an angle, or a plate over the hands, can bend.
 *
 * @param standingKneeM the knees' height standing, metres (a floor start is under a share of it)
 * @param topM the bar at the set's lockouts, metres; empty where no rep stood tall by the angles
 * @param floorM the bar on the floor at the set's starts, metres; empty where no rep started from
 *     the floor by the knee height
 */
record SetMarks(double standingKneeM, OptionalDouble topM, OptionalDouble floorM) {
  /** The marks of a set of {@code pulls}. */
  static SetMarks of(Kinematics k, List<Pull> pulls, double standingKneeM) {
    return new SetMarks(standingKneeM, SetTop.of(k, pulls), SetFloor.of(k, pulls, standingKneeM));
  }

  /** Knee height alone: a rep judged without the rest of its set. */
  static SetMarks alone(double standingKneeM) {
    return new SetMarks(standingKneeM, OptionalDouble.empty(), OptionalDouble.empty());
  }
}
