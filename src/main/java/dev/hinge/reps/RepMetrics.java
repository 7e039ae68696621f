package dev.hinge.reps;

import java.util.OptionalDouble;

/**
 * What one rep measured. Velocities are the bar's (hands') vertical speed; the mean concentric
 * velocity is the bar's rise divided by the concentric time, as linear position transducers report
 * it. {@code hipShoulderRiseRatio} compares how far the hips and the shoulders rose from the floor
 * break until the bar passed the knees (about 1 in a good hinge; large when the hips shoot up).
 * {@code trunkChordRatio} is the hip–shoulder distance early in the pull against the same distance
 * standing: below 1 when the spine bends (either way). {@code thighElevationStartDeg} is the
 * thigh's angle above horizontal at the floor break (hip above knee): near 0 when the hips start as
 * low as the knees, a squat rather than a hinge. Unlike the knee angle it needs no ankle, which the
 * plates hide in a side view.
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
    double trunkChordRatio) {}
