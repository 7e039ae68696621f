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

  private Arms() {}

  /**
   * Where the arms rose most, when they were raised for {@link #MIN_S} or longer: the
   * shoulder→wrist line's angle from hanging there; {@code elbows}: with the elbows bent (a clean,
   * a high pull), else straight (a swing).
   */
  record Raised(int frame, double deg, boolean elbows) {}

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
