package dev.hinge.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class LumbarLoadModelTest {
  private final Analysis analysis =
      AnalysisPipeline.analyze(
          SyntheticLifter.generate(SetSpec.clean(21, 1)).track(), AnalysisOptions.NONE);

  @Test
  void aStillBarAddsItsWeightTimesItsLeverArmToTheMoment() {
    Kinematics k = analysis.kinematics();
    int setup = analysis.reps().get(0).rep().floorBreakFrame() - 10;
    double[][] without =
        LumbarLoadModel.series(k, setup - 5, setup + 5, 80, OptionalDouble.empty());
    double[][] with = LumbarLoadModel.series(k, setup - 5, setup + 5, 80, OptionalDouble.of(140));
    double l5 =
        k.forward(Joint.HIP, setup)
            + LumbarLoadModel.L5_ALONG_TRUNK
                * (k.forward(Joint.SHOULDER, setup) - k.forward(Joint.HIP, setup));
    double lever = k.forward(Joint.WRIST, setup) - l5;
    assertThat(lever).isBetween(0.2, 0.6);
    // the seed's example: 10 cm of lever at 140 kg is about 140 N·m
    assertThat(with[0][5] - without[0][5])
        .isCloseTo(140 * 9.81 * lever, within(0.05 * 140 * 9.81 * lever));
  }

  @Test
  void withoutABarLoadTheEstimateSaysSoAndIsSmallerThanWithOne() {
    Kinematics k = analysis.kinematics();
    var rep = analysis.reps().get(0).rep();
    LoadEstimate body =
        LumbarLoadModel.estimate(
            k,
            rep.floorBreakFrame(),
            rep.endFrame(),
            rep.floorBreakFrame(),
            OptionalDouble.of(80),
            OptionalDouble.empty());
    LoadEstimate loaded =
        LumbarLoadModel.estimate(
            k,
            rep.floorBreakFrame(),
            rep.endFrame(),
            rep.floorBreakFrame(),
            OptionalDouble.of(80),
            OptionalDouble.of(140));
    assertThat(body.barIncluded()).isFalse();
    assertThat(loaded.barIncluded()).isTrue();
    assertThat(loaded.peakMomentNm()).isGreaterThan(body.peakMomentNm() + 300);
    // compression at a heavy pull: several kN, below the 17 kN estimated for elite powerlifters
    assertThat(loaded.peakCompressionN()).isBetween(4000.0, 17000.0);
    assertThat(loaded.uncertaintyPct()).isBetween(15.0, 40.0);
  }
}
