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
  void leaningBackPastTheLegsIsFlaggedOverTheLockout() {
    Finding f = judge(rule, context(full(), clean().legsAtTheTop(19.2, -7))).orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.MODERATE);
    assertThat(f.phase()).isEqualTo(PhaseName.LOCKOUT);
    assertThat(f.evidence()).isEqualTo(new Evidence("leanBackFromLegsDeg", 19.2, 13, 40, 50));
  }

  @Test
  void aTallLockoutWithTheShouldersBackIsNot() {
    // the shoulder landmark sits behind the hip's when the chest is up: up to 11° past the legs
    assertThat(judge(rule, context(full(), clean().legsAtTheTop(11, 0)))).isEmpty();
    assertThat(judge(rule, context(full(), clean().legsAtTheTop(13.5, 0)))).isPresent();
  }

  /**
   * A tilted camera tilts the trunk and the legs alike: 17° back from the picture's vertical with
   * the legs 9.6° back (vic_deadlift's copy rotated 6°) is a tall lockout, and a lean of only 4°
   * from the picture's vertical with the legs 11° forward of it (bx_bad013's rotated copy) is the
   * named lean-back.
   */
  @Test
  void aTiltedCameraMovesNeitherReading() {
    assertThat(
            judge(
                rule, context(full(), clean().leanBackAtTheTop(17.3, 174).legsAtTheTop(7.7, 9.6))))
        .isEmpty();
    assertThat(
            judge(
                rule,
                context(full(), clean().leanBackAtTheTop(4.4, 188).legsAtTheTop(15.2, -10.9))))
        .isPresent();
  }

  @Test
  void legsReadFarFromVerticalAtTheTopAreNotJudged() {
    RepContext c = context(full(), clean().legsAtTheTop(30, -20));
    assertThat(rule.notJudged(c))
        .hasValueSatisfying(why -> assertThat(why).contains("legs were misread", "20°"));
    assertThat(rule.notJudged(context(full(), clean().legsAtTheTop(15, -14)))).isEmpty();
  }

  @Test
  void aPartialRepHasNoLockoutToJudge() {
    RepContext c = context(HandMadeReps.fromAboveTheKnees(), clean().legsAtTheTop(25, 0));
    assertThat(rule.notJudged(c)).isPresent();
    assertThat(rule.notJudged(context(full(), clean()))).isEmpty();
  }
}
