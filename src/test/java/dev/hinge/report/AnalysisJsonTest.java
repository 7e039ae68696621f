package dev.hinge.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hinge.faults.FaultCode;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.reps.RepMetrics;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The names other areas read (the journal) are fixed by the hinge.analysis/1 contract. */
class AnalysisJsonTest {
  @Test
  void theJsonCarriesTheContractNamesAndAFaultWithItsEvidence() throws Exception {
    var res =
        SyntheticLifter.generate(
            SetSpec.clean(31, 2)
                .withReps(
                    List.of(
                        SetSpec.RepSpec.clean(1.0),
                        new SetSpec.RepSpec(
                            1.0, 0.6, 1.2, Set.of(FaultCode.LOCKOUT_HYPEREXTENSION)))));
    Analysis a = AnalysisPipeline.analyze(res.track(), AnalysisOptions.NONE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnalysisJson.write(a, out);
    JsonNode j = new ObjectMapper().readTree(out.toByteArray());
    assertThat(j.path("format").asText()).isEqualTo("hinge.analysis/1");
    assertThat(j.path("video").has("durationMs")).isTrue();
    assertThat(j.path("view").path("kind").asText()).isEqualTo("side");
    assertThat(j.path("facing").asText()).isEqualTo("right");
    assertThat(j.path("scale").path("source").asText()).isEqualTo("world_landmarks");
    assertThat(j.path("repCount").asInt()).isEqualTo(2);
    assertThat(j.path("partialReps").asInt()).isZero();
    for (String f :
        List.of(
            "meanConcentricVelocityMps",
            "bestConcentricVelocityMps",
            "velocityLossPct",
            "techniqueDecay",
            "peakLumbarMomentNm",
            "cumulativeLumbarImpulseNms")) {
      assertThat(j.path("set").has(f)).as(f).isTrue();
    }
    JsonNode rep2 = j.path("reps").get(1);
    assertThat(rep2.path("index").asInt()).isEqualTo(2);
    assertThat(rep2.path("phases").findValuesAsText("name"))
        .containsExactly("setup", "floor_to_knee", "knee_to_lockout", "lockout", "descent");
    for (String f :
        List.of(
            "concentricMs",
            "eccentricMs",
            "meanConcentricVelocityMps",
            "peakConcentricVelocityMps",
            "trunkAngleFloorDeg",
            "trunkAngleLockoutDeg",
            "kneeAngleStartDeg",
            "thighElevationStartDeg",
            "hipShoulderRiseRatio",
            "barDriftCm",
            "trunkAngleKneeDeg",
            "leanBackPeakDeg",
            "leanBackFromLegsDeg",
            "legLineTopDeg",
            "hipAngleTopDeg",
            "thighElevationSetupMinDeg",
            "barExcursionCm",
            "handsSeenShare")) {
      assertThat(rep2.path("metrics").has(f)).as(f).isTrue();
    }
    assertThat(rep2.path("load").has("peakMomentNm")).isTrue();
    assertThat(rep2.path("load").has("uncertaintyPct")).isTrue();
    JsonNode fault = rep2.path("faults").get(0);
    assertThat(fault.path("code").asText()).isEqualTo("LOCKOUT_HYPEREXTENSION");
    assertThat(fault.path("severity").asText()).isIn("mild", "moderate", "severe");
    assertThat(fault.path("phase").asText()).isEqualTo("lockout");
    assertThat(fault.path("evidence").path("metric").asText()).isEqualTo("leanBackFromLegsDeg");
    assertThat(fault.path("evidence").path("frames").size()).isEqualTo(2);
    assertThat(fault.path("cue").asText()).isNotBlank();
    assertThat(fault.path("cause").asText()).contains("over-arching");
    assertThat(j.path("reps").get(0).path("faults").size()).isZero();
    assertThat(j.path("topFixes").get(0).path("code").asText()).isEqualTo("LOCKOUT_HYPEREXTENSION");
    assertThat(j.path("topFixes").get(0).path("reps").get(0).asInt()).isEqualTo(2);
    assertThat(j.path("warnings").findValuesAsText("code")).contains("BAR_LOAD_UNKNOWN");
    assertThat(j.path("skipped").isArray()).isTrue();
    // each rule's main measure (what hinge eval reads its threshold against) is the metric of
    // the same name in the report, read from the same rep (the report rounds to 0.1 at most)
    RepMetrics m = a.reps().get(1).metrics();
    for (FaultCode code : FaultCode.values()) {
      code.rule()
          .mainMeasure()
          .ifPresent(
              mm -> {
                assertThat(rep2.path("metrics").has(mm.metric())).as(mm.metric()).isTrue();
                assertThat(rep2.path("metrics").path(mm.metric()).asDouble())
                    .as(mm.metric())
                    .isCloseTo(mm.read().applyAsDouble(m), within(0.05));
              });
    }
  }
}
