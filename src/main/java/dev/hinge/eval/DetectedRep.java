package dev.hinge.eval;

import dev.hinge.faults.FaultCode;
import java.util.List;
import java.util.Map;

/**
 * One rep as Hinge found it: its span from the floor break to the bar back down (the end of the
 * descent, else of the lockout), its findings, and the rules this rep's own frames could not
 * support ({@code notJudged}, on top of the clip's withheld rules), and, for each rule judged on it
 * that has one, the value of the rule's main measure ({@code measures}).
 */
public record DetectedRep(
    int index,
    Span span,
    boolean partial,
    boolean missed,
    List<Finding> findings,
    Map<FaultCode, String> notJudged,
    Map<FaultCode, Double> measures) {

  public DetectedRep {
    findings = List.copyOf(findings);
    notJudged = Map.copyOf(notJudged);
    measures = Map.copyOf(measures);
  }

  /** A rep without its measures (scoring alone does not need them). */
  public DetectedRep(
      int index,
      Span span,
      boolean partial,
      boolean missed,
      List<Finding> findings,
      Map<FaultCode, String> notJudged) {
    this(index, span, partial, missed, findings, notJudged, Map.of());
  }

  public boolean full() {
    return !partial;
  }

  public boolean flagged(FaultCode code) {
    return findings.stream().anyMatch(f -> f.code() == code);
  }
}
