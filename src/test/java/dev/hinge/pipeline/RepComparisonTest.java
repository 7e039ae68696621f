package dev.hinge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.faults.FaultCode;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RepComparisonTest {
  static Analysis set(List<SetSpec.RepSpec> reps) {
    return AnalysisPipeline.analyze(
        SyntheticLifter.generate(SetSpec.clean(11, reps.size()).withReps(reps)).track(),
        AnalysisOptions.NONE);
  }

  @Test
  void theRepWithAFindingIsTheWorstAndTheDifferenceNamesItsMeasure() {
    Analysis a =
        set(
            List.of(
                SetSpec.RepSpec.clean(1.0),
                new SetSpec.RepSpec(1.0, 0.6, 1.2, Set.of(FaultCode.BAR_DRIFT)),
                SetSpec.RepSpec.clean(1.0)));
    assertThat(a.reps().get(1).faults()).extracting(f -> f.code()).contains(FaultCode.BAR_DRIFT);
    RepComparison.Comparison c = RepComparison.of(a).orElseThrow();
    assertThat(c.worstRep()).isEqualTo(2);
    assertThat(c.bestRep()).isNotEqualTo(2);
    assertThat(c.why()).contains("rep 2 BAR_DRIFT").contains("no findings");
    RepComparison.Difference drift =
        c.differences().stream()
            .filter(d -> d.metric().equals("barExcursionCm"))
            .findFirst()
            .orElseThrow();
    assertThat(drift.worst()).isGreaterThan(drift.best() + 2);
    assertThat(drift.words())
        .startsWith("rep 2 let the bar drift further from mid-foot than rep " + c.bestRep())
        .contains(" cm against ");
    // the speed of both is always there
    assertThat(c.differences().get(0).metric()).isEqualTo("meanConcentricVelocityMps");
  }

  @Test
  void withTheSameFindingsTheFastestIsBestAndTheSlowestWorst() {
    Analysis a =
        set(
            List.of(
                SetSpec.RepSpec.clean(0.8),
                SetSpec.RepSpec.clean(1.0),
                SetSpec.RepSpec.clean(1.4)));
    RepComparison.Comparison c = RepComparison.of(a).orElseThrow();
    double fastest =
        a.reps().stream()
            .mapToDouble(r -> r.metrics().meanConcentricVelocityMps())
            .max()
            .orElseThrow();
    double slowest =
        a.reps().stream()
            .mapToDouble(r -> r.metrics().meanConcentricVelocityMps())
            .min()
            .orElseThrow();
    assertThat(a.reps().get(c.bestRep() - 1).metrics().meanConcentricVelocityMps())
        .isEqualTo(fastest);
    assertThat(a.reps().get(c.worstRep() - 1).metrics().meanConcentricVelocityMps())
        .isEqualTo(slowest);
    assertThat(c.why()).startsWith("no findings on either");
    // differences under their noise are left out
    assertThat(c.differences()).allSatisfy(d -> assertThat(d.words()).isNotBlank());
  }

  @Test
  void oneFullRepHasNothingToCompare() {
    assertThat(RepComparison.of(set(List.of(SetSpec.RepSpec.clean(1.0))))).isEmpty();
  }
}
