package dev.hinge.load;

import java.util.Optional;

/**
 * One rep's lower-back load. {@code barIncluded} is false when the bar's mass was not given: the
 * figures are then the body's own contribution only. {@code notEstimated} says why there are no
 * figures (the load figures are then 0): the moment is made by horizontal distances in front of the
 * spine, which a camera in front of the lifter does not see.
 */
public record LoadEstimate(
    double peakMomentNm,
    double peakCompressionN,
    double momentAtFloorBreakNm,
    double impulseNms,
    double uncertaintyPct,
    boolean barIncluded,
    double bodyMassKg,
    boolean bodyMassEstimated,
    Optional<String> notEstimated) {

  /** Whether the figures are an estimate (else 0, and {@link #notEstimated} says why). */
  public boolean estimated() {
    return notEstimated.isEmpty();
  }
}
