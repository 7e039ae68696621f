package dev.hinge.faults;

import static dev.hinge.faults.HandMadeReps.clean;
import static dev.hinge.faults.HandMadeReps.context;
import static dev.hinge.faults.HandMadeReps.full;
import static dev.hinge.faults.HandMadeReps.judge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.reps.PhaseName;
import org.junit.jupiter.api.Test;

class LockoutHyperextensionTest {
  final LockoutHyperextension rule = new LockoutHyperextension();

  @Test
  void leaningBackWithTheHipsPushedPastStraightIsFlaggedOverTheLockout() {
    Finding f = judge(rule, context(full(), clean().leanBackAtTheTop(15.2, 191))).orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.MODERATE);
    assertThat(f.phase()).isEqualTo(PhaseName.LOCKOUT);
    assertThat(f.evidence()).isEqualTo(new Evidence("leanBackPeakDeg", 15.2, 10, 40, 50));
  }

  @Test
  void aTallLockoutWithTheShouldersBackIsNot() {
    // the shoulder landmark sits behind the hip's when the chest is up: 10° with straight hips
    assertThat(judge(rule, context(full(), clean().leanBackAtTheTop(10.5, 183)))).isEmpty();
    assertThat(judge(rule, context(full(), clean().leanBackAtTheTop(10.5, 190)))).isPresent();
  }

  @Test
  void fifteenDegreesBackIsALeanWhateverTheHiddenHipsRead() {
    Finding f = judge(rule, context(full(), clean().leanBackAtTheTop(16, 165))).orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.MILD);
    assertThat(f.evidence().threshold()).isEqualTo(15);
  }

  @Test
  void aPartialRepHasNoLockoutToJudge() {
    RepContext c = context(HandMadeReps.fromAboveTheKnees(), clean().leanBackAtTheTop(25, 200));
    assertThat(rule.notJudged(c)).isPresent();
    assertThat(rule.notJudged(context(full(), clean()))).isEmpty();
  }
}
