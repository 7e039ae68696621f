package dev.hinge.faults;

import static dev.hinge.faults.HandMadeReps.clean;
import static dev.hinge.faults.HandMadeReps.context;
import static dev.hinge.faults.HandMadeReps.full;
import static dev.hinge.faults.HandMadeReps.judge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.reps.PhaseName;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RoundedBackTest {
  final RoundedBack rule = new RoundedBack();

  @Test
  void aSilhouetteBentForwardEarlyInThePullIsARoundedBack() {
    Finding f = judge(rule, context(full(), clean(), frame -> OptionalDouble.of(55))).orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.MODERATE);
    assertThat(f.evidence())
        .isEqualTo(
            new Evidence("backBendDeg", 55, 40, HandMadeReps.FLOOR_BREAK, HandMadeReps.KNEE));
    assertThat(f.confidence()).isEqualTo(BackBend.CONFIDENCE);
  }

  /**
   * Clean pulls' silhouettes read up to +26° on the development set, and another camera's copy of
   * the same pull reads up to 14° away (90th percentile): +35° is within that reach of a clean
   * back.
   */
  @Test
  void aSilhouetteWithinTheCameraSpreadOfACleanBackIsNoFault() {
    assertThat(judge(rule, context(full(), clean(), frame -> OptionalDouble.of(35)))).isEmpty();
  }

  @Test
  void aNeutralSilhouetteIsNoFaultWhateverTheLandmarksSay() {
    RepContext c =
        context(
            full(),
            clean().trunkChordRatio(0.7).headAngleDeg(-30),
            frame -> OptionalDouble.of(-20));
    assertThat(judge(rule, c)).isEmpty();
  }

  @Test
  void withoutASilhouetteAShortTrunkWithTheHeadDroppedIsARoundedBackAtLowConfidence() {
    Finding f =
        judge(rule, context(full(), clean().trunkChordRatio(0.82).headAngleDeg(-25))).orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.MODERATE);
    assertThat(f.evidence().metric()).isEqualTo("trunkChordRatio");
    assertThat(f.confidence()).isEqualTo(RoundedBack.GEOMETRY_CONFIDENCE);
  }

  @Test
  void withoutASilhouetteAShortTrunkWithTheHeadUpIsNot() {
    assertThat(judge(rule, context(full(), clean().trunkChordRatio(0.7).headAngleDeg(-10))))
        .isEmpty();
  }

  @Test
  void aPullFromAboveTheKneesIsJudgedWhereItStarts() {
    Finding f =
        judge(
                rule,
                context(HandMadeReps.fromAboveTheKnees(), clean(), frame -> OptionalDouble.of(65)))
            .orElseThrow();
    assertThat(f.phase()).isEqualTo(PhaseName.KNEE_TO_LOCKOUT);
    assertThat(f.severity()).isEqualTo(Severity.SEVERE);
    // the first half of knee→lockout
    assertThat(f.evidence().fromFrame()).isEqualTo(HandMadeReps.FLOOR_BREAK);
    assertThat(f.evidence().toFrame()).isEqualTo(25);
  }

  @Test
  void shouldersAsLowAsTheHipsWithTheBarOnTheFloorAreARoundedReachWhateverTheSilhouette() {
    Finding f =
        judge(new RoundedBack(), context(full(), clean().trunkAngleFloorDeg(95.3))).orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.MODERATE);
    assertThat(f.evidence().metric()).isEqualTo("trunkAngleFloorDeg");
    assertThat(f.evidence().threshold()).isEqualTo(85);
    assertThat(f.confidence()).isEqualTo(RoundedBack.REACH_CONFIDENCE);
    // a conventional start, trunk 50-78° from vertical, is not
    assertThat(judge(new RoundedBack(), context(full(), clean().trunkAngleFloorDeg(78)))).isEmpty();
    // and a pull that starts above the knees has no floor position to read
    assertThat(
            judge(
                new RoundedBack(),
                context(HandMadeReps.fromAboveTheKnees(), clean().trunkAngleFloorDeg(95))))
        .isEmpty();
  }
}
