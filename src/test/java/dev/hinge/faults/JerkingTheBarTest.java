package dev.hinge.faults;

import static dev.hinge.faults.HandMadeReps.clean;
import static dev.hinge.faults.HandMadeReps.context;
import static dev.hinge.faults.HandMadeReps.full;
import static dev.hinge.faults.HandMadeReps.judge;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JerkingTheBarTest {
  final JerkingTheBar rule = new JerkingTheBar();

  @Test
  void aBarThatStartsFastAndGainsSpeedAtOnceIsJerked() {
    Finding f =
        judge(
                rule,
                context(full(), clean().floorBreakSpeedRatio(2.0).floorBreakAccelerationMps2(7)))
            .orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.MODERATE);
    assertThat(f.evidence().metric()).isEqualTo("floorBreakSpeedRatio");
  }

  @Test
  void aBriskStartThatGainsSpeedGentlyIsASqueezeNotAYank() {
    assertThat(
            judge(
                rule,
                context(full(), clean().floorBreakSpeedRatio(1.7).floorBreakAccelerationMps2(4))))
        .isEmpty();
  }

  @Test
  void whenTheHipsShootUpTheBarsJumpIsTheHipsFaultAndIsNotReportedTwice() {
    RepContext c =
        context(
            full(),
            clean()
                .floorBreakSpeedRatio(2.0)
                .floorBreakAccelerationMps2(7)
                .trunkAngleKneeDeg(72)
                .trunkAngleChangeEarlyDeg(6));
    assertThat(FaultDetector.judge(c, Map.of()).faults())
        .extracting(Fault::code)
        .containsExactly(FaultCode.HIPS_SHOOT_UP);
  }

  @Test
  void itNeedsTheFrameRateButNotASideView() {
    assertThat(rule.needs()).containsExactly(Requirement.FRAME_RATE, Requirement.HANDS);
  }

  @Test
  void aHandLandmarkReboundingAloneIsNoYank() {
    // the bar's own ratio was 1.72 on a clean real pull; with the shoulders it hangs from, 0.76
    assertThat(
            judge(
                rule,
                context(full(), clean().floorBreakSpeedRatio(1.3).floorBreakAccelerationMps2(12))))
        .isEmpty();
  }
}
