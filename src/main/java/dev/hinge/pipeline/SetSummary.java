package dev.hinge.pipeline;

/**
 * The set as a whole, over its full reps. {@code velocityLossPct} is the last rep's loss against
 * the fastest; {@code techniqueDecay} the change in fault severity points per rep from the first
 * half of the set to the second (positive: form got worse). {@code lumbarLoadEstimated} is false
 * when no rep's camera let the back's load be estimated (a front view): the load figures are then 0
 * and mean nothing.
 */
public record SetSummary(
    double meanConcentricVelocityMps,
    double bestConcentricVelocityMps,
    double velocityLossPct,
    double techniqueDecay,
    double meanConcentricMs,
    double meanEccentricMs,
    double peakLumbarMomentNm,
    double peakLumbarCompressionN,
    double cumulativeLumbarImpulseNms,
    boolean barLoadIncluded,
    boolean lumbarLoadEstimated) {}
