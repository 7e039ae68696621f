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
