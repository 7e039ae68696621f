package dev.hinge.reps;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import java.util.Optional;

/**
 * Arms raised in front of (or behind) the body during a pull: a deadlift bar hangs from straight
 * arms from the floor to lockout and back, so the arms stay near vertical; a kettlebell swing
 * carries straight arms up to the chest or the eyes, a clean, a high pull or an upright row lifts
 * the elbows forward and up. Read in the picture, as the angles of the shoulder→wrist and the
 * shoulder→elbow lines from hanging straight down. On every rep of the development set and the
 * fixtures (side, oblique and rear views, 24 deadlift clips and 8 fixtures) the shoulder→wrist line
 * stays within 41° of hanging (a rear view; side views 33°, where BlazePose drew a hidden hand at
 * the chest) and the upper arm within 52°; a swing to the chest reaches 65–90°. The limits sit
 * about 20° past the largest real reading. From the front the arms swing towards the camera and the
 * picture cannot tell: not read.
 */
final class Arms {
  /** The shoulder→wrist line this far from hanging: the hands swung or lifted up in front. */
  static final double STRAIGHT_ARM_DEG = 60;

  /** The upper arm this far from hanging: the elbows lifted (a clean, a high pull, a row). */
  static final double UPPER_ARM_DEG = 70;

  /** The arm counts as straight (a swing, not a clean) with the elbow open this far, degrees. */
  static final double STRAIGHT_ELBOW_DEG = 135;

  /** Shoulder and wrist are read where they are seen at least this well. */
  static final double SEEN = 0.5;

  /** Raised for at least this long, so a frame or two of a landmark's jump is not a swing. */
  static final double MIN_S = 0.1;

  /**
   * Hands within this of the shoulders' height, or above them, are up: a deadlift bar hangs at
   * arm's length, the wrists 50 cm and more under the shoulders at lockout; a clean racks it on the
   * shoulders (the wrists a few centimetres under them), a snatch or a jerk holds it overhead.
   */
  static final double HANDS_UP_M = 0.15;

  /**
   * Held up this long, continuously, the hands are holding the bar there. On 183 pose tracks of
   * real deadlifts (the labelled set's 24, its 102 copies and 17 originals tracked again, 25 golden
   * fixture tracks, 15 splices) the hands were up for at most 0.67 s anywhere in a clip (a lifter's
   * hands at his chest before his set, another's over his head after it), 0.63 s within a rise the
   * detector read as a rep (the chest again, in a shaken copy's set-up read as a partial pull) and
   * 0.4 s within a full rep (at a lockout).
   */
  static final double HELD_S = 1.0;

  /** The shoulder→wrist line this far from hanging: the hands overhead (a snatch, a jerk). */
  static final double OVERHEAD_DEG = 135;

  /**
   * The lifter paused on the way up when his shoulders moved slower than this (m/s) for {@link
   * #PAUSE_S}: a deadlift's lockout, held before the arms went up (the bar dropped, the arms thrown
   * up); a clean's lifter rises, jumps and drops under the bar without a stop until it is racked.
   * Shoulders, not hands: the hands' landmarks wander ±0.3 m/s where the near plate hides them at
   * the top (vic_deadlift), the shoulders' stay under 0.05 m/s there.
   */
  static final double PAUSE_MPS = 0.1;

  static final double PAUSE_S = 0.3;

  private Arms() {}

  /**
   * Where the arms rose most, when they were raised for {@link #MIN_S} or longer: the
   * shoulder→wrist line's angle from hanging there; {@code elbows}: with the elbows bent (a clean,
   * a high pull), else straight (a swing).
   */
  record Raised(int frame, double deg, boolean elbows) {}

  /** The hands held up from frame {@code from} to {@code to}. */
  record Held(int from, int to) {}

  /**
   * Where a rise ended with the bar held at the shoulders or overhead: the longest run of at least
   * {@link #HELD_S} over frames {@code from}..{@code to} with the seen wrists within {@link
   * #HANDS_UP_M} of the seen shoulders' height or above (folded into a rack or overhead, not held
   * out straight in front: {@link #straightForward}), reached from {@code from} without the lifter
   * pausing ({@link #PAUSE_MPS}). Heights, not angles: read from any side, the front included.
   * Hands raised after a held lockout (the bar dropped, the arms thrown up) are no such rise.
   */
  static Optional<Held> heldUp(Kinematics k, int from, int to) {
    int need = (int) Math.ceil(HELD_S * k.fps());
    Held best = null;
    int start = -1;
    int last = Math.min(to, k.frameCount() - 1);
    for (int i = Math.max(0, from); i <= last + 1; i++) {
      boolean up =
          i <= last
              && k.present()[i]
              && k.visibility(Joint.SHOULDER, i) >= SEEN
              && k.visibility(Joint.WRIST, i) >= SEEN
              && k.up(Joint.WRIST, i) >= k.up(Joint.SHOULDER, i) - HANDS_UP_M
              && !straightForward(k, i);
      if (up && start < 0) {
        start = i;
      } else if (!up && start >= 0) {
        int end = i - 1;
        if (end - start + 1 >= need
            && (best == null || end - start > best.to() - best.from())
            && !paused(k, from, start)) {
          best = new Held(start, end);
        }
        start = -1;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Straight arms held out in front, short of overhead: a front raise or a kettlebell swing's top
   * ({@link #raised} reads those), and what BlazePose draws for an arm the near plate hides at the
   * top of a deadlift (0.57 s on a darkened copy of bx_bad011).
   */
  static boolean straightForward(Kinematics k, int i) {
    return k.visibility(Joint.ELBOW, i) >= SEEN
        && elbowAngle(k, i) >= STRAIGHT_ELBOW_DEG
        && fromHanging(k, Joint.WRIST, i) < OVERHEAD_DEG;
  }

  /**
   * Whether the shoulders moved slower than {@link #PAUSE_MPS} for {@link #PAUSE_S} in from..to.
   */
  static boolean paused(Kinematics k, int from, int to) {
    int need = Math.max(2, (int) Math.round(PAUSE_S * k.fps()));
    int run = 0;
    for (int i = Math.max(1, from); i < to && i + 1 < k.frameCount(); i++) {
      double v =
          (k.up(Joint.SHOULDER, i + 1) - k.up(Joint.SHOULDER, i - 1))
              / ((k.t(i + 1) - k.t(i - 1)) / 1000.0);
      run = Math.abs(v) < PAUSE_MPS ? run + 1 : 0;
      if (run >= need) {
        return true;
      }
    }
    return false;
  }

  /** The angle at the elbow between the upper arm and the forearm, degrees (180: straight). */
  static double elbowAngle(Kinematics k, int i) {
    double ux = k.forward(Joint.SHOULDER, i) - k.forward(Joint.ELBOW, i);
    double uy = k.up(Joint.SHOULDER, i) - k.up(Joint.ELBOW, i);
    double fx = k.forward(Joint.WRIST, i) - k.forward(Joint.ELBOW, i);
    double fy = k.up(Joint.WRIST, i) - k.up(Joint.ELBOW, i);
    return Math.toDegrees(Math.abs(Math.atan2(ux * fy - uy * fx, ux * fx + uy * fy)));
  }

  /** Degrees from hanging straight down of the line from the shoulder to {@code j}. */
  static double fromHanging(Kinematics k, Joint j, int i) {
    double across = Math.abs(k.forward(j, i) - k.forward(Joint.SHOULDER, i));
    double below = k.up(Joint.SHOULDER, i) - k.up(j, i);
    return Math.toDegrees(Math.atan2(across, below));
  }

  /**
   * Whether the arms were raised past {@link #STRAIGHT_ARM_DEG} (straight) or {@link
   * #UPPER_ARM_DEG} (the upper arm) for {@link #MIN_S} over frames {@code from}..{@code to}.
   */
  static Optional<Raised> raised(Kinematics k, int from, int to) {
    int need = Math.max(2, (int) Math.round(MIN_S * k.fps()));
    int run = 0;
    boolean found = false;
    Raised best = null;
    for (int i = Math.max(0, from); i <= to && i < k.frameCount(); i++) {
      // a guessed arm (out of the picture, behind the body) raises nothing
      if (!k.present()[i]
          || k.visibility(Joint.SHOULDER, i) < SEEN
          || k.visibility(Joint.WRIST, i) < SEEN) {
        run = 0;
        continue;
      }
      double wrist = fromHanging(k, Joint.WRIST, i);
      double elbow = fromHanging(k, Joint.ELBOW, i);
      if (wrist < STRAIGHT_ARM_DEG && elbow < UPPER_ARM_DEG) {
        run = 0;
        continue;
      }
      run++;
      found |= run >= need;
      boolean straight = elbowAngle(k, i) >= STRAIGHT_ELBOW_DEG;
      // a straight arm swung up says more than the bent one around it
      if (best == null
          || (straight && best.elbows())
          || (straight == !best.elbows() && wrist > best.deg())) {
        best = new Raised(i, wrist, !straight);
      }
    }
    return found ? Optional.of(best) : Optional.empty();
  }
}
