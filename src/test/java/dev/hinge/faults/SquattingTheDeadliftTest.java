package dev.hinge.faults;

import static dev.hinge.faults.HandMadeReps.clean;
import static dev.hinge.faults.HandMadeReps.context;
import static dev.hinge.faults.HandMadeReps.full;
import static dev.hinge.faults.HandMadeReps.judge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.reps.PhaseName;
import dev.hinge.testing.HandMadeKinematics;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SquattingTheDeadliftTest {
  final SquattingTheDeadlift rule = new SquattingTheDeadlift();

  @Test
  void hipsStartingAsLowAsTheKneesAreASquatStart() {
    Finding f = judge(rule, context(full(), clean().thighElevationSetupMinDeg(3.04))).orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.MODERATE);
    assertThat(f.phase()).isEqualTo(PhaseName.SETUP);
    assertThat(f.evidence().metric()).isEqualTo("thighElevationSetupMinDeg");
    assertThat(f.evidence().value()).isEqualTo(3.0);
    assertThat(f.evidence().threshold()).isEqualTo(8);
  }

  @Test
  void hipsWellAboveTheKneesAreAHinge() {
    assertThat(
            judge(
                rule,
                context(full(), clean().thighElevationStartDeg(6).thighElevationSetupMinDeg(18))))
        .isEmpty();
  }

  @Test
  void hiddenKneesAtTheFloorBreakLeaveItNotJudgedSayingWhy() {
    Kinematics k =
        HandMadeKinematics.frames(80, 30)
            .visibility(Joint.KNEE, i -> Math.abs(i - HandMadeReps.FLOOR_BREAK) <= 1 ? 0.2 : 1)
            .build();
    RepContext c = context(k, full(), clean().thighElevationSetupMinDeg(2));
    assertThat(rule.notJudged(c)).hasValueSatisfying(why -> assertThat(why).contains("knees"));
    assertThat(FaultDetector.judge(c, Map.of()).faults()).isEmpty();
    assertThat(FaultDetector.judge(c, Map.of()).notJudged())
        .containsKey(FaultCode.SQUATTING_THE_DEADLIFT);
  }

  @Test
  void handsHiddenOnMostOfTheSetUpLeaveItNotJudged() {
    RepContext c =
        context(full(), clean().thighElevationSetupMinDeg(5.5).setupHandsSeenShare(0.13));
    assertThat(rule.notJudged(c))
        .hasValueSatisfying(why -> assertThat(why).contains("87 %").contains("set-up"));
    assertThat(FaultDetector.judge(c, Map.of()).faults()).isEmpty();
    // seen on half of it: judged
    assertThat(rule.notJudged(context(full(), clean().setupHandsSeenShare(0.5)))).isEmpty();
  }

  @Test
  void kneesSeenAtTheFloorBreakAreJudged() {
    assertThat(rule.notJudged(context(full(), clean()))).isEmpty();
  }
}
