package dev.hinge.faults;

import static dev.hinge.faults.HandMadeReps.clean;
import static dev.hinge.faults.HandMadeReps.context;
import static dev.hinge.faults.HandMadeReps.full;
import static dev.hinge.faults.HandMadeReps.judge;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class OverArchedBackTest {
  final OverArchedBack rule = new OverArchedBack();

  @Test
  void aSilhouetteBentFarIntoExtensionIsAnArchedBack() {
    Finding f =
        judge(rule, context(full(), clean(), frame -> OptionalDouble.of(-62))).orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.MODERATE);
    assertThat(f.evidence().value()).isEqualTo(-62);
    assertThat(f.evidence().threshold()).isEqualTo(-50);
  }

  /**
   * A clean pull of the development set reads −33° (jur_deadlift2), and a mirrored copy of it
   * −42.5°: another camera moves the silhouette's reading by up to 14° (90th percentile).
   */
  @Test
  void aSilhouetteWithinTheCameraSpreadOfACleanBackIsNoFault() {
    assertThat(judge(rule, context(full(), clean(), frame -> OptionalDouble.of(-45)))).isEmpty();
  }

  @Test
  void aNeutralBackReadsAboutMinusTwentyAndIsNoFault() {
    assertThat(judge(rule, context(full(), clean(), frame -> OptionalDouble.of(-20)))).isEmpty();
  }

  @Test
  void aSilhouetteSeenInTooFewFramesOfTheEarlyPullIsNotJudged() {
    RepContext c =
        context(
            full(),
            clean(),
            frame ->
                frame == HandMadeReps.FLOOR_BREAK
                    ? OptionalDouble.of(-60)
                    : OptionalDouble.empty());
    assertThat(rule.notJudged(c))
        .hasValueSatisfying(why -> assertThat(why).contains("frames 10–20"));
  }

  @Test
  void landmarksAloneCannotJudgeIt() {
    assertThat(rule.needs()).contains(Requirement.BACK_SILHOUETTE);
    assertThat(rule.notJudged(context(full(), clean()))).isEmpty();
    assertThat(judge(rule, context(full(), clean().trunkChordRatio(0.5)))).isEmpty();
  }
}
