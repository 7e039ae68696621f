package dev.hinge.reps;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import java.util.Arrays;

/**
 * Whether the lifter walks: during a pull (then it is no rep), or off after a rise before lowering
 * anything (then he had let go of the bar: nobody walks off holding a loaded deadlift bar).
 */
final class Walking {
  /** The feet move less than this during a pull (net, first quarter against last). */
  static final double MAX_FOOT_TRAVEL_M = 0.15;

  /**
   * Feet that leave where the lifter stood by more than this across the picture walked: a step is
   * 0.5 m or more.
   */
  static final double WALK_AWAY_M = 0.3;

  /**
   * ... or the lifter's apparent size (legs and trunk alike, whose lengths do not change with his
   * posture) changes by more than this share: he walked towards or away from the camera (15 % is
   * 0.5 m at 3.5 m).
   */
  static final double WALK_AWAY_SIZE = 0.15;

  /** The window medians are taken over, so that a foot hidden for a few frames does not count. */
  static final double WINDOW_S = 0.15;

  private Walking() {}

  /**
   * How far the lifter got from where he stood: the feet's largest shift across the picture and the
   * largest signed change of his apparent size (0.3: 30 % larger).
   */
  record Walk(double acrossM, double sizeChange) {
    boolean walkedOff() {
      return acrossM > WALK_AWAY_M || Math.abs(sizeChange) > WALK_AWAY_SIZE;
    }
  }

  /**
   * How far the lifter gets over frames {@code from}..{@code to} from where he stood at its start:
   * medians over {@link #WINDOW_S} windows.
   */
  static Walk away(Kinematics k, int from, int to) {
    int w = Math.max(2, (int) Math.round(WINDOW_S * k.fps()));
    if (to - from < 2 * w) {
      return new Walk(0, 0);
    }
    double[] m = Arrays.copyOfRange(k.midFootForwardM(), from, to + 1);
    double[] legs = new double[to - from + 1];
    double[] trunk = new double[to - from + 1];
    for (int i = from; i <= to; i++) {
      legs[i - from] =
          segment(k, Joint.ANKLE, Joint.KNEE, i) + segment(k, Joint.KNEE, Joint.HIP, i);
      trunk[i - from] = segment(k, Joint.HIP, Joint.SHOULDER, i);
    }
    int last = to - from;
    double start = Series.medianOf(m, 0, w - 1);
    double legs0 = Series.medianOf(legs, 0, w - 1);
    double trunk0 = Series.medianOf(trunk, 0, w - 1);
    double across = 0;
    double grown = 0;
    for (int i = w; i + w - 1 <= last; i++) {
      across = Math.max(across, Math.abs(Series.medianOf(m, i, i + w - 1) - start));
      double g =
          agreed(
              legs0 > 0 ? Series.medianOf(legs, i, i + w - 1) / legs0 - 1 : 0,
              trunk0 > 0 ? Series.medianOf(trunk, i, i + w - 1) / trunk0 - 1 : 0);
      if (Math.abs(g) > Math.abs(grown)) {
        grown = g;
      }
    }
    return new Walk(across, grown);
  }

  /**
   * Stepping away from his place: the feet more than {@link #MAX_FOOT_TRAVEL_M} from where they
   * stood, or the lifter's apparent size changed by more than this share (a step towards or away
   * from the camera: 0.35 m at 3.5 m; standing still it stays within 3.5 % on the fixture clips).
   */
  static final double STEP_SIZE = 0.1;

  /**
   * The first frame in {@code from}..{@code to} at which the lifter has left his place: turned to
   * or from the camera ({@link Kinematics#turned}), his feet more than {@link #MAX_FOOT_TRAVEL_M}
   * from where they stood at {@code from}, or his size changed by more than {@link #STEP_SIZE}
   * (medians over {@link #WINDOW_S} windows, so that a foot hidden for a few frames does not
   * count); -1 if he stays.
   */
  static int leaves(Kinematics k, int from, int to) {
    if (to < from) {
      return -1;
    }
    boolean[] turned = k.turned();
    double[] m = k.midFootForwardM();
    int w = Math.max(2, (int) Math.round(WINDOW_S * k.fps()));
    int n = to - from + 1;
    double[] legs = new double[n];
    double[] trunk = new double[n];
    for (int i = from; i <= to; i++) {
      legs[i - from] =
          segment(k, Joint.ANKLE, Joint.KNEE, i) + segment(k, Joint.KNEE, Joint.HIP, i);
      trunk[i - from] = segment(k, Joint.HIP, Joint.SHOULDER, i);
    }
    int head = Math.min(n, w) - 1;
    double start = Series.medianOf(m, from, from + head);
    double legs0 = Series.medianOf(legs, 0, head);
    double trunk0 = Series.medianOf(trunk, 0, head);
    for (int i = from; i <= to; i++) {
      if (turned[i]) {
        return i;
      }
      int j = i - from;
      if (j + w - 1 >= n) {
        continue;
      }
      double grown =
          agreed(
              legs0 > 0 ? Series.medianOf(legs, j, j + w - 1) / legs0 - 1 : 0,
              trunk0 > 0 ? Series.medianOf(trunk, j, j + w - 1) / trunk0 - 1 : 0);
      if (Math.abs(Series.medianOf(m, i, i + w - 1) - start) > MAX_FOOT_TRAVEL_M
          || Math.abs(grown) > STEP_SIZE) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The size change legs and trunk agree on: walking to or from the camera scales both alike, while
   * plates hiding the shins move the leg landmarks alone (by 28 % on a real clip whose lifter stood
   * still), so a change only counts as far as both show it.
   */
  static double agreed(double legs, double trunk) {
    if (Math.signum(legs) != Math.signum(trunk)) {
      return 0;
    }
    return Math.abs(legs) < Math.abs(trunk) ? legs : trunk;
  }

  /**
   * A walk carries the shoulders along with the feet: the same way by more than this (the
   * landmarks' jitter standing still is 3 cm).
   */
  static final double SHOULDERS_ALONG_M = 0.03;

  /**
   * Whether the lifter walks during a pull: mid-foot moves more than {@link #MAX_FOOT_TRAVEL_M} and
   * the shoulders go the same way by more than {@link #SHOULDERS_ALONG_M} (net, the medians of the
   * first quarter against the last). Net travel, not spread: while the bar passes the shins the
   * plates hide the feet and their landmarks wander for a few frames, but planted feet end where
   * they started. The shoulders tell a step from feet whose landmarks sat too far back while the
   * plates hid them: in a pull the shoulders move back over the heels (or stay) while the feet
   * stay, in a walk they go with the feet.
   */
  static boolean duringPull(Kinematics k, int from, int to) {
    double feet = netTravel(k.midFootForwardM(), from, to);
    double shoulders = netTravel(k.forward(Joint.SHOULDER), from, to);
    return Math.abs(feet) > MAX_FOOT_TRAVEL_M
        && Math.signum(shoulders) == Math.signum(feet)
        && Math.abs(shoulders) > SHOULDERS_ALONG_M;
  }

  /** Where a position ends against where it starts: medians of the last and first quarter. */
  static double netTravel(double[] x, int from, int to) {
    int q = Math.max(1, (to - from + 1) / 4);
    return Series.medianOf(x, to - q + 1, to) - Series.medianOf(x, from, from + q - 1);
  }

  private static double segment(Kinematics k, Joint a, Joint b, int i) {
    return Math.hypot(k.forward(a)[i] - k.forward(b)[i], k.up(a)[i] - k.up(b)[i]);
  }
}
