package dev.hinge.eval;

import dev.hinge.faults.FaultCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * Per fault, clip by clip over the deadlift clips: the rule's findings against the faults the
 * source names and, apart, against the faults the labeller saw. A clip counts as flagged when the
 * rule flagged any of its reps. Empty fault lists mean "not named", not "clean", so a finding on a
 * clip that does not list the fault is a false positive only as far as the labels can tell: those
 * on clips labelled good (a real false alarm) are counted apart.
 */
public record FaultTable(List<Row> rows, List<RuleRow> rules) {

  /** Which list of a label a fault is scored against. */
  public enum Basis {
    NAMED,
    SEEN;

    Set<LabelFault> of(ClipLabel l) {
      return this == NAMED ? l.faults() : l.faultsSeen();
    }
  }

  /**
   * A 2×2 table over clips. A missed positive is {@code fnMissed} when the rule was judged on at
   * least one rep and found nothing, {@code fnNotJudged} when it was withheld on every rep (or the
   * run gave no analysis).
   */
  public record Confusion(int tp, int fp, int fpOnGood, int fnMissed, int fnNotJudged, int tn) {
    public int positives() {
      return tp + fnMissed + fnNotJudged;
    }

    public OptionalDouble recall() {
      return positives() == 0
          ? OptionalDouble.empty()
          : OptionalDouble.of((double) tp / positives());
    }

    /** A lower bound: a finding on a clip that does not list the fault may still be right. */
    public OptionalDouble precision() {
      return tp + fp == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) tp / (tp + fp));
    }
  }

  /** One labelled fault name, its rule (if any), and its tables. */
  public record Row(
      LabelFault fault,
      Optional<FaultCode> rule,
      Confusion named,
      Confusion seen,
      int suspected,
      int suspectedFlagged) {}

  /**
   * One rule over every rep found on the deadlift clips: findings, reps it was judged on, clips it
   * flagged, and reps labelled good it flagged (false alarms) out of those it judged.
   */
  public record RuleRow(
      FaultCode code,
      Optional<LabelFault> label,
      int findings,
      int repsJudged,
      int reps,
      int clipsFlagged,
      int goodRepsFlagged,
      int goodRepsJudged) {}

  public static FaultTable of(List<ClipScore> scores) {
    List<ClipScore> lifts = scores.stream().filter(s -> s.label().scorable()).toList();
    List<Row> rows = new ArrayList<>();
    for (LabelFault f : LabelFault.values()) {
      int suspected = 0;
      int suspectedFlagged = 0;
      for (ClipScore s : lifts) {
        if (s.label().faultsSuspected().contains(f)) {
          suspected++;
          if (f.rule().isPresent() && s.found().contains(f.rule().get())) {
            suspectedFlagged++;
          }
        }
      }
      rows.add(
          new Row(
              f,
              f.rule(),
              confusion(lifts, f, Basis.NAMED),
              confusion(lifts, f, Basis.SEEN),
              suspected,
              suspectedFlagged));
    }
    List<RuleRow> rules = new ArrayList<>();
    for (FaultCode c : FaultCode.values()) {
      int findings = 0;
      int judged = 0;
      int reps = 0;
      int clips = 0;
      int goodFlagged = 0;
      int goodJudged = 0;
      for (ClipScore s : lifts) {
        for (DetectedRep r : s.outcome().reps()) {
          reps++;
          boolean j = s.outcome().judged(r, c);
          boolean flagged = r.flagged(c);
          judged += j ? 1 : 0;
          findings += flagged ? 1 : 0;
          if (s.label().labelledGood()) {
            goodJudged += j ? 1 : 0;
            goodFlagged += flagged ? 1 : 0;
          }
        }
        clips += s.found().contains(c) ? 1 : 0;
      }
      rules.add(
          new RuleRow(c, LabelFault.of(c), findings, judged, reps, clips, goodFlagged, goodJudged));
    }
    return new FaultTable(rows, rules);
  }

  static Confusion confusion(List<ClipScore> lifts, LabelFault f, Basis basis) {
    int tp = 0;
    int fp = 0;
    int fpGood = 0;
    int fnMissed = 0;
    int fnNotJudged = 0;
    int tn = 0;
    Function<ClipScore, Boolean> flagged =
        s -> f.rule().isPresent() && s.found().contains(f.rule().get());
    for (ClipScore s : lifts) {
      boolean positive = basis.of(s.label()).contains(f);
      boolean found = flagged.apply(s);
      if (positive && found) {
        tp++;
      } else if (positive) {
        if (f.rule().isPresent() && s.judged(f.rule().get())) {
          fnMissed++;
        } else {
          fnNotJudged++;
        }
      } else if (found) {
        fp++;
        fpGood += s.label().labelledGood() ? 1 : 0;
      } else {
        tn++;
      }
    }
    return new Confusion(tp, fp, fpGood, fnMissed, fnNotJudged, tn);
  }
}
