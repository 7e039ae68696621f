package dev.hinge.reps;

import java.util.OptionalDouble;

/**
 * What one rep measured. Velocities are the bar's (hands') vertical speed; the mean concentric
 * velocity is the bar's rise divided by the concentric time, as linear position transducers report
 * it. {@code hipShoulderRiseRatio} compares how far the hips and the shoulders rose from the floor
 * break until the bar passed the knees (about 1 in a good hinge; large when the hips shoot up).
 * {@code trunkChordRatio} is the hip–shoulder distance early in the pull against the same distance
 * standing: below 1 when the spine bends (either way).
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
    double hipAngleStartDeg,
    double hipShoulderRiseRatio,
    double trunkAngleChangeEarlyDeg,
    double barDriftCm,
    int barDriftFrame,
    double floorBreakAccelerationMps2,
    double floorBreakSpeedRatio,
    double headAngleDeg,
    double trunkChordRatio) {}
