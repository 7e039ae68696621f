package dev.hinge.eval;

import static dev.hinge.eval.Made.analysed;
import static dev.hinge.eval.Made.clip;
import static dev.hinge.eval.Made.faults;
import static dev.hinge.eval.Made.measured;
import static dev.hinge.eval.Made.partial;
import static dev.hinge.eval.Made.rep;
import static dev.hinge.eval.Made.withFaults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.faults.FaultCode;
import dev.hinge.kinematics.ViewKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Thresholds against each rule's measure across sources, one source left out at a time. */
class ThresholdTableTest {
  static ClipScore scored(ClipLabel label, DetectedRep... reps) {
    return ClipScore.of(label, analysed(ViewKind.SIDE, reps));
  }

  static ClipLabel side(String file) {
    return clip(file, LabelledView.SIDE, ClipLabel.FormLabel.UNKNOWN, new Span(0, 2));
  }

  static DetectedRep squat(double thighDeg) {
    return measured(rep(1, 0, 2), FaultCode.SQUATTING_THE_DEADLIFT, thighDeg);
  }

  static ThresholdTable.Row row(ThresholdTable t, FaultCode code) {
    return t.rows().stream().filter(r -> r.code() == code).findFirst().orElseThrow();
  }

  @Test
  void aThresholdWithPositivesInTwoSourcesHoldsWithEitherLeftOut() {
    // squatting: flagged below 8°; positives 5° (aa, named) and 6° (bb, seen), clean 20, 12, 9.5
    ThresholdTable t =
        ThresholdTable.of(
            List.of(
                scored(side("aa_1.mp4"), squat(20)),
                scored(
                    withFaults(
                        side("aa_2.mp4"),
                        faults(LabelFault.SQUATTING_THE_DEADLIFT),
                        Set.of(),
                        Set.of()),
                    squat(5)),
                scored(side("bb_1.mp4"), squat(12)),
                scored(
                    withFaults(
                        side("bb_2.mp4"),
                        Set.of(),
                        faults(LabelFault.SQUATTING_THE_DEADLIFT),
                        Set.of()),
                    squat(6)),
                scored(side("cc_1.mp4"), squat(9.5))));
    ThresholdTable.Row r = row(t, FaultCode.SQUATTING_THE_DEADLIFT);
    assertThat(r.above()).isFalse();
    assertThat(r.threshold()).isEqualTo(8);
    assertThat(r.judged()).isEqualTo(5);
    assertThat(r.cleanExtreme())
        .hasValueSatisfying(v -> assertThat(v.clip()).isEqualTo("cc_1.mp4"));
    assertThat(r.margin()).isCloseTo(1.5, within(1e-9));
    assertThat(r.positives()).extracting(ThresholdTable.Value::value).containsExactly(5.0, 6.0);
    assertThat(r.heldOut())
        .extracting(ThresholdTable.HeldOut::source, ThresholdTable.HeldOut::threshold)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("aa", 7.75),
            org.assertj.core.groups.Tuple.tuple("bb", 7.25),
            org.assertj.core.groups.Tuple.tuple("cc", 9.0));
    assertThat(r.heldOut())
        .allSatisfy(
            h -> {
              assertThat(h.cleanPast()).isEmpty();
              assertThat(h.positivesMissed()).isEmpty();
            });
    assertThat(r.sourcesThatDisagree()).isZero();
  }

  @Test
  void aCleanBoundSetByOneSourceShowsWhenThatSourceIsLeftOut() {
    // bar drift: flagged above 10 cm; no positive; the clean bound (8.5) comes from bb alone
    ThresholdTable t =
        ThresholdTable.of(
            List.of(
                scored(side("aa_1.mp4"), measured(rep(1, 0, 2), FaultCode.BAR_DRIFT, 4)),
                scored(side("aa_2.mp4"), measured(rep(1, 0, 2), FaultCode.BAR_DRIFT, 5)),
                scored(side("bb_1.mp4"), measured(rep(1, 0, 2), FaultCode.BAR_DRIFT, 8.5))));
    ThresholdTable.Row r = row(t, FaultCode.BAR_DRIFT);
    assertThat(r.margin()).isCloseTo(1.5, within(1e-9));
    ThresholdTable.HeldOut withoutBb =
        r.heldOut().stream().filter(h -> h.source().equals("bb")).findFirst().orElseThrow();
    assertThat(withoutBb.threshold()).isCloseTo(6.5, within(1e-9));
    assertThat(withoutBb.cleanPast())
        .extracting(ThresholdTable.Value::clip)
        .containsExactly("bb_1.mp4");
    assertThat(r.sourcesThatDisagree()).isEqualTo(1);
  }

  @Test
  void partialRepsRepsTheRuleDidNotJudgeAndNegativesAreLeftOut() {
    ThresholdTable t =
        ThresholdTable.of(
            List.of(
                scored(
                    side("aa_1.mp4"),
                    squat(20),
                    measured(partial(2, 3, 4), FaultCode.SQUATTING_THE_DEADLIFT, 1),
                    rep(3, 5, 6)),
                ClipScore.of(Made.negative("zz_squat.mp4"), analysed(ViewKind.SIDE, squat(2)))));
    ThresholdTable.Row r = row(t, FaultCode.SQUATTING_THE_DEADLIFT);
    assertThat(r.judged()).isEqualTo(1);
    assertThat(r.cleanExtreme()).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(20));
    assertThat(r.positives()).isEmpty();
  }

  @Test
  void aRuleWithoutAMainMeasureHasNoRow() {
    ThresholdTable t = ThresholdTable.of(List.of());
    assertThat(t.rows())
        .extracting(ThresholdTable.Row::code)
        .doesNotContain(FaultCode.OVER_ARCHED_BACK)
        .contains(FaultCode.SQUATTING_THE_DEADLIFT, FaultCode.LOCKOUT_HYPEREXTENSION);
  }

  @Test
  void aSourceIsTheLabelsRepoElseTheFileNamesPrefix() {
    assertThat(ClipLabel.sourceOf("bx_bad013.mp4")).isEqualTo("bx");
    assertThat(ClipLabel.sourceOf("deadlift.mp4")).isEqualTo("deadlift");
    assertThat(side("bx_good004.mp4").source()).isEqualTo("bx");
  }
}
