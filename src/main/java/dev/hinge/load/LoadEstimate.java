package dev.hinge.load;

/**
 * One rep's lower-back load. {@code barIncluded} is false when the bar's mass was not given: the
 * figures are then the body's own contribution only.
 */
public record LoadEstimate(
    double peakMomentNm,
    double peakCompressionN,
    double momentAtFloorBreakNm,
    double impulseNms,
    double uncertaintyPct,
    boolean barIncluded,
    double bodyMassKg,
    boolean bodyMassEstimated) {}
