package dev.hinge.eval;

import dev.hinge.faults.FaultCode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One clip's label against what Hinge made of it: the full reps paired with the labelled spans, and
 * the per-clip figures the totals add up.
 */
public record ClipScore(ClipLabel label, ClipOutcome outcome, RepMatcher.Match match) {

  public static ClipScore of(ClipLabel label, ClipOutcome outcome) {
    List<Span> full =
        outcome.reps().stream().filter(DetectedRep::full).map(DetectedRep::span).toList();
    return new ClipScore(label, outcome, RepMatcher.match(label.timedRepSpans(), full));
  }

  public boolean analysed() {
    return outcome.status() == ClipOutcome.Status.ANALYSED;
  }

  /** Full reps found (a refused or failed run found none). */
  public int detectedReps() {
    return (int) outcome.fullReps();
  }

  public int repError() {
    return detectedReps() - label.reps();
  }

  public boolean repCountExact() {
    return repError() == 0;
  }

  public boolean repCountWithinOne() {
    return Math.abs(repError()) <= 1;
  }

  public boolean viewRecognised() {
    return outcome.view().map(label.view()::recognisedAs).orElse(false);
  }

  /** A negative case read as a deadlift: at least one full rep found in it. */
  public boolean readAsDeadlift() {
    return detectedReps() > 0;
  }

  /** The rules that flagged at least one rep. */
  public Set<FaultCode> found() {
    return outcome.found();
  }

  /** Whether the rule was judged on at least one rep of the clip. */
  public boolean judged(FaultCode code) {
    return outcome.reps().stream().anyMatch(r -> outcome.judged(r, code));
  }

  /** Rule-by-rep judgements this clip's reps could have had: every rule on every rep found. */
  public int judgements() {
    return outcome.reps().size() * FaultCode.values().length;
  }

  public int withheldJudgements() {
    int n = 0;
    for (DetectedRep r : outcome.reps()) {
      for (FaultCode c : FaultCode.values()) {
        if (!outcome.judged(r, c)) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Withheld judgements by rule and reason ("ROUNDED_BACK: the head is out of frame ..."), numbers
   * in the reasons replaced by {@code #} so that the same reason adds up across clips.
   */
  public Map<String, Integer> withheldReasons() {
    Map<String, Integer> out = new TreeMap<>();
    for (DetectedRep r : outcome.reps()) {
      for (FaultCode c : FaultCode.values()) {
        String why = outcome.withheld().get(c);
        if (why == null) {
          why = r.notJudged().get(c);
        }
        if (why != null) {
          out.merge(c.name() + ": " + why.replaceAll("\\d+(\\.\\d+)?", "#"), 1, Integer::sum);
        }
      }
    }
    return out;
  }

  /** On a clip labelled good, the reps that got at least one fault (all of them count). */
  public List<DetectedRep> goodRepsFlagged() {
    if (!label.labelledGood()) {
      return List.of();
    }
    return outcome.reps().stream().filter(r -> !r.findings().isEmpty()).toList();
  }
}
