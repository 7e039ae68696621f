package dev.hinge.reps;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;

/**
 * The lifter's motion as the rep steps read it, computed once per clip.
 *
 * @param speed the speed of hips, shoulders and hands together: joint motion, unlike the bar's
 *     height, does not flatten out near lockout, so the ends of a pull are sharp
 * @param trunkSpeed the speed of hips and shoulders alone
 * @param pose hips, shoulders and hands, forward and up: the lifter's pose as one point
 * @param noiseFloor the speed a resting lifter seems to move at (landmark jitter): twice the 20th
 *     percentile of {@code speed}
 * @param restFrames {@link RestFit#WINDOW_S} in frames
 * @param slack how far (0.3 s in frames) a sharpened end may move from the coarse one
 */
record Motion(
    Kinematics k,
    double[] barUpM,
    boolean[] present,
    double[] speed,
    double[] trunkSpeed,
    double[][] pose,
    double noiseFloor,
    int restFrames,
    int slack) {

  /** Landmark jitter makes a resting lifter look like he moves a little: stay this far above it. */
  static final double NOISE_MULTIPLE = 2.0;

  static Motion of(Kinematics k) {
    double[] speed = Series.speed(k, Joint.HIP, Joint.SHOULDER, Joint.WRIST);
    return new Motion(
        k,
        k.barUpM(),
        k.present(),
        speed,
        Series.speed(k, Joint.HIP, Joint.SHOULDER),
        new double[][] {
          k.forward(Joint.HIP), k.up(Joint.HIP),
          k.forward(Joint.SHOULDER), k.up(Joint.SHOULDER),
          k.forward(Joint.WRIST), k.up(Joint.WRIST)
        },
        NOISE_MULTIPLE * Series.percentile(speed, k.present(), 0.2),
        RestFit.windowFrames(k),
        (int) Math.round(0.3 * k.fps()));
  }

  int frameCount() {
    return barUpM.length;
  }
}
