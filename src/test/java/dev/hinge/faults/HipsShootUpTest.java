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
    RepContext shot = context(full(), clean().trunkAngleKneeDeg(72).trunkAngleChangeEarlyDeg(4));
    RepContext together = context(full(), clean());
    List<FaultCode> found =
        List.of(shot, together).stream()
            .flatMap(c -> FaultDetector.judge(c, Map.of()).faults().stream())
            .map(Fault::code)
            .toList();
    assertThat(found).containsExactly(FaultCode.HIPS_SHOOT_UP);
  }

  @Test
  void theBackAngleAtTheKneesSetsTheSeverityAndIsTheEvidence() {
    Finding f =
        judge(rule, context(full(), clean().trunkAngleKneeDeg(71.5).trunkAngleChangeEarlyDeg(3)))
            .orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.MODERATE);
    assertThat(f.phase()).isEqualTo(PhaseName.FLOOR_TO_KNEE);
    assertThat(f.evidence())
        .isEqualTo(
            new Evidence(
                "trunkAngleKneeDeg", 71.5, 62, HandMadeReps.FLOOR_BREAK, HandMadeReps.KNEE));
    assertThat(f.confidence()).isEqualTo(HipsShootUp.CONFIDENCE);
  }

  @Test
  void aNearHorizontalBackThatRisesFromTheFloorIsAGoodHingeNotShootingUp() {
    // 74° at the floor, 64° at the knees: the chest came up, the hips did not lead
    assertThat(
            judge(
                rule, context(full(), clean().trunkAngleKneeDeg(64).trunkAngleChangeEarlyDeg(-10))))
        .isEmpty();
    assertThat(
            judge(
                rule, context(full(), clean().trunkAngleKneeDeg(64).trunkAngleChangeEarlyDeg(-4))))
        .isPresent();
  }

  @Test
  void aPullThatStartsAboveTheKneesHasNoEarlyPullToJudge() {
    assertThat(
            judge(
                rule,
                context(
                    HandMadeReps.fromAboveTheKnees(),
                    clean().trunkAngleKneeDeg(80).trunkAngleChangeEarlyDeg(10))))
        .isEmpty();
  }

  @Test
  void handsHiddenOnAQuarterOfThePullLeaveItNotJudged() {
    RepContext c = context(full(), clean().trunkAngleKneeDeg(80).handsSeenShare(0.75));
    assertThat(rule.notJudged(c)).hasValueSatisfying(why -> assertThat(why).contains("25 %"));
    assertThat(rule.notJudged(context(full(), clean()))).isEmpty();
  }

  @Test
  void itNeedsASideViewWithTheTrunkInThePictureButNotTheHands() {
    // the hands are needed per rep (notJudged above), not for the whole set
    assertThat(rule.needs()).containsExactly(Requirement.SIDE_VIEW, Requirement.TORSO);
  }
}
