package dev.hinge.reps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.testing.HandMadeKinematics;
import org.junit.jupiter.api.Test;

class WalkingTest {
  /** Standing 20 frames, then (from frame 20 to 40) the feet move {@code metres} across. */
  static Kinematics feetMoving(double metres) {
    return HandMadeKinematics.frames(60, 30)
        .midFoot(i -> metres * Math.max(0, Math.min(20, i - 20)) / 20)
        .up(Joint.KNEE, i -> 0.5)
        .up(Joint.HIP, i -> 0.9)
        .up(Joint.SHOULDER, i -> 1.4)
        .build();
  }

  @Test
  void feetThatLeaveWhereTheLifterStoodByMoreThanThirtyCentimetresWalkedOff() {
    Walking.Walk w = Walking.away(feetMoving(0.8), 0, 59);
    assertThat(w.acrossM()).isCloseTo(0.8, within(1e-9));
    assertThat(w.walkedOff()).isTrue();
  }

  @Test
  void shufflingTheFeetIsNoWalk() {
    assertThat(Walking.away(feetMoving(0.05), 0, 59).walkedOff()).isFalse();
  }

  @Test
  void looking30PercentLargerIsWalkingTowardsTheCamera() {
    Kinematics k =
        HandMadeKinematics.frames(60, 30)
            .up(Joint.KNEE, i -> 0.5 * grow(i))
            .up(Joint.HIP, i -> 0.9 * grow(i))
            .up(Joint.SHOULDER, i -> 1.4 * grow(i))
            .build();
    Walking.Walk w = Walking.away(k, 0, 59);
    assertThat(w.sizeChange()).isCloseTo(0.3, within(1e-9));
    assertThat(w.acrossM()).isZero();
    assertThat(w.walkedOff()).isTrue();
  }

  static double grow(int i) {
    return 1 + 0.3 * Math.max(0, Math.min(20, i - 20)) / 20;
  }

  @Test
  void feetThatEndWhereTheyStartedDidNotWalkDuringThePull() {
    Kinematics wander =
        HandMadeKinematics.frames(40, 30).midFoot(i -> i > 15 && i < 25 ? 0.3 : 0).build();
    assertThat(Walking.duringPull(wander, 0, 39)).isFalse();
    assertThat(Walking.duringPull(feetMoving(0.8), 0, 59)).isTrue();
  }

  @Test
  void legLandmarksThatWanderBehindThePlatesAloneAreNoWalk() {
    // the shins' landmarks slide 28 % shorter (plates hiding them); the trunk keeps its length
    Kinematics k =
        HandMadeKinematics.frames(60, 30)
            .up(Joint.ANKLE, i -> 0.3 * (1 - Math.min(1, Math.max(0, i - 20) / 20.0)) + 0.1)
            .up(Joint.KNEE, i -> 0.5)
            .up(Joint.HIP, i -> 0.9)
            .up(Joint.SHOULDER, i -> 1.4)
            .build();
    assertThat(Walking.away(k, 0, 59).walkedOff()).isFalse();
  }

  @Test
  void sizeChangesCountAsFarAsLegsAndTrunkAgree() {
    assertThat(Walking.agreed(0.3, 0.25)).isEqualTo(0.25);
    assertThat(Walking.agreed(-0.28, 0.01)).isZero();
    assertThat(Walking.agreed(-0.2, -0.35)).isEqualTo(-0.2);
  }

  @Test
  void theLifterLeavesHisPlaceWhereHisFeetHaveMovedFifteenCentimetres() {
    // feet from 0 at frame 20 to 0.8 m at frame 40: 4 cm a frame, past 15 cm in the window
    // starting at frame 23 (median of frames 23..26 is 0.18 m)
    int left = Walking.leaves(feetMoving(0.8), 0, 59);
    assertThat(left).isBetween(21, 25);
    assertThat(Walking.leaves(feetMoving(0.05), 0, 59)).isEqualTo(-1);
  }

  @Test
  void theLifterLeavesHisPlaceWhereHeTurnsToTheCamera() {
    Kinematics k = HandMadeKinematics.frames(60, 30).turned(i -> i >= 33).build();
    assertThat(Walking.leaves(k, 0, 59)).isEqualTo(33);
    assertThat(Walking.leaves(k, 0, 30)).isEqualTo(-1);
  }

  @Test
  void theLifterLeavesHisPlaceWhenHeLooksTenPercentLarger() {
    Kinematics k =
        HandMadeKinematics.frames(60, 30)
            .up(Joint.KNEE, i -> 0.5 * grow(i))
            .up(Joint.HIP, i -> 0.9 * grow(i))
            .up(Joint.SHOULDER, i -> 1.4 * grow(i))
            .build();
    // 30 % over frames 20..40: 10 % by frame 27, the window's median two frames later
    assertThat(Walking.leaves(k, 0, 59)).isBetween(24, 29);
  }

  @Test
  void anEmptyStretchHasNoLeaving() {
    assertThat(Walking.leaves(feetMoving(0.8), 30, 29)).isEqualTo(-1);
  }
}
