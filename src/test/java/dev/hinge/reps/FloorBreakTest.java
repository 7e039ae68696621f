package dev.hinge.reps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.kinematics.Joint;
import dev.hinge.testing.HandMadeKinematics;
import java.util.Arrays;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Where the bar leaves the floor, on bars with a known floor break. */
class FloorBreakTest {
  static boolean[] present(int n) {
    boolean[] p = new boolean[n];
    Arrays.fill(p, true);
    return p;
  }

  /** Resting at 0.2 m until {@code from}, then rising with the square of the time. */
  static double[] rising(int n, int from, double rate) {
    double[] h = new double[n];
    for (int i = 0; i < n; i++) {
      h[i] = 0.2 + (i <= from ? 0 : rate * (i - from) * (i - from));
    }
    return h;
  }

  @Test
  void theBarsDepartureIsFittedWhereItLeavesItsRest() {
    double[] h = rising(80, 30, 0.0005);
    assertThat(FloorBreak.barDeparture(h, present(80), 21, 33, 60, 0, 9)).isEqualTo(30);
  }

  @Test
  void aGrindsLateStartIsWalkedBackToWhereTheBarLeftTheFloor() {
    // 0.0001 m per frame²: 4 cm up 20 frames after the break, where the speed first shows it
    double[] h = rising(140, 30, 0.0001);
    int late = 50;
    assertThat(FloorBreak.slowStart(h, present(140), 0, late, 120, 9)).isBetween(29, 31);
  }

  @Test
  void aStartWithTheBarStillAtItsRestStaysWhereItIs() {
    double[] h = rising(80, 30, 0.0005);
    assertThat(FloorBreak.slowStart(h, present(80), 0, 30, 60, 9)).isEqualTo(30);
  }

  @Test
  void theFitEndsAtFifteenPercentOfTheTravel() {
    double[] h = rising(80, 30, 0.0005); // top 0.2 + 0.0005 * 49² ≈ 1.40 m at frame 79
    int to = FloorBreak.fitEnd(h, 60, 0, 0.2);
    assertThat(h[to] - 0.2).isLessThanOrEqualTo(0.15 * (h[79] - 0.2));
    assertThat(h[to + 1] - 0.2).isGreaterThan(0.15 * (h[79] - 0.2));
  }

  @Test
  void aBarAtFullSpeedAtOnceIsAYankAndAGentleStartIsNot() {
    var yank =
        HandMadeKinematics.frames(60, 30)
            .up(Joint.WRIST, i -> i <= 30 ? 0.2 : 0.2 + (i - 30) / 30.0)
            .build();
    var gentle =
        HandMadeKinematics.frames(60, 30)
            .up(Joint.WRIST, i -> 0.2 + 0.25 * (1 - Math.cos(Math.PI * Math.min(i, 30) / 30.0)))
            .build();
    assertThat(FloorBreak.yank(yank, 29)).isTrue();
    assertThat(FloorBreak.yank(gentle, 0)).isFalse();
  }

  @Test
  void aTrunkThatStartsMovingWithTheBarAlreadyHalfWayUpDoesNotMoveTheFloorBreak() {
    // the bar leaves at frame 20 and locks out at 50; the hips bounce in the set-up, so the
    // trunk's own speed ramp is read as starting at frame 40, with the bar two thirds up
    var k =
        HandMadeKinematics.frames(70, 30)
            .up(Joint.WRIST, i -> i <= 20 ? 0.2 : i >= 50 ? 0.8 : 0.2 + 0.6 * (i - 20) / 30.0)
            .build();
    double[] trunk = new double[70];
    for (int i = 40; i < 70; i++) {
      trunk[i] = Math.min(1, (i - 40) / 5.0);
    }
    assertThat(FloorBreak.notBeforeTheTrunk(k, trunk, 20, 0, 20, 50, 9)).isEqualTo(20);
  }

  /** Hands and shoulders resting until frame 20, the bar then rising 25 cm slowly, then fast. */
  static HandMadeKinematics slowThenFast(boolean shouldersWithIt) {
    IntToDoubleFunction bar =
        i ->
            i <= 20
                ? 0.2
                : i <= 50
                    ? 0.2 + 0.25 * (i - 20) / 30.0
                    : Math.min(0.8, 0.45 + 0.35 * (i - 50) / 15.0);
    return HandMadeKinematics.frames(90, 30)
        .up(Joint.WRIST, bar)
        .up(Joint.SHOULDER, i -> shouldersWithIt ? 0.8 + bar.applyAsDouble(i) : 1.0);
  }

  /** The trunk's speed, ramping up only from frame 50, where the fast part of the pull starts. */
  static double[] lateTrunkRamp() {
    double[] trunk = new double[90];
    for (int i = 50; i < 90; i++) {
      trunk[i] = Math.min(1, (i - 50) / 5.0);
    }
    return trunk;
  }

  @Test
  void aSlowStartThatTookTheShouldersUpKeepsItsFloorBreakBeforeTheTrunksRamp() {
    var k = slowThenFast(true).build();
    assertThat(FloorBreak.pulledBefore(k, 20, 48)).isTrue();
    assertThat(FloorBreak.notBeforeTheTrunk(k, lateTrunkRamp(), 20, 0, 20, 65, 9)).isEqualTo(20);
  }

  @Test
  void handsRisingAloneBeforeTheTrunkMovesAreNoPull() {
    var k = slowThenFast(false).build();
    assertThat(FloorBreak.pulledBefore(k, 20, 48)).isFalse();
    assertThat(FloorBreak.notBeforeTheTrunk(k, lateTrunkRamp(), 20, 0, 20, 65, 9))
        .isGreaterThan(40);
  }

  @Test
  void handsAndShouldersTogetherNoFurtherThanAWanderAreNoPull() {
    // 10 cm each, as a hand-held camera's tilt moved rex_deadlift's lifter before his pull
    var k =
        HandMadeKinematics.frames(60, 30)
            .up(Joint.WRIST, i -> 0.2 + Math.min(0.1, 0.005 * i))
            .up(Joint.SHOULDER, i -> 1.0 + Math.min(0.1, 0.005 * i))
            .build();
    assertThat(FloorBreak.pulledBefore(k, 0, 40)).isFalse();
  }
}
