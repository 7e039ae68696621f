package dev.hinge.reps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.kinematics.Kinematics;
import dev.hinge.testing.HandMadeKinematics;
import org.junit.jupiter.api.Test;

class LockoutTest {
  @Test
  void lockoutWaitsForTheHipsAndKneesToExtend() {
    Kinematics k =
        HandMadeKinematics.frames(60, 30)
            .hipDeg(i -> i < 40 ? 120 : 170)
            .kneeDeg(i -> i < 35 ? 150 : 175)
            .build();
    assertThat(Lockout.notBeforeExtended(k, 30, 55)).isEqualTo(40);
  }

  @Test
  void aLockoutAlreadyExtendedStays() {
    assertThat(Lockout.notBeforeExtended(HandMadeKinematics.frames(60, 30).build(), 30, 55))
        .isEqualTo(30);
  }

  @Test
  void hipsThatNeverExtendBeforeTheDescentLeaveTheLockoutWhereTheSpeedPutIt() {
    Kinematics k = HandMadeKinematics.frames(60, 30).hipDeg(i -> i < 50 ? 120 : 170).build();
    assertThat(Lockout.notBeforeExtended(k, 30, 45)).isEqualTo(30);
  }
}
