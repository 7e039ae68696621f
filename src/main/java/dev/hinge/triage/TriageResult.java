package dev.hinge.triage;

import dev.hinge.triage.Vocabulary.Disposition;
import dev.hinge.triage.Vocabulary.Pattern;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the check-in answers: the most cautious disposition of every rule that fired, those rules
 * with the answers that made them fire, the likely pattern and ordered advice (for EMERGENCY and
 * URGENT the first line says what to do now).
 */
public record TriageResult(
    Disposition disposition,
    List<Reason> reasons,
    Pattern likelyPattern,
    List<String> advice,
    OptionalInt recheckInDays,
    boolean formWarning,
    Optional<LinkedSession> linkedSession,
    boolean antiInflammatoryMentioned,
    String disclaimer) {

  /** A rule that fired: its id, sources and the answers that triggered it. */
  public record Reason(String rule, String sources, Disposition disposition, String evidence) {}

  /** The analysed set the form warning points at. */
  public record LinkedSession(
      String analysisId,
      String label,
      java.time.Instant performedAt,
      List<TrainingContext.RepFault> faults) {}

  public TriageResult {
    reasons = List.copyOf(reasons);
    advice = List.copyOf(advice);
  }
}
