package dev.hinge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.faults.FaultCode;
import dev.hinge.kinematics.ViewKind;
import dev.hinge.load.LoadEstimate;
import dev.hinge.reps.Phase;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.Rep;
import dev.hinge.reps.RepMetrics;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import dev.hinge.testing.HandMadeMetrics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /** A full rep of index {@code i}: its speed and its trunk angle at the floor break. */
  static RepAnalysis rep(int i, double speedMps, double trunkDeg, ViewKind view) {
    Rep rep =
        new Rep(
            i,
            false,
            Optional.empty(),
            0,
            80,
            10,
            40,
            List.of(
                new Phase(PhaseName.SETUP, 0, 10, 0, 333),
                new Phase(PhaseName.FLOOR_TO_KNEE, 10, 20, 333, 667),
                new Phase(PhaseName.KNEE_TO_LOCKOUT, 20, 40, 667, 1333),
                new Phase(PhaseName.LOCKOUT, 40, 60, 1333, 2000),
                new Phase(PhaseName.DESCENT, 60, 80, 2000, 2667)),
            false,
            true);
    RepMetrics m =
        HandMadeMetrics.clean()
            .meanConcentricVelocityMps(speedMps)
            .peakConcentricVelocityMps(2 * speedMps)
            .trunkAngleFloorDeg(trunkDeg)
            .build();
    LoadEstimate load = new LoadEstimate(0, 0, 0, 0, 0, false, 75, true, Optional.of("front"));
    return new RepAnalysis(rep, m, load, List.of(), Map.of(), view);
  }

  /**
   * From the front the trunk's angles and the bar's distance ahead of the body are depth (hrj_video
   * read "rep 3 started more bent over than rep 2: 85° against 47°"): the comparison keeps to what
   * the camera sees.
   */
  @Test
  void fromTheFrontOnlyWhatTheCameraSeesIsCompared() {
    RepComparison.Comparison front =
        RepComparison.of(
                List.of(rep(1, 0.76, 47, ViewKind.FRONT), rep(2, 0.58, 85, ViewKind.FRONT)))
            .orElseThrow();
    assertThat(front.differences())
        .extracting(RepComparison.Difference::metric)
        .containsExactly("meanConcentricVelocityMps");
    RepComparison.Comparison side =
        RepComparison.of(List.of(rep(1, 0.76, 47, ViewKind.SIDE), rep(2, 0.58, 85, ViewKind.SIDE)))
            .orElseThrow();
    assertThat(side.differences())
        .extracting(RepComparison.Difference::metric)
        .containsExactly("meanConcentricVelocityMps", "trunkAngleFloorDeg");
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
