package dev.hinge.faults;

import dev.hinge.reps.RepMetrics;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * One form rule: its cue and cause, what the camera must show for it ({@link #needs()}), when a
 * rep's own frames cannot support it ({@link #notJudged}), and the judgement itself. Each rule
 * keeps its thresholds as named constants and is registered once, in the list of fault codes.
 */
public abstract class FaultRule {
  private final String cue;
  private final String cause;
  private final Set<Requirement> needs;

  /**
   * @param cue the one-line coaching cue shown with the fault: written here only
   * @param cause the seed cause the fault maps to (too fast, too heavy, wrong muscles, posture)
   * @param need what the camera must show for the rule to be judged at all (and {@code more})
   */
  protected FaultRule(String cue, String cause, Requirement need, Requirement... more) {
    this.cue = cue;
    this.cause = cause;
    this.needs = EnumSet.of(need, more);
  }

  public final String cue() {
    return cue;
  }

  public final String cause() {
    return cause;
  }

  /** What the camera must show for this rule to be judged at all; otherwise it is skipped. */
  public final Set<Requirement> needs() {
    return needs;
  }

  /**
   * The one measure the rule's main threshold reads, so that an evaluation can set its threshold
   * against the distribution of that measure across sources; empty for a rule without one (a shape
   * read from the back's silhouette). Other conditions of the rule are not part of it.
   */
  public Optional<MainMeasure> mainMeasure() {
    return Optional.empty();
  }

  /**
   * @param metric the {@link RepMetrics} field, by its JSON name
   * @param read reads it from a rep's metrics
   * @param levels the rule's levels on it (its mild level is the threshold)
   */
  public record MainMeasure(String metric, ToDoubleFunction<RepMetrics> read, Levels levels) {}

  /**
   * Why this rep's own frames cannot support the rule (reported as NOT_JUDGED), if they cannot.
   * {@link #judge} is not asked then.
   */
  public Optional<String> notJudged(RepContext rep) {
    return Optional.empty();
  }

  /**
   * The finding on this rep, if the rule fires.
   *
   * @param earlier what the rules before this one found on the same rep
   */
  public abstract Optional<Finding> judge(RepContext rep, EarlierFindings earlier);
}
