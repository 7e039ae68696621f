package dev.hinge.faults;

import dev.hinge.reps.PhaseName;

/** One finding on one rep. */
public record Fault(
    FaultCode code,
    Severity severity,
    double confidence,
    PhaseName phase,
    Evidence evidence,
    String cue,
    String cause) {

  /** The rule's finding under its code, with the code's cue and cause; confidence to 2 decimals. */
  static Fault of(FaultCode code, Finding f) {
    return new Fault(
        code,
        f.severity(),
        Math.round(f.confidence() * 100) / 100.0,
        f.phase(),
        f.evidence(),
        code.cue(),
        code.cause());
  }
}
