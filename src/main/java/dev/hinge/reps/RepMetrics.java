package dev.hinge.reps;

import java.util.OptionalDouble;

/**
 * What one rep measured, each figure named with its unit; built by name ({@link #builder()}).
 * Velocities are the bar's (hands') vertical speed; the mean concentric velocity is the bar's rise
 * divided by the concentric time, as linear position transducers report it.
 *
 * @param hipShoulderRiseRatio how far the hips rose against the shoulders from the floor break
 *     until the bar passed the knees: about 1 in a good hinge, large when the hips shoot up
 * @param trunkChordRatio the hip–shoulder distance early in the pull against the same distance
 *     standing: below 1 when the spine bends (either way)
 * @param thighElevationStartDeg the thigh's angle above horizontal at the floor break (hip above
 *     knee): near 0 when the hips start as low as the knees, a squat rather than a hinge. Unlike
 *     the knee angle it needs no ankle, which the plates hide in a side view
 * @param barDriftFrame the frame of {@code barDriftCm}, the hands' largest distance from mid-foot
 * @param trunkAngleChangeEarlyDeg how much more horizontal the trunk got from the floor break until
 *     the bar reached the lifter's standing knee height (+ tipping forward: the hips rose faster
 *     than the shoulders)
 * @param floorBreakSpeedRatio the speed over the first 150 ms of the bar's rise against the rep's
 *     mean, for the bar and for the shoulders it hangs from, whichever is less (0 when that one
 *     fell)
 * @param trunkAngleKneeDeg the trunk's angle from vertical where the bar reaches the lifter's
 *     standing knee height: the back angle at the knees
 * @param leanBackPeakDeg how far the trunk leaned back past vertical at its most, around the top
 *     (from just before lockout into the descent's start; 0 when it never passed vertical)
 * @param leanBackFromLegsDeg how far the trunk leaned back past the line from the ankles to the
 *     hips over the lean-back's plateau around the top (median; negative: still hinged forward).
 *     Unlike the lean from the picture's vertical it does not move with a tilted camera, and it
 *     needs no knee, which the plates hide at the top
 * @param legLineTopDeg the line from the ankles to the hips over the same frames, degrees back from
 *     the picture's vertical (median): a lifter standing at the top holds it near vertical, so one
 *     far from it says the legs were misread
 * @param hipAngleTopDeg the hip angle where the trunk leaned back most (above 180: pushed past
 *     straight)
 * @param thighElevationSetupMinDeg the thigh's lowest angle above horizontal over the last second
 *     of the set-up (the hips at their lowest before the pull), over the frames the hands were seen
 * @param setupHandsSeenShare the share of that second's frames where the hands were seen (the
 *     plates that hide them hide the knees too)
 * @param barExcursionCm the hands' largest bow forward of the straight path from where the bar left
 *     the floor to where it locked out, over the frames the hands were seen ({@code
 *     barExcursionFrame} where it peaked)
 * @param handsSeenShare the share of the pull's frames where the hands were seen (the others take
 *     the bar's height from the shoulders)
 * @param riseToLockoutM for a missed pull, how far the bar had to rise from its floor break to the
 *     set's lockout height (the top of the bar's range); empty on other reps
 */
public record RepMetrics(
    double concentricMs,
    OptionalDouble eccentricMs,
    double meanConcentricVelocityMps,
    double peakConcentricVelocityMps,
    double barRiseM,
    double trunkAngleFloorDeg,
    double trunkAngleLockoutDeg,
    double kneeAngleStartDeg,
    double thighElevationStartDeg,
    double hipAngleStartDeg,
    double hipShoulderRiseRatio,
    double trunkAngleChangeEarlyDeg,
    double barDriftCm,
    int barDriftFrame,
    double floorBreakAccelerationMps2,
    double floorBreakSpeedRatio,
    double headAngleDeg,
    double trunkChordRatio,
    double trunkAngleKneeDeg,
    double leanBackPeakDeg,
    double leanBackFromLegsDeg,
    double legLineTopDeg,
    double hipAngleTopDeg,
    double thighElevationSetupMinDeg,
    double setupHandsSeenShare,
    double barExcursionCm,
    int barExcursionFrame,
    double handsSeenShare,
    OptionalDouble riseToLockoutM) {

  public static Builder builder() {
    return new Builder();
  }

  /** Sets each metric by name; a metric left unset is 0 (or empty). */
  public static final class Builder {
    private double concentricMs;
    private OptionalDouble eccentricMs = OptionalDouble.empty();
    private double meanConcentricVelocityMps;
    private double peakConcentricVelocityMps;
    private double barRiseM;
    private double trunkAngleFloorDeg;
    private double trunkAngleLockoutDeg;
    private double kneeAngleStartDeg;
    private double thighElevationStartDeg;
    private double hipAngleStartDeg;
    private double hipShoulderRiseRatio;
    private double trunkAngleChangeEarlyDeg;
    private double barDriftCm;
    private int barDriftFrame;
    private double floorBreakAccelerationMps2;
    private double floorBreakSpeedRatio;
    private double headAngleDeg;
    private double trunkChordRatio;
    private double trunkAngleKneeDeg;
    private double leanBackPeakDeg;
    private double leanBackFromLegsDeg;
    private double legLineTopDeg;
    private double hipAngleTopDeg;
    private double thighElevationSetupMinDeg;
    private double setupHandsSeenShare = 1;
    private double barExcursionCm;
    private int barExcursionFrame;
    private double handsSeenShare;
    private OptionalDouble riseToLockoutM = OptionalDouble.empty();

    private Builder() {}

    public Builder concentricMs(double v) {
      concentricMs = v;
      return this;
    }

    public Builder eccentricMs(OptionalDouble v) {
      eccentricMs = v;
      return this;
    }

    public Builder meanConcentricVelocityMps(double v) {
      meanConcentricVelocityMps = v;
      return this;
    }

    public Builder peakConcentricVelocityMps(double v) {
      peakConcentricVelocityMps = v;
      return this;
    }

    public Builder barRiseM(double v) {
      barRiseM = v;
      return this;
    }

    public Builder trunkAngleFloorDeg(double v) {
      trunkAngleFloorDeg = v;
      return this;
    }

    public Builder trunkAngleLockoutDeg(double v) {
      trunkAngleLockoutDeg = v;
      return this;
    }

    public Builder kneeAngleStartDeg(double v) {
      kneeAngleStartDeg = v;
      return this;
    }

    public Builder thighElevationStartDeg(double v) {
      thighElevationStartDeg = v;
      return this;
    }

    public Builder hipAngleStartDeg(double v) {
      hipAngleStartDeg = v;
      return this;
    }

    public Builder hipShoulderRiseRatio(double v) {
      hipShoulderRiseRatio = v;
      return this;
    }

    public Builder trunkAngleChangeEarlyDeg(double v) {
      trunkAngleChangeEarlyDeg = v;
      return this;
    }

    public Builder barDrift(double cm, int frame) {
      barDriftCm = cm;
      barDriftFrame = frame;
      return this;
    }

    public Builder floorBreakAccelerationMps2(double v) {
      floorBreakAccelerationMps2 = v;
      return this;
    }

    public Builder floorBreakSpeedRatio(double v) {
      floorBreakSpeedRatio = v;
      return this;
    }

    public Builder headAngleDeg(double v) {
      headAngleDeg = v;
      return this;
    }

    public Builder trunkChordRatio(double v) {
      trunkChordRatio = v;
      return this;
    }

    public Builder trunkAngleKneeDeg(double v) {
      trunkAngleKneeDeg = v;
      return this;
    }

    public Builder leanBackAtTheTop(double peakDeg, double hipDeg) {
      leanBackPeakDeg = peakDeg;
      hipAngleTopDeg = hipDeg;
      return this;
    }

    public Builder legsAtTheTop(double leanFromLegsDeg, double legLineDeg) {
      leanBackFromLegsDeg = leanFromLegsDeg;
      legLineTopDeg = legLineDeg;
      return this;
    }

    public Builder thighElevationSetupMinDeg(double v) {
      thighElevationSetupMinDeg = v;
      return this;
    }

    public Builder setupHandsSeenShare(double v) {
      setupHandsSeenShare = v;
      return this;
    }

    public Builder barExcursion(double cm, int frame) {
      barExcursionCm = cm;
      barExcursionFrame = frame;
      return this;
    }

    public Builder handsSeenShare(double v) {
      handsSeenShare = v;
      return this;
    }

    public Builder riseToLockoutM(double v) {
      riseToLockoutM = OptionalDouble.of(v);
      return this;
    }

    public RepMetrics build() {
      return new RepMetrics(
          concentricMs,
          eccentricMs,
          meanConcentricVelocityMps,
          peakConcentricVelocityMps,
          barRiseM,
          trunkAngleFloorDeg,
          trunkAngleLockoutDeg,
          kneeAngleStartDeg,
          thighElevationStartDeg,
          hipAngleStartDeg,
          hipShoulderRiseRatio,
          trunkAngleChangeEarlyDeg,
          barDriftCm,
          barDriftFrame,
          floorBreakAccelerationMps2,
          floorBreakSpeedRatio,
          headAngleDeg,
          trunkChordRatio,
          trunkAngleKneeDeg,
          leanBackPeakDeg,
          leanBackFromLegsDeg,
          legLineTopDeg,
          hipAngleTopDeg,
          thighElevationSetupMinDeg,
          setupHandsSeenShare,
          barExcursionCm,
          barExcursionFrame,
          handsSeenShare,
          riseToLockoutM);
    }
  }
}
