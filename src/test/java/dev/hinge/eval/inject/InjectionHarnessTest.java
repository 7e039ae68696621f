package dev.hinge.eval.inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.eval.ClipLabel;
import dev.hinge.eval.InjectionReport;
import dev.hinge.eval.LabelledView;
import dev.hinge.eval.Span;
import dev.hinge.faults.FaultCode;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.synthetic.GroundTruth;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InjectionHarnessTest {

  static ClipLabel label(SyntheticLifter.Result r, LabelledView view) {
    return label(r, view, "synthetic.mp4", ClipLabel.FormLabel.GOOD);
  }

  static ClipLabel label(
      SyntheticLifter.Result r, LabelledView view, String file, ClipLabel.FormLabel form) {
    double dt = 1.0 / r.track().video().fps();
    List<Span> spans =
        r.truth().reps().stream()
            .map(
                (GroundTruth.RepTruth t) ->
                    new Span(t.floorBreakFrame() * dt, t.descentEndFrame() * dt))
            .toList();
    return new ClipLabel(
        1,
        2,
        file,
        view,
        Optional.empty(),
        spans.size(),
        spans,
        List.of(),
        List.of(),
        ClipLabel.Variant.CONVENTIONAL,
        form,
        Set.of(),
        Set.of(),
        Set.of(),
        true,
        false,
        Optional.empty(),
        Map.of(),
        Optional.empty(),
        ClipLabel.sourceOf(file));
  }

  @Test
  void aFindingOnAnUntouchedRepOfAClipOfUnknownFormIsListedButNotCountedAgainstGoodReps() {
    SyntheticLifter.Result set =
        SyntheticLifter.generate(
            SetSpec.clean(31, 2)
                .withReps(
                    List.of(
                        SetSpec.RepSpec.clean(1.0),
                        new SetSpec.RepSpec(
                            1.0, 0.6, 1.2, Set.of(FaultCode.LOCKOUT_HYPEREXTENSION)))));
    Analysis a = AnalysisPipeline.analyze(set.track(), AnalysisOptions.NONE);
    InjectionReport r =
        InjectionHarness.run(
            List.of(
                new InjectionHarness.Base(
                    label(set, LabelledView.SIDE, "good.mp4", ClipLabel.FormLabel.GOOD),
                    set.track(),
                    a),
                new InjectionHarness.Base(
                    label(set, LabelledView.SIDE, "unknown.mp4", ClipLabel.FormLabel.UNKNOWN),
                    set.track(),
                    a)),
            List.of(new BarDrift(15)),
            s -> {});
    InjectionReport.Untouched u = r.untouched();
    assertThat(u.reps()).isEqualTo(4);
    assertThat(u.flagged()).isEqualTo(2);
    assertThat(u.byCode()).containsExactly(Map.entry(FaultCode.LOCKOUT_HYPEREXTENSION, 2));
    assertThat(u.goodReps()).isEqualTo(2);
    assertThat(u.goodFlagged()).isEqualTo(1);
    assertThat(u.flaggedReps())
        .containsExactly(
            "good.mp4 rep 2: LOCKOUT_HYPEREXTENSION (form good)",
            "unknown.mp4 rep 2: LOCKOUT_HYPEREXTENSION (form unknown)");
  }

  @Test
  void clearFaultsInjectedIntoCleanRepsAreFlaggedOnEveryJudgedRepAndTheUntouchedOnesOnNone() {
    SyntheticLifter.Result set = SyntheticLifter.generate(SetSpec.clean(3, 2));
    Analysis base = AnalysisPipeline.analyze(set.track(), AnalysisOptions.NONE);
    ClipLabel label = label(set, LabelledView.SIDE);
    assertThat(InjectionHarness.eligible(label)).isTrue();
    InjectionReport r =
        InjectionHarness.run(
            List.of(new InjectionHarness.Base(label, set.track(), base)),
            List.of(new LockoutLeanBack(20, true), new BarDrift(15)),
            s -> {});
    assertThat(r.clips()).containsExactly("synthetic.mp4 (2 reps)");
    assertThat(r.untouched())
        .isEqualTo(new InjectionReport.Untouched(2, 0, Map.of(), 2, 0, List.of()));
    assertThat(r.rows()).hasSize(2);
    for (InjectionReport.Row row : r.rows()) {
      assertThat(row.reps()).isEqualTo(2);
      assertThat(row.lost()).isZero();
      assertThat(row.judged()).as(row.kind()).isEqualTo(2);
      assertThat(row.flagged()).as(row.kind()).isEqualTo(2);
      assertThat(row.recall()).hasValue(1.0);
    }
    InjectionReport.Row lean = r.rows().get(0);
    assertThat(lean.code()).isEqualTo(FaultCode.LOCKOUT_HYPEREXTENSION);
    assertThat(lean.achievedMedian()).isCloseTo(20, within(1e-6));
    assertThat(lean.metricMedian()).isCloseTo(20, within(2.0));
    assertThat(lean.metricMedianUntouched()).isCloseTo(0, within(2.0));
    assertThat(r.rows().get(1).metricMedian() - r.rows().get(1).metricMedianUntouched())
        .isCloseTo(15, within(2.0));
    assertThat(r.largest()).hasSize(2);
  }

  @Test
  void onlySideViewLiftsFromTheFloorThatListNoFaultCarryInjections() {
    SyntheticLifter.Result set = SyntheticLifter.generate(SetSpec.clean(3, 1));
    assertThat(InjectionHarness.eligible(label(set, LabelledView.OBLIQUE))).isFalse();
    ClipLabel side = label(set, LabelledView.SIDE);
    ClipLabel rdl =
        new ClipLabel(
            side.entry(),
            side.line(),
            side.file(),
            side.view(),
            side.facing(),
            side.reps(),
            side.repSpans(),
            side.lockoutsS(),
            side.partialPulls(),
            ClipLabel.Variant.ROMANIAN,
            side.formLabel(),
            side.faults(),
            side.faultsSeen(),
            side.faultsSuspected(),
            side.usable(),
            side.negativeCase(),
            side.otherExercise(),
            side.confidence(),
            side.sha256(),
            side.source());
    assertThat(InjectionHarness.eligible(rdl)).isFalse();
    ClipLabel seen =
        new ClipLabel(
            side.entry(),
            side.line(),
            side.file(),
            side.view(),
            side.facing(),
            side.reps(),
            side.repSpans(),
            side.lockoutsS(),
            side.partialPulls(),
            side.variant(),
            side.formLabel(),
            side.faults(),
            Set.of(dev.hinge.eval.LabelFault.BAR_DRIFT),
            side.faultsSuspected(),
            side.usable(),
            side.negativeCase(),
            side.otherExercise(),
            side.confidence(),
            side.sha256(),
            side.source());
    assertThat(InjectionHarness.eligible(seen)).isFalse();
  }
}
