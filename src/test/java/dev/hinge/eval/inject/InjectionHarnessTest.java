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
        "synthetic.mp4",
        view,
        Optional.empty(),
        spans.size(),
        spans,
        List.of(),
        List.of(),
        ClipLabel.Variant.CONVENTIONAL,
        ClipLabel.FormLabel.GOOD,
        Set.of(),
        Set.of(),
        Set.of(),
        true,
        false,
        Optional.empty(),
        Map.of(),
        Optional.empty());
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
    assertThat(r.untouched()).isEqualTo(new InjectionReport.Untouched(2, 0, Map.of()));
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
            side.sha256());
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
            side.sha256());
    assertThat(InjectionHarness.eligible(seen)).isFalse();
  }
}
