package dev.hinge.faults;

import static dev.hinge.faults.HandMadeReps.clean;
import static dev.hinge.faults.HandMadeReps.context;
import static dev.hinge.faults.HandMadeReps.full;
import static dev.hinge.faults.HandMadeReps.judge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.reps.PhaseName;
import org.junit.jupiter.api.Test;

class BarDriftTest {
  final BarDrift rule = new BarDrift();

  @Test
  void aBarThatBowsForwardIsFlaggedInThePhaseWhereItWasFarthest() {
    Finding f = judge(rule, context(full(), clean().barExcursion(15.04, 15))).orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.MODERATE);
    assertThat(f.phase()).isEqualTo(PhaseName.FLOOR_TO_KNEE);
    assertThat(f.evidence()).isEqualTo(new Evidence("barExcursionCm", 15.0, 10, 15, 15));
  }

  @Test
  void aNearlyVerticalBarPathIsNoFault() {
    assertThat(judge(rule, context(full(), clean().barExcursion(8, 30)))).isEmpty();
  }

  @Test
  void handsHiddenOnMoreThanASixthOfThePullLeaveItNotJudged() {
    RepContext c = context(full(), clean().barExcursion(25, 30).handsSeenShare(0.8));
    assertThat(rule.notJudged(c)).hasValueSatisfying(why -> assertThat(why).contains("20 %"));
  }

  @Test
  void itNeedsTheHandsInFrameButNotTheFeet() {
    assertThat(rule.needs()).contains(Requirement.HANDS).doesNotContain(Requirement.FEET);
  }
}
