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
  void leaningBackAtLockoutIsFlaggedOverTheLockout() {
    Finding f = judge(rule, context(full(), clean().trunkAngleLockoutDeg(-15))).orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.MODERATE);
    assertThat(f.phase()).isEqualTo(PhaseName.LOCKOUT);
    assertThat(f.evidence()).isEqualTo(new Evidence("trunkAngleLockoutDeg", -15, -8, 40, 50));
  }

  @Test
  void standingTallIsNot() {
    assertThat(judge(rule, context(full(), clean().trunkAngleLockoutDeg(-5)))).isEmpty();
  }

  @Test
  void aPartialRepHasNoLockoutToJudge() {
    assertThat(
            judge(
                rule, context(HandMadeReps.fromAboveTheKnees(), clean().trunkAngleLockoutDeg(-25))))
        .isEmpty();
  }
}
