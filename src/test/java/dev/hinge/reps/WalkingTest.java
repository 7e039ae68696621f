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

  /**
   * 60 frames of a pull: mid-foot goes {@code feet} metres over frames 20..40, the shoulders {@code
   * shoulders} metres.
   */
  static Kinematics pull(double feet, double shoulders) {
    return HandMadeKinematics.frames(60, 30)
        .midFoot(i -> feet * Math.max(0, Math.min(20, i - 20)) / 20)
        .forward(Joint.SHOULDER, i -> shoulders * Math.max(0, Math.min(20, i - 20)) / 20)
        .build();
  }

  @Test
  void feetThatEndWhereTheyStartedDidNotWalkDuringThePull() {
    Kinematics wander =
        HandMadeKinematics.frames(40, 30)
            .midFoot(i -> i > 15 && i < 25 ? 0.3 : 0)
            .forward(Joint.SHOULDER, i -> i > 15 && i < 25 ? 0.3 : 0)
            .build();
    assertThat(Walking.duringPull(wander, 0, 39)).isFalse();
  }

  @Test
  void aStepTheShouldersGoAlongWithIsWalkingDuringThePull() {
    assertThat(Walking.duringPull(pull(0.25, 0.39), 0, 59)).isTrue();
    assertThat(Walking.duringPull(pull(-0.2, -0.05), 0, 59)).isTrue();
    // a shuffle of the feet is no step
    assertThat(Walking.duringPull(pull(0.12, 0.3), 0, 59)).isFalse();
  }

  @Test
  void feetThatSeemToGoForwardWhileTheShouldersGoBackAreLandmarksWanderingBehindThePlates() {
    // in a pull the shoulders move back over the heels while planted feet stay; feet hidden by
    // the plates at the floor sit too far back and come forward once the bar passes the knees
    // (15-33 cm on mirrored, rotated, darkened and far copies of real clips)
    assertThat(Walking.duringPull(pull(0.2, -0.2), 0, 59)).isFalse();
    assertThat(Walking.duringPull(pull(-0.2, 0.2), 0, 59)).isFalse();
    // shoulders that stay (within the landmarks' jitter) did not walk either
    assertThat(Walking.duringPull(pull(0.2, 0.01), 0, 59)).isFalse();
  }

  @Test
  void netTravelIsTheLastQuarterAgainstTheFirst() {
    double[] x = new double[40];
    for (int i = 0; i < 40; i++) {
      x[i] = i < 20 ? 0 : 0.5;
    }
    x[5] = 9; // one wild frame in the first quarter does not move its median
    assertThat(Walking.netTravel(x, 0, 39)).isCloseTo(0.5, within(1e-12));
    assertThat(Walking.netTravel(x, 20, 39)).isZero();
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
