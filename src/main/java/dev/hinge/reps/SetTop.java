package dev.hinge.reps;

import dev.hinge.kinematics.Kinematics;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The top of the set: how high the bar rose on the reps that stood tall by the angles ({@link
 * Lockout#extended}), the median of their highest. The same lifter, filmed by the same camera,
 * holds the bar at the same height at every lockout; where a rep's hips and knees read just short
 * of the lockout angles, the set's own top says whether he stood up. A camera behind or at an angle
 * to the lifter reads his straight hips a few degrees bent: seb_rdl (rear-oblique) locks out at
 * 156° and 157° against the 155° that decides, and its third rep, the bar 2 cm above those two tops
 * when the clip ends, read partial at 153°; under landmark noise of 1 % of the torso its count
 * moved in 6 of 20 trials.
 *
 * <p>A pull from the floor that stood short of the lockout angles counts as locked out when its bar
 * rose to within {@value #TOLERANCE_M} m of the set's top with the hips at {@value #MIN_HIP_DEG}°
 * or more by the angles. The arms hang from the shoulders, so the bar is as high as they are: a
 * trunk 16° further forward than at the set's other tops takes a 0.5 m trunk's shoulders down 2 cm
 * (20°: 3 cm), and a pull that stalls at the knees is 20 cm and more below. So a rep at the top
 * stood within about 15° of the pose its lifter locks out in, whatever the angles read from where
 * the camera stands. Knees short of straight lower the bar by less (10° at each knee: under 1 cm),
 * and are not told. With no rep standing tall by the angles there is no top to read against, and
 * nothing changes.
 */
final class SetTop {
  /** A rep's highest bar at most this far below the set's top is at the top, metres. */
  static final double TOLERANCE_M = 0.02;

  /** ... with the hips at least this straight, degrees. */
  static final double MIN_HIP_DEG = 145;

  private SetTop() {}

  /** The set's top from its pulls, metres above the floor; empty when no pull stood tall. */
  static OptionalDouble of(Kinematics k, List<Pull> pulls) {
    double[] tops = new double[pulls.size()];
    int m = 0;
    for (Pull p : pulls) {
      int[] w = RepBuilder.topWindow(k, p);
      if (w[0] <= w[1] && Lockout.extendedWithin(k, w[0], w[1])) {
        tops[m++] = Series.max(k.barUpM(), w[0], w[1]);
      }
    }
    if (m == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Series.medianOf(tops, 0, m - 1));
  }

  /**
   * Whether a rep whose highest bar was {@code barMaxM} and whose hips reached {@code hipMaxDeg}
   * stood at the set's {@code top}. A rep the clip's end cut while the bar still rose ({@code
   * cutRising}) must have reached the top itself: the lifter was still on his way up, and whether
   * he would have finished is not known (nmn_deadlift fades to black 1.6 cm under its top on a
   * fourth pull its labels do not count; seb_rdl's third rep ends the clip 1.8 cm above).
   */
  static boolean reached(OptionalDouble top, double barMaxM, double hipMaxDeg, boolean cutRising) {
    double tolerance = cutRising ? 0 : TOLERANCE_M;
    return top.isPresent() && barMaxM >= top.getAsDouble() - tolerance && hipMaxDeg >= MIN_HIP_DEG;
  }

  /** The bar's speed at which a rise the clip's end cuts is still a rise, m/s. */
  static final double RISING_MPS = 0.05;

  /**
   * Whether the clip ends at or before {@code to} (the end of a rep's top) with the bar still
   * rising.
   */
  static boolean cutRising(Kinematics k, int to) {
    int last = k.frameCount() - 1;
    return to >= last && k.barVelocityMps()[last] > RISING_MPS;
  }
}
