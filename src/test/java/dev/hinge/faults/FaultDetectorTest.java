package dev.hinge.faults;

import static dev.hinge.faults.HandMadeReps.clean;
import static dev.hinge.faults.HandMadeReps.context;
import static dev.hinge.faults.HandMadeReps.full;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultDetectorTest {
  @Test
  void aCleanPullHasNoFaultAndNothingNotJudged() {
    FaultDetector.Findings f = FaultDetector.judge(context(full(), clean()), Map.of());
    assertThat(f.faults()).isEmpty();
    assertThat(f.notJudged()).isEmpty();
  }

  @Test
  void faultsAreReportedInTheOrderOfTheRegistryWithTheRulesCueAndCause() {
    RepContext c =
        context(full(), clean().headAngleDeg(60).barExcursion(30, 15).thighElevationSetupMinDeg(3));
    assertThat(FaultDetector.judge(c, Map.of()).faults())
        .extracting(Fault::code)
        .containsExactly(
            FaultCode.SQUATTING_THE_DEADLIFT, FaultCode.BAR_DRIFT, FaultCode.HEAD_POSITION);
    Fault drift = FaultDetector.judge(c, Map.of()).faults().get(1);
    assertThat(drift.cue()).isEqualTo(new BarDrift().cue());
    assertThat(drift.cause()).isEqualTo(new BarDrift().cause());
  }

  @Test
  void aRuleTheCameraCannotSupportIsNeitherJudgedNorListedAsNotJudged() {
    RepContext c = context(full(), clean().headAngleDeg(60));
    FaultDetector.Findings f =
        FaultDetector.judge(c, Map.of(FaultCode.HEAD_POSITION, "the head is out of frame"));
    assertThat(f.faults()).isEmpty();
    assertThat(f.notJudged()).isEmpty();
  }

  @Test
  void theConfidenceIsReportedToTwoDecimals() {
    Fault f = Fault.of(FaultCode.BAR_DRIFT, new Finding(Severity.MILD, 0.7449, null, null));
    assertThat(f.confidence()).isEqualTo(0.74);
  }

  @Test
  void everyCodeHasARuleWithACueAndACause() {
    for (FaultCode code : FaultCode.values()) {
      assertThat(code.cue()).as("%s", code).isNotBlank();
      assertThat(code.cause()).as("%s", code).isNotBlank();
      assertThat(FaultCode.named(code.name())).contains(code);
    }
    assertThat(FaultCode.named("NO_SUCH_FAULT")).isEmpty();
  }

  @Test
  void aStartNoBodyCanMakeIsNotJudgedByAnyRuleWhateverItsMeasuresSay() {
    // a far camera's lifter folded through the thighs (hip 209°, knee 252°), read as rounded
    RepContext c =
        context(
            full(), clean().kneeAngleStartDeg(252).hipAngleStartDeg(209).trunkAngleFloorDeg(96));
    FaultDetector.Findings f = FaultDetector.judge(c, Map.of());
    assertThat(f.faults()).isEmpty();
    assertThat(f.notJudged()).containsOnlyKeys(FaultCode.values());
    assertThat(f.notJudged().get(FaultCode.ROUNDED_BACK))
        .startsWith(
            "the landmarks at the start of the pull draw no human pose (hip 209°, knee 252°");
    assertThat(context(full(), clean().hipAngleStartDeg(-136)).implausibleStart()).isPresent();
  }

  @Test
  void legsDrawnBackwardsKeepOnlyTheSquatOffTheBackIsStillRead() {
    // the mirrored jc_bad: knee 217° at the start, hip 112°, the back rounded
    RepContext c =
        context(
            full(), clean().kneeAngleStartDeg(217).hipAngleStartDeg(112).trunkAngleFloorDeg(96));
    FaultDetector.Findings f = FaultDetector.judge(c, Map.of());
    assertThat(f.faults()).extracting(Fault::code).contains(FaultCode.ROUNDED_BACK);
    assertThat(f.notJudged()).containsOnlyKeys(FaultCode.SQUATTING_THE_DEADLIFT);
    assertThat(f.notJudged().get(FaultCode.SQUATTING_THE_DEADLIFT))
        .startsWith("the knee reads 217° at the start of the pull");
    assertThat(context(full(), clean().kneeAngleStartDeg(26)).implausibleKnee()).isPresent();
  }

  @Test
  void theWidestStartsABodyMakesAreJudged() {
    // a deep squat-like start, an RDL's near-straight knees, a hip folded to the thighs: judged
    for (double[] kneeHip : new double[][] {{30, 15}, {195, 200}, {45, 40}, {170, 60}}) {
      RepContext c =
          context(full(), clean().kneeAngleStartDeg(kneeHip[0]).hipAngleStartDeg(kneeHip[1]));
      assertThat(c.implausibleStart()).as("knee %s hip %s", kneeHip[0], kneeHip[1]).isEmpty();
      assertThat(c.implausibleKnee()).as("knee %s hip %s", kneeHip[0], kneeHip[1]).isEmpty();
    }
    // and the rules then judge as before: a rounded reach is still found
    RepContext rounded = context(full(), clean().kneeAngleStartDeg(60).trunkAngleFloorDeg(96));
    assertThat(FaultDetector.judge(rounded, Map.of()).faults())
        .extracting(Fault::code)
        .contains(FaultCode.ROUNDED_BACK);
  }
}
