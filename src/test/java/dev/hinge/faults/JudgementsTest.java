package dev.hinge.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.kinematics.CameraCheck;
import dev.hinge.kinematics.View;
import dev.hinge.kinematics.ViewKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JudgementsTest {
  static CameraCheck camera(ViewKind view, double fps, double head, double hands, double feet) {
    return new CameraCheck(new View(view, 1), fps, head, hands, feet, List.of());
  }

  @Test
  void aGoodSideViewWithTheSilhouetteSupportsEveryRule() {
    assertThat(Judgements.skipped(camera(ViewKind.SIDE, 30, 1, 1, 1), true)).isEmpty();
  }

  @Test
  void aFrontViewLeavesOnlyTheBarsSpeedToJudge() {
    Map<FaultCode, String> skipped = Judgements.skipped(camera(ViewKind.FRONT, 30, 1, 1, 1), true);
    assertThat(skipped).doesNotContainKeys(FaultCode.TOO_HEAVY, FaultCode.JERKING_THE_BAR);
    assertThat(skipped).hasSize(FaultCode.values().length - 2);
    assertThat(skipped.get(FaultCode.OVER_ARCHED_BACK)).startsWith("needs a side view");
  }

  @Test
  void aLowFrameRateSkipsOnlyTheTimingOfTheFloorBreak() {
    assertThat(Judgements.skipped(camera(ViewKind.SIDE, 20, 1, 1, 1), true))
        .containsOnlyKeys(FaultCode.JERKING_THE_BAR);
  }

  @Test
  void eachSkippedRuleGivesTheReasonOfItsFirstUnmetNeed() {
    Map<FaultCode, String> skipped =
        Judgements.skipped(camera(ViewKind.SIDE, 30, 0.5, 0.5, 0.5), false);
    assertThat(skipped.get(FaultCode.OVER_ARCHED_BACK)).contains("head");
    assertThat(skipped.get(FaultCode.BAR_DRIFT)).contains("hands");
    assertThat(skipped.get(FaultCode.TOO_HEAVY)).contains("hands");
    assertThat(skipped)
        .doesNotContainKeys(FaultCode.HIPS_SHOOT_UP, FaultCode.SQUATTING_THE_DEADLIFT);
  }

  @Test
  void hipsOrShouldersOutOfThePictureSkipTheRulesThatReadTheTrunk() {
    CameraCheck cut =
        new CameraCheck(new View(ViewKind.SIDE, 1), 30, 1, 1, 1, 0.71, Double.NaN, List.of());
    Map<FaultCode, String> skipped = Judgements.skipped(cut, true);
    assertThat(skipped)
        .containsOnlyKeys(
            FaultCode.HIPS_SHOOT_UP,
            FaultCode.SQUATTING_THE_DEADLIFT,
            FaultCode.ROUNDED_BACK,
            FaultCode.OVER_ARCHED_BACK,
            FaultCode.LOCKOUT_HYPEREXTENSION,
            FaultCode.HEAD_POSITION);
    assertThat(skipped.get(FaultCode.ROUNDED_BACK)).contains("hips or shoulders are out of frame");
  }

  @Test
  void withoutTheSilhouetteOnlyTheArchIsSkipped() {
    assertThat(Judgements.skipped(camera(ViewKind.SIDE, 30, 1, 1, 1), false))
        .containsOnlyKeys(FaultCode.OVER_ARCHED_BACK);
  }

  @Test
  void anObliqueViewLeavesTheAnglesInThePictureUnjudged() {
    Map<FaultCode, String> skipped =
        Judgements.skipped(camera(ViewKind.OBLIQUE, 30, 1, 1, 1), true);
    assertThat(skipped.get(FaultCode.HIPS_SHOOT_UP)).contains("at an angle", "foreshortens");
    assertThat(skipped).doesNotContainKeys(FaultCode.JERKING_THE_BAR, FaultCode.TOO_HEAVY);
  }
}
