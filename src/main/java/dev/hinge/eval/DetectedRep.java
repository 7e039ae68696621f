package dev.hinge.eval;

import dev.hinge.faults.FaultCode;
import java.util.List;
import java.util.Map;

/**
 * One rep as Hinge found it: its span from the floor break to the bar back down (the end of the
 * descent, else of the lockout), its findings, and the rules this rep's own frames could not
 * support ({@code notJudged}, on top of the clip's withheld rules).
 */
public record DetectedRep(
    int index,
    Span span,
    boolean partial,
    boolean missed,
    List<Finding> findings,
    Map<FaultCode, String> notJudged) {

  public DetectedRep {
    findings = List.copyOf(findings);
    notJudged = Map.copyOf(notJudged);
  }

  public boolean full() {
    return !partial;
  }

  public boolean flagged(FaultCode code) {
    return findings.stream().anyMatch(f -> f.code() == code);
  }
}
