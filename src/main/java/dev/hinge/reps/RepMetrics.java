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
          riseToLockoutM);
    }
  }
}
