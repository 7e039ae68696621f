package dev.hinge.testing;

import dev.hinge.reps.RepMetrics;
import java.util.OptionalDouble;

/** The metrics of a clean pull written by hand, for tests to change by name. */
public final class HandMadeMetrics {
  private HandMadeMetrics() {}

  /** A clean 1 s pull at 0.5 m/s, seen from the side, every measure inside its rule's limits. */
  public static RepMetrics.Builder clean() {
    return RepMetrics.builder()
        .concentricMs(1000)
        .eccentricMs(OptionalDouble.of(1000))
        .meanConcentricVelocityMps(0.5)
        .peakConcentricVelocityMps(0.9)
        .barRiseM(0.5)
        .trunkAngleFloorDeg(50)
        .trunkAngleLockoutDeg(-2)
        .kneeAngleStartDeg(100)
        .thighElevationStartDeg(25)
        .hipAngleStartDeg(70)
        .hipShoulderRiseRatio(1.0)
        .trunkAngleChangeEarlyDeg(-4)
        .barDrift(8, 30)
        .floorBreakAccelerationMps2(2.5)
        .floorBreakSpeedRatio(1.0)
        .headAngleDeg(15)
        .trunkChordRatio(0.97)
        .trunkAngleKneeDeg(46)
        .leanBackAtTheTop(3, 182)
        .legsAtTheTop(4, -1)
        .thighElevationSetupMinDeg(22)
        .barExcursion(3, 30)
        .handsSeenShare(1.0);
  }
}
