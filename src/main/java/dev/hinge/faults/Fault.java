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

  static Fault of(
      FaultCode code, Severity severity, double confidence, PhaseName phase, Evidence evidence) {
    return new Fault(
        code,
        severity,
        Math.round(confidence * 100) / 100.0,
        phase,
        evidence,
        code.cue(),
        code.cause());
  }
}
