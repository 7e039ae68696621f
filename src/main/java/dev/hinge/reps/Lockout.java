package dev.hinge.reps;

import dev.hinge.kinematics.Kinematics;
import java.util.Optional;

/**
 * Where the lifter reaches lockout: the pose he then holds, where he holds it still; for a grind,
 * fitted from his arrival at it; never before the hips and knees are extended.
 */
final class Lockout {
  /** Lockout: hips and knees this straight. */
  static final double HIP_DEG = 155;

  static final double KNEE_DEG = 155;

  /**
   * ... or the hips extended with the trunk this close to vertical: then the knees are straight too
   * (a bent knee under a vertical trunk leaves the hip angle under 155°), whatever their landmarks
   * say; plates hide the shins at the floor and at lockout, and BlazePose's knee and ankle there
   * can bend the knee angle by 20-40°.
   */
  static final double UPRIGHT_TRUNK_DEG = 15;

  private Lockout() {}

  /**
   * The lockout frame, and the pose the lifter holds there when he holds it still (the descent
   * starts where he leaves it).
   */
  record Placed(int frame, Optional<double[]> standing) {}

  /**
   * Sharpens {@code lockout} (the speed ramp's end) for the coarse pull {@code c} whose floor break
   * is now {@code onset}. Where the lifter stands still from the coarse lockout to the descent,
   * where he comes to that rest ({@link RestFit#restEnd}). Elsewhere a grind comes to its lockout
   * slower than the landmarks jitter, so its speed-based lockout can come early, the lifter still
   * moving after it: when he is still clearly away ({@link RestFit#departure}) at that lockout from
   * the pose he holds over the last {@link RestFit#WINDOW_S} before the descent (or before he steps
   * away, the bar not lowered), the instant he arrives is fitted ({@link RestFit#restInstant}).
   * Then {@link #notBeforeExtended}.
   */
  static Placed place(Motion m, CoarsePull c, int onset, int lockout) {
    double[][] pose = m.pose();
    boolean[] present = m.present();
    int n = m.frameCount();
    int holdEnd = c.holdEnd(n);
    double[] standing = null;
    if (holdEnd - c.lockout() >= 2 && RestFit.still(pose, present, c.lockout(), holdEnd)) {
      standing = RestFit.restPoint(pose, c.lockout(), holdEnd);
      int lock = RestFit.restEnd(pose, standing, c.rise(), holdEnd, RestFit.LEVEL_M);
      if (lock > onset && lock <= holdEnd) {
        lockout = Math.min(n - 1, lock);
      }
    } else {
      int holdFrom = Math.max(c.lockout(), holdEnd - m.restFrames());
      double[] stand = holdEnd - holdFrom >= 2 ? RestFit.restPoint(pose, holdFrom, holdEnd) : null;
      if (stand != null
          && (c.descentStart() >= 0 || c.leftStanding())
          && Series.distance(pose, stand, lockout)
              > RestFit.departure(pose, present, stand, holdFrom, holdEnd)) {
        double travel = Series.distance(pose, stand, onset);
        int a = holdFrom;
        while (a > onset && Series.distance(pose, stand, a) <= RestFit.FIT_SHARE * travel) {
          a--;
        }
        double t = RestFit.restInstant(pose, present, a, holdEnd, false);
        if (!Double.isNaN(t) && Math.round(t) > onset) {
          lockout = (int) Math.round(t);
          standing = RestFit.still(pose, present, holdFrom, holdEnd) ? stand : null;
        }
      }
    }
    return new Placed(notBeforeExtended(m.k(), lockout, holdEnd), Optional.ofNullable(standing));
  }

  /**
   * Lockout is standing tall: not before the hips and knees are extended ({@link #HIP_DEG}, {@link
   * #KNEE_DEG}) when they get there by {@code to}. The speed can dip well before that, with the bar
   * at the knees, on a clip with no rest to scale "moving" by.
   */
  static int notBeforeExtended(Kinematics k, int lockout, int to) {
    if (extended(k, lockout)) {
      return lockout;
    }
    for (int j = lockout + 1; j <= to && j < k.frameCount(); j++) {
      if (extended(k, j)) {
        return j;
      }
    }
    return lockout;
  }

  /** Standing tall at frame {@code i}: hips and knees extended, or hips with an upright trunk. */
  static boolean extended(Kinematics k, int i) {
    return k.hipDeg()[i] >= HIP_DEG
        && (k.kneeDeg()[i] >= KNEE_DEG || k.trunkDeg()[i] <= UPRIGHT_TRUNK_DEG);
  }

  /**
   * Whether the lifter stands tall ({@link #extended}) at some frame of [{@code from}, {@code to}].
   */
  static boolean extendedWithin(Kinematics k, int from, int to) {
    for (int i = from; i <= to && i < k.frameCount(); i++) {
      if (extended(k, i)) {
        return true;
      }
    }
    return false;
  }
}
