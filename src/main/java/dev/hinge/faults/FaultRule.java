package dev.hinge.faults;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One form rule: its cue and cause, what the camera must show for it ({@link #needs()}), when a
 * rep's own frames cannot support it ({@link #notJudged}), and the judgement itself. Each rule
 * keeps its thresholds as named constants and is registered once, in {@link FaultCode}.
 */
public interface FaultRule {
  /** The one-line coaching cue shown with the fault. */
  String cue();

  /** The seed cause the fault maps to (lifting too fast, too heavy, wrong muscles, posture). */
  String cause();

  /** What the camera must show for this rule to be judged at all; otherwise it is skipped. */
  Set<Requirement> needs();

  /**
   * Why this rep's own frames cannot support the rule (reported as NOT_JUDGED), if they cannot.
   * {@link #judge} is not asked then.
   */
  default Optional<String> notJudged(RepContext rep) {
    return Optional.empty();
  }

  /**
   * The finding on this rep, if the rule fires.
   *
   * @param earlier what the rules before this one found on the same rep
   */
  Optional<Finding> judge(RepContext rep, List<Fault> earlier);
}
