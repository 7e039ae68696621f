package dev.hinge.triage;

import dev.hinge.triage.Vocabulary.Disposition;
import java.util.Optional;
import java.util.function.Function;

/**
 * One row of the clinical fact sheet (shared/clinical/FACTS.md): its id there ({@code
 * RF-CES-SADDLE}, {@code PAT-DOMS}, …), the sources the sheet gives for it, what kind of row it is,
 * the disposition it calls for on a check-in (empty when it does not fire; some rows grade, e.g.
 * RF-NEURO-PROGRESSIVE is URGENT in one leg and EMERGENCY in both), the answers it quotes as
 * evidence, and why it matters in plain words for the person reading the result.
 */
public record Rule(
    String id,
    String sources,
    Kind kind,
    Function<CheckIn, Optional<Disposition>> grade,
    Function<CheckIn, String> evidence,
    String plainWhy) {

  /** The sheet's sections. */
  public enum Kind {
    /** Table (b): an answer that needs a clinician whatever the pattern. */
    RED_FLAG,
    /** "Patterns without red flags" and the radicular grades: what the soreness fits. */
    PATTERN,
    /** "Escalations without red flags": a pattern past its expected course. */
    ESCALATION
  }

  public Optional<Disposition> fire(CheckIn c) {
    return grade.apply(c);
  }

  public boolean redFlag() {
    return kind == Kind.RED_FLAG;
  }
}
