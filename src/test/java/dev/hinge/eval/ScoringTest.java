package dev.hinge.eval;

import static dev.hinge.eval.Made.analysed;
import static dev.hinge.eval.Made.clip;
import static dev.hinge.eval.Made.faults;
import static dev.hinge.eval.Made.negative;
import static dev.hinge.eval.Made.rep;
import static dev.hinge.eval.Made.withFaults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.eval.ClipLabel.FormLabel;
import dev.hinge.faults.FaultCode;
import dev.hinge.kinematics.ViewKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-made labels against hand-made analyses: every figure the totals print. */
class ScoringTest {
  static final String FRONT = "needs a side view; the camera sees the lifter from the front";

  // a good two-rep set, one rep flagged for a lean-back
  final ClipScore good =
      ClipScore.of(
          clip("good.mp4", LabelledView.SIDE, FormLabel.GOOD, new Span(1, 3), new Span(4, 6)),
          analysed(
              ViewKind.SIDE, rep(1, 1.1, 3.0), rep(2, 4.2, 6.1, FaultCode.LOCKOUT_HYPEREXTENSION)));
  // the source names a rounded back, found
  final ClipScore rounded =
      ClipScore.of(
          withFaults(
              clip("rounded.mp4", LabelledView.SIDE, FormLabel.BAD, new Span(2, 4)),
              faults(LabelFault.ROUNDED_BACK),
              faults(LabelFault.ROUNDED_BACK),
              faults()),
          analysed(ViewKind.SIDE, rep(1, 2.1, 4.0, FaultCode.ROUNDED_BACK, FaultCode.BAR_DRIFT)));
  // a squat start named, but the knees were hidden: not judged
  final ClipScore squat =
      ClipScore.of(
          withFaults(
              clip("squat.mp4", LabelledView.SIDE, FormLabel.BAD, new Span(0.5, 2)),
              faults(LabelFault.SQUATTING_THE_DEADLIFT),
              faults(),
              faults()),
          analysed(
              ViewKind.SIDE,
              Made.notJudged(
                  rep(1, 0.6, 2.1),
                  FaultCode.SQUATTING_THE_DEADLIFT,
                  "the knees are hidden (0.31)")));
  // a squat start seen, judged and missed; heel lift seen (no rule)
  final ClipScore squatMissed =
      ClipScore.of(
          withFaults(
              clip(
                  "squat2.mp4",
                  LabelledView.REAR,
                  FormLabel.UNKNOWN,
                  new Span(1, 2),
                  new Span(3, 4)),
              faults(),
              faults(LabelFault.SQUATTING_THE_DEADLIFT, LabelFault.HEEL_LIFT),
              faults(LabelFault.BAR_DRIFT)),
          analysed(ViewKind.OBLIQUE, rep(1, 1, 2, FaultCode.BAR_DRIFT)));
  // a front view: form withheld on every rep; found three reps of two
  final ClipScore front =
      ClipScore.of(
          clip("front.mp4", LabelledView.FRONT, FormLabel.UNKNOWN, new Span(1, 2), new Span(3, 4)),
          analysed(
              ViewKind.FRONT,
              Map.of(FaultCode.ROUNDED_BACK, FRONT, FaultCode.BAR_DRIFT, FRONT),
              rep(1, 1, 2),
              rep(2, 3, 4),
              rep(3, 5, 6)));
  // an oblique clip read as front
  final ClipScore oblique =
      ClipScore.of(
          clip("oblique.mp4", LabelledView.OBLIQUE, FormLabel.UNKNOWN, new Span(1, 2)),
          analysed(ViewKind.FRONT, rep(1, 1, 2)));
  final ClipScore failed =
      ClipScore.of(
          clip("broken.mp4", LabelledView.SIDE, FormLabel.GOOD, new Span(1, 2)),
          ClipOutcome.failed("not a video: broken.mp4 is empty (0 bytes)"));
  final ClipScore squatNeg =
      ClipScore.of(negative("squat_neg.mp4"), analysed(ViewKind.SIDE, rep(1, 1, 2)));
  final ClipScore bandNeg =
      ClipScore.of(negative("band_neg.mp4"), analysed(ViewKind.SIDE, Made.partial(1, 1, 2)));
  final ClipScore refusedNeg =
      ClipScore.of(negative("kb_neg.mp4"), ClipOutcome.refused("no deadlift rep found"));

  final List<ClipScore> all =
      List.of(
          good, rounded, squat, squatMissed, front, oblique, failed, squatNeg, bandNeg, refusedNeg);

  @Test
  void repCountsAreExactOrWithinOneOverTheDeadliftClips() {
    Totals t = Totals.of(all);
    assertThat(t.clips()).isEqualTo(10);
    assertThat(t.deadliftClips()).isEqualTo(7);
    assertThat(t.negatives()).isEqualTo(3);
    // good 2/2, rounded 1/1, squat 1/1, squat2 1 of 2, front 3 of 2, oblique 1/1, broken 0 of 1
    assertThat(t.allClips())
        .isEqualTo(
            new Totals.RepCounts(7, 1, 4, 7, 2 + 1 + 1 + 2 + 2 + 1 + 1, 2 + 1 + 1 + 1 + 3 + 1));
    assertThat(t.sideClips()).isEqualTo(new Totals.RepCounts(4, 1, 3, 4, 5, 4));
    assertThat(front.repError()).isEqualTo(1);
    assertThat(failed.repCountWithinOne()).isTrue();
  }

  @Test
  void runsWithoutAnAnalysisAreCountedWithTheirMessage() {
    Totals t = Totals.of(all);
    assertThat(t.runs())
        .containsEntry(ClipOutcome.Status.ANALYSED, 6)
        .containsEntry(ClipOutcome.Status.FAILED, 1)
        .containsEntry(ClipOutcome.Status.REFUSED, 0);
    assertThat(t.failures())
        .containsExactly("broken.mp4: failed: not a video: broken.mp4 is empty (0 bytes)");
  }

  @Test
  void foundRepsArePairedWithLabelledSpans() {
    Totals.Pairing p = Totals.of(all).pairing();
    assertThat(p.labelledReps()).isEqualTo(10);
    assertThat(p.detectedReps()).isEqualTo(9);
    // every found rep pairs except front's third
    assertThat(p.paired()).isEqualTo(8);
    assertThat(good.match().pairs()).hasSize(2);
    assertThat(p.meanAbsStartOffsetS()).isCloseTo((0.1 + 0.2 + 0.1 + 0.1) / 8, within(1e-9));
  }

  @Test
  void labelledLockoutsGoWithTheirSpansOneBySpanOrTheOneInsideIt() {
    ClipLabel one =
        Made.withLockouts(
            Made.clip(
                "a.mp4",
                LabelledView.SIDE,
                ClipLabel.FormLabel.UNKNOWN,
                new Span(1, 4),
                new Span(5, 8)),
            List.of(2.0, 6.5));
    assertThat(one.timedRepSpans()).extracting(Span::lockoutS).containsExactly(2.0, 6.5);
    // two spans, one lockout (the first rep's), which lies inside the first span only
    ClipLabel fewer =
        Made.withLockouts(
            Made.clip(
                "b.mp4",
                LabelledView.SIDE,
                ClipLabel.FormLabel.UNKNOWN,
                new Span(1, 4),
                new Span(5, 8)),
            List.of(2.5));
    assertThat(fewer.timedRepSpans().get(0).lockoutS()).isEqualTo(2.5);
    assertThat(fewer.timedRepSpans().get(1).lockoutS()).isNaN();
  }

  @Test
  void lockoutTimingIsTheMedianOverThePairsWithALabelledLockout() {
    ClipLabel l =
        Made.withLockouts(
            Made.clip(
                "c.mp4",
                LabelledView.SIDE,
                ClipLabel.FormLabel.UNKNOWN,
                new Span(1, 4),
                new Span(5, 8),
                new Span(9, 12)),
            List.of(2.0, 6.0, 10.0));
    ClipOutcome o =
        new ClipOutcome(
            ClipOutcome.Status.ANALYSED,
            "",
            Optional.of(ViewKind.SIDE),
            1.0,
            List.of(
                timedRep(1, new Span(1, 4, 2.4)),
                timedRep(2, new Span(5, 8, 6.1)),
                timedRep(3, new Span(9, 12, 9.8))),
            Map.of());
    Totals.Pairing p = Totals.of(List.of(ClipScore.of(l, o))).pairing();
    assertThat(p.timedLockouts()).isEqualTo(3);
    assertThat(p.medianLockoutOffsetS()).isCloseTo(0.1, within(1e-9));
    assertThat(p.medianAbsLockoutOffsetS()).isCloseTo(0.2, within(1e-9));
  }

  static DetectedRep timedRep(int index, Span span) {
    return new DetectedRep(index, span, false, false, List.of(), Map.of());
  }

  @Test
  void viewsAreRecognisedPerLabelledViewAndARearViewIsNotASideView() {
    Totals t = Totals.of(all);
    assertThat(t.views().get(LabelledView.SIDE)).isEqualTo(new Totals.Tally(4, 3));
    assertThat(t.views().get(LabelledView.FRONT)).isEqualTo(new Totals.Tally(1, 1));
    assertThat(t.views().get(LabelledView.OBLIQUE)).isEqualTo(new Totals.Tally(1, 0));
    assertThat(t.views().get(LabelledView.REAR)).isEqualTo(new Totals.Tally(1, 1));
    assertThat(t.viewConfusion().get(LabelledView.SIDE))
        .containsEntry("side", 3)
        .containsEntry("none", 1);
    assertThat(t.viewConfusion().get(LabelledView.OBLIQUE)).containsEntry("front", 1);
    assertThat(LabelledView.REAR.recognisedAs(ViewKind.SIDE)).isFalse();
  }

  @Test
  void withheldJudgementsAreCountedRuleByRepWithTheirReasons() {
    Totals t = Totals.of(all);
    int rules = FaultCode.values().length;
    assertThat(t.judgements()).isEqualTo(9 * rules);
    // front: 2 rules on 3 reps; squat: one rule on its rep
    assertThat(t.withheldJudgements()).isEqualTo(7);
    assertThat(t.withheldReasons())
        .containsEntry("ROUNDED_BACK: " + FRONT, 3)
        .containsEntry("BAR_DRIFT: " + FRONT, 3)
        .containsEntry("SQUATTING_THE_DEADLIFT: the knees are hidden (#)", 1);
    assertThat(front.judged(FaultCode.ROUNDED_BACK)).isFalse();
    assertThat(front.judged(FaultCode.HIPS_SHOOT_UP)).isTrue();
  }

  @Test
  void repsLabelledGoodThatGetAFaultAreCountedByRule() {
    Totals t = Totals.of(all);
    // good.mp4's two reps; broken.mp4 (good) found none
    assertThat(t.goodReps()).isEqualTo(new Totals.Tally(2, 1));
    assertThat(t.goodRepsFlaggedBy())
        .containsExactly(Map.entry(FaultCode.LOCKOUT_HYPEREXTENSION, 1));
  }

  @Test
  void negativesReadAsDeadliftsOnlyWhenAFullRepIsFound() {
    Totals.Negatives n = Totals.of(all).negativeCases();
    assertThat(n).isEqualTo(new Totals.Negatives(3, 1, 1, 1));
    assertThat(n.rejected()).isEqualTo(2);
  }

  @Test
  void faultsAreScoredAgainstTheNamedAndTheSeenListsApart() {
    FaultTable f = FaultTable.of(all);
    FaultTable.Row roundedRow = row(f, LabelFault.ROUNDED_BACK);
    assertThat(roundedRow.named()).isEqualTo(new FaultTable.Confusion(1, 0, 0, 0, 0, 6));
    FaultTable.Row squatRow = row(f, LabelFault.SQUATTING_THE_DEADLIFT);
    // named on squat.mp4, where it was not judged
    assertThat(squatRow.named()).isEqualTo(new FaultTable.Confusion(0, 0, 0, 0, 1, 6));
    // seen on squat2.mp4, judged there and missed
    assertThat(squatRow.seen()).isEqualTo(new FaultTable.Confusion(0, 0, 0, 1, 0, 6));
    assertThat(squatRow.seen().recall()).hasValue(0.0);
    assertThat(squatRow.seen().precision()).isEmpty();
    FaultTable.Row drift = row(f, LabelFault.BAR_DRIFT);
    // flagged on rounded.mp4 and squat2.mp4, listed on neither; suspected on squat2
    assertThat(drift.named()).isEqualTo(new FaultTable.Confusion(0, 2, 0, 0, 0, 5));
    assertThat(drift.named().recall()).isEmpty();
    assertThat(drift.named().precision()).hasValue(0.0);
    assertThat(drift.suspected()).isEqualTo(1);
    assertThat(drift.suspectedFlagged()).isEqualTo(1);
    FaultTable.Row lean = row(f, LabelFault.LOCKOUT_HYPEREXTENSION);
    assertThat(lean.named().fpOnGood()).isEqualTo(1);
    FaultTable.Row heel = row(f, LabelFault.HEEL_LIFT);
    assertThat(heel.rule()).isEmpty();
    assertThat(heel.seen()).isEqualTo(new FaultTable.Confusion(0, 0, 0, 0, 1, 6));
  }

  @Test
  void eachRuleCountsItsFindingsJudgedRepsAndFalseAlarmsOnGoodReps() {
    FaultTable f = FaultTable.of(all);
    FaultTable.RuleRow lean =
        f.rules().stream()
            .filter(r -> r.code() == FaultCode.LOCKOUT_HYPEREXTENSION)
            .findFirst()
            .orElseThrow();
    assertThat(lean)
        .isEqualTo(
            new FaultTable.RuleRow(
                FaultCode.LOCKOUT_HYPEREXTENSION,
                Optional.of(LabelFault.LOCKOUT_HYPEREXTENSION),
                1,
                9,
                9,
                1,
                1,
                2));
    FaultTable.RuleRow rounded =
        f.rules().stream()
            .filter(r -> r.code() == FaultCode.ROUNDED_BACK)
            .findFirst()
            .orElseThrow();
    assertThat(rounded.repsJudged()).isEqualTo(6);
    assertThat(rounded.clipsFlagged()).isEqualTo(1);
  }

  private static FaultTable.Row row(FaultTable f, LabelFault l) {
    return f.rows().stream().filter(r -> r.fault() == l).findFirst().orElseThrow();
  }
}
