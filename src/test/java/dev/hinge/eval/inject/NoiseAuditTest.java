package dev.hinge.eval.inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hinge.eval.ClipLabel;
import dev.hinge.eval.LabelledView;
import dev.hinge.eval.NoiseReport;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoiseAuditTest {
  final SyntheticLifter.Result set = SyntheticLifter.generate(SetSpec.clean(11, 2));
  final Analysis untouched = AnalysisPipeline.analyze(set.track(), AnalysisOptions.NONE);
  final List<InjectionHarness.Base> bases =
      List.of(
          new InjectionHarness.Base(
              InjectionHarnessTest.label(
                  set, LabelledView.SIDE, "clean.mp4", ClipLabel.FormLabel.GOOD),
              set.track(),
              untouched));

  @Test
  void aCleanSetKeepsItsVerdictUnderNoiseOfTheSizeAnotherRuntimeMakes() {
    NoiseReport r = NoiseAudit.run(bases, 0.01, 10, s -> {});
    NoiseReport.Clip c = r.clips().get(0);
    assertThat(c.fullReps()).isEqualTo(2);
    assertThat(c.found()).isEmpty();
    assertThat(c.stable()).isEqualTo(10);
    assertThat(c.changes()).isEmpty();
    assertThat(r.stableTrials()).isEqualTo(r.allTrials()).isEqualTo(10);
    assertThat(r.goodTrials()).isEqualTo(10);
    assertThat(r.goodTrialsFlaggedAnew()).isZero();
  }

  @Test
  void noiseAsLargeAsTheLimbsChangesVerdictsAndEveryChangedTrialIsCounted() {
    NoiseReport r = NoiseAudit.run(bases, 0.3, 10, s -> {});
    NoiseReport.Clip c = r.clips().get(0);
    assertThat(c.stable()).isLessThan(10);
    assertThat(c.changes()).isNotEmpty();
    // every trial that changed did so by its rep count or by a rule that flagged or stopped
    int unstable = 10 - c.stable();
    assertThat(c.changes().values().stream().mapToInt(Integer::intValue).sum())
        .isGreaterThanOrEqualTo(unstable);
    assertThat(c.changes().keySet())
        .allMatch(k -> k.startsWith("+") || k.startsWith("-") || k.startsWith("reps 2→"));
    assertThat(c.flaggedAnew()).isLessThanOrEqualTo(unstable);
    assertThat(r.goodTrialsFlaggedAnew()).isEqualTo(c.flaggedAnew());
  }

  @Test
  void aRunIsReproducible() {
    assertThat(NoiseAudit.run(bases, 0.05, 5, s -> {}))
        .isEqualTo(NoiseAudit.run(bases, 0.05, 5, s -> {}));
  }

  @Test
  void noTrialsIsRefused() {
    assertThatThrownBy(() -> NoiseAudit.run(bases, 0.01, 0, s -> {}))
        .hasMessageContaining("noise trials must be at least 1; found 0");
  }
}
