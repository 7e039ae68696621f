package dev.hinge.reps;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import java.util.Arrays;
import java.util.Optional;

/**
 * The bar's height at the floor and at lockout over a clip: the 2nd and 98th percentiles of the
 * hands' height over the frames where they could be holding a bar. A pull rises from the low band
 * to the high band of this range. Frames with the lifter turned to or from the camera ({@link
 * Kinematics#turned}) are left out too: walking up to the camera to stop the recording moves every
 * point of him up or down the picture, and would lift the range above the lockouts.
 */
record BarRange(double floorM, double topM) {
  /**
   * Hands more than this above the hips are not on a deadlift bar (a deadlifted bar never rises
   * above the hips; hands raised to chalk up or to fix a belt do): left out of the range.
   */
  static final double HANDS_ABOVE_HIPS_M = 0.12;

  /** Smallest bar travel that can be a pull. */
  static final double MIN_TRAVEL_M = 0.15;

  /** A pull starts at or below this share of the range... */
  static final double LOW_BAND = 0.3;

  /** ... and reaches this share. */
  static final double HIGH_BAND = 0.7;

  /** The range of the clip; empty when fewer than 3 frames could hold a bar. */
  static Optional<BarRange> of(Kinematics k) {
    double[] h = k.barUpM();
    double[] hip = k.up(Joint.HIP);
    boolean[] present = k.present();
    boolean[] turned = k.turned();
    double[] values = new double[h.length];
    int np = 0;
    for (int i = 0; i < h.length; i++) {
      if (present[i] && !turned[i] && h[i] <= hip[i] + HANDS_ABOVE_HIPS_M) {
        values[np++] = h[i];
      }
    }
    if (np < 3) {
      return Optional.empty();
    }
    double[] sorted = Arrays.copyOf(values, np);
    Arrays.sort(sorted);
    return Optional.of(
        new BarRange(
            sorted[(int) Math.floor(0.02 * (np - 1))], sorted[(int) Math.ceil(0.98 * (np - 1))]));
  }

  double travelM() {
    return topM - floorM;
  }

  /** Whether the bar travels far enough in this clip for a pull. */
  boolean holdsAPull() {
    return !(travelM() < MIN_TRAVEL_M);
  }

  /** The low band's top: a pull starts from here or below. */
  double lowM() {
    return floorM + LOW_BAND * travelM();
  }

  /** The high band's bottom: a pull reaches here. */
  double highM() {
    return floorM + HIGH_BAND * travelM();
  }
}
