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

  @Test
  void extendedHipsUnderAnUprightTrunkAreALockoutWhateverTheHiddenKneesSay() {
    // plates hide the shins: the knee angle reads 137° at a lockout with the trunk upright
    Kinematics hidden =
        HandMadeKinematics.frames(10, 30)
            .hipDeg(i -> 166)
            .kneeDeg(i -> 137)
            .trunkDeg(i -> 4)
            .build();
    assertThat(Lockout.extended(hidden, 5)).isTrue();
    // the same knees with the trunk still 30° forward: the bar is above the knees, not locked out
    Kinematics leaning =
        HandMadeKinematics.frames(10, 30)
            .hipDeg(i -> 166)
            .kneeDeg(i -> 137)
            .trunkDeg(i -> 30)
            .build();
    assertThat(Lockout.extended(leaning, 5)).isFalse();
    assertThat(Lockout.extendedWithin(leaning, 0, 9)).isFalse();
    Kinematics bentHips =
        HandMadeKinematics.frames(10, 30).hipDeg(i -> 140).trunkDeg(i -> 0).build();
    assertThat(Lockout.extended(bentHips, 5)).isFalse();
  }
}
