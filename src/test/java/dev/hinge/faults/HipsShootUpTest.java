package dev.hinge.faults;

import static dev.hinge.faults.HandMadeReps.clean;
import static dev.hinge.faults.HandMadeReps.context;
import static dev.hinge.faults.HandMadeReps.full;
import static dev.hinge.faults.HandMadeReps.judge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.reps.PhaseName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HipsShootUpTest {
  final HipsShootUp rule = new HipsShootUp();

  @Test
  void hipsShootingUpIsFlaggedOnlyOnTheRepsWhereItHappens() {
    RepContext shot =
        context(full(), clean().hipShoulderRiseRatio(2.0).trunkAngleChangeEarlyDeg(6));
    RepContext together = context(full(), clean());
    List<FaultCode> found =
        List.of(shot, together).stream()
            .flatMap(c -> FaultDetector.judge(c, Map.of()).faults().stream())
            .map(Fault::code)
            .toList();
    assertThat(found).containsExactly(FaultCode.HIPS_SHOOT_UP);
  }

  @Test
  void theRiseRatioSetsTheSeverityAndIsTheEvidence() {
    Finding f =
        judge(rule, context(full(), clean().hipShoulderRiseRatio(1.93).trunkAngleChangeEarlyDeg(6)))
            .orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.MODERATE);
    assertThat(f.phase()).isEqualTo(PhaseName.FLOOR_TO_KNEE);
    assertThat(f.evidence())
        .isEqualTo(
            new Evidence(
                "hipShoulderRiseRatio", 1.93, 1.2, HandMadeReps.FLOOR_BREAK, HandMadeReps.KNEE));
    assertThat(f.confidence()).isEqualTo(HipsShootUp.CONFIDENCE);
  }

  @Test
  void hipsRisingFastWhileTheTrunkStaysAsSteepAreNotShootingUp() {
    assertThat(
            judge(
                rule, context(full(), clean().hipShoulderRiseRatio(3).trunkAngleChangeEarlyDeg(2))))
        .isEmpty();
  }

  @Test
  void aPullThatStartsAboveTheKneesHasNoEarlyPullToJudge() {
    assertThat(
            judge(
                rule,
                context(
                    HandMadeReps.fromAboveTheKnees(),
                    clean().hipShoulderRiseRatio(3).trunkAngleChangeEarlyDeg(10))))
        .isEmpty();
  }

  @Test
  void itNeedsASideView() {
    assertThat(rule.needs()).containsExactly(Requirement.SIDE_VIEW);
  }
}
