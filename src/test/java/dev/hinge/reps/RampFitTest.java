package dev.hinge.reps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The speed-ramp ends that place lockouts and descents, on ramps with known ends. */
class RampFitTest {
  /** A speed that falls linearly from 1 at frame 10 to 0 at frame 30, then stays at 0. */
  private static double[] fallingRamp() {
    double[] v = new double[45];
    for (int i = 0; i < v.length; i++) {
      v[i] = i <= 10 ? 1 : Math.max(0, 1 - (i - 10) / 20.0);
    }
    return v;
  }

  @Test
  void aStraightFallEndsWhereItReachesZero() {
    assertThat(RampFit.rampEnd(fallingRamp(), 40, 5, 1.0)).isEqualTo(30);
  }

  @Test
  void oneJitteryFrameInTheBandMovesTheEndByLessThanAFrame() {
    double[] v = fallingRamp();
    v[25] += 0.15; // at the quarter crossing, where two crossings would read it
    assertThat(RampFit.rampEnd(v, 40, 5, 1.0)).isBetween(29, 31);
  }

  @Test
  void aSpeedStillHighAtTheWindowsEndIsNotEndedAtAnEarlierDip() {
    // vic_deadlift's way down: a shift at lockout (0.5), a dip (0.13), a start that stutters (0.9,
    // 0.6), a fast drop peaking at 3.1 whose speed is still 0.84 where the bar enters the floor
    // band. The quarter and half crossings
    // found scanning back are of different dips; extended, they ended the descent 0.7 s early
    double[] v = new double[31];
    for (int i = 0; i < v.length; i++) {
      v[i] = i < 3 ? 0.05 : i < 8 ? 0.5 : i < 10 ? 0.13 : Math.min(3.1, 0.3 * (i - 10));
    }
    v[10] = 0.9;
    v[11] = 0.9;
    v[12] = 0.6;
    v[28] = 1.6;
    v[29] = 1.2;
    v[30] = 0.84;
    assertThat(RampFit.rampEnd(v, 30, 0, 3.1)).isEqualTo(30);
  }

  @Test
  void aStraightRiseStartsWhereItLeavesZero() {
    double[] fall = fallingRamp();
    double[] v = new double[fall.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = fall[fall.length - 1 - i]; // zero up to frame 14, then rising to 1 at frame 34
    }
    assertThat(RampFit.rampStartFitted(v, 2, 40, 1.0)).isEqualTo(14);
  }

  @Test
  void twoCrossingsOfARiseExtendedToZeroGiveItsStart() {
    double[] fall = fallingRamp();
    double[] v = new double[fall.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = fall[fall.length - 1 - i];
    }
    assertThat(RampFit.rampStart(v, 2, 40, 1.0)).isEqualTo(14);
    assertThat(RampFit.rampStart(new double[45], 2, 40, 1.0)).as("no ramp").isEqualTo(2);
  }

  @Test
  void theLineNeedsThreeFrames() {
    assertThat(RampFit.lineZero(new double[] {1, 0.5}, 0, 1)).isNaN();
    assertThat(RampFit.lineZero(new double[] {1, 0.75, 0.5}, 0, 2)).isCloseTo(4.0, within(1e-9));
  }
}
