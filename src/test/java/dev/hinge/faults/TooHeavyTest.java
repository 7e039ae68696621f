package dev.hinge.faults;

import static dev.hinge.faults.HandMadeReps.clean;
import static dev.hinge.faults.HandMadeReps.context;
import static dev.hinge.faults.HandMadeReps.full;
import static dev.hinge.faults.HandMadeReps.judge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.reps.PhaseName;
import org.junit.jupiter.api.Test;

class TooHeavyTest {
  final TooHeavy rule = new TooHeavy();

  @Test
  void aRepThatGrindsAllTheWayUpIsTooHeavyAtTheScalesConfidence() {
    Finding f =
        judge(
                rule,
                context(
                    full(), clean().meanConcentricVelocityMps(0.16).peakConcentricVelocityMps(0.3)))
            .orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.MODERATE);
    assertThat(f.phase()).isEqualTo(PhaseName.KNEE_TO_LOCKOUT);
    // the hand-made scale is ±12 %
    assertThat(f.confidence()).isEqualTo(TooHeavy.GRIND_CONFIDENCE / 1.12);
  }

  @Test
  void aSlowPullThatStillSpeedsUpThroughLockoutIsNotAGrind() {
    assertThat(
            judge(
                rule,
                context(
                    full(),
                    clean().meanConcentricVelocityMps(0.16).peakConcentricVelocityMps(0.67))))
        .isEmpty();
  }

  @Test
  void aMissedPullIsSeverelyTooHeavyWithTheRiseItFellShortOf() {
    Finding f =
        judge(rule, context(HandMadeReps.missed(), clean().barRiseM(0.254).riseToLockoutM(0.5)))
            .orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.SEVERE);
    assertThat(f.phase()).isEqualTo(PhaseName.KNEE_TO_LOCKOUT);
    assertThat(f.evidence()).isEqualTo(new Evidence("barRiseM", 0.25, 0.5, 10, 30));
  }

  @Test
  void aPartialRepThatIsNotMissedIsNotJudgedOnItsSpeed() {
    assertThat(
            judge(
                rule,
                context(
                    HandMadeReps.fromAboveTheKnees(),
                    clean().meanConcentricVelocityMps(0.1).peakConcentricVelocityMps(0.2))))
        .isEmpty();
  }
}
