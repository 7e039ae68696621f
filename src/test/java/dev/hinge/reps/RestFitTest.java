package dev.hinge.reps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Where a movement leaves or reaches a rest, on rests with known spans. */
class RestFitTest {
  static final boolean[] ALL = present(60);

  static boolean[] present(int n) {
    boolean[] p = new boolean[n];
    Arrays.fill(p, true);
    return p;
  }

  /** At rest (0) until frame 20, then moving away with the square of the time. */
  static double[] leavingAt20() {
    double[] s = new double[60];
    for (int i = 0; i < s.length; i++) {
      s[i] = i <= 20 ? 0 : 0.002 * (i - 20) * (i - 20);
    }
    return s;
  }

  @Test
  void aMovementLeavingARestIsFittedWhereItLeaves() {
    assertThat(RestFit.restInstant(new double[][] {leavingAt20()}, ALL, 5, 35, true))
        .isCloseTo(20.0, within(0.25));
  }

  @Test
  void aMovementComingToARestIsFittedWhereItArrives() {
    double[] leaving = leavingAt20();
    double[] arriving = new double[60];
    for (int i = 0; i < 60; i++) {
      arriving[i] = leaving[59 - i]; // at rest from frame 39 on
    }
    assertThat(RestFit.restInstant(new double[][] {arriving}, ALL, 24, 55, false))
        .isCloseTo(39.0, within(0.25));
  }

  @Test
  void aFitWhoseBestLiesAtTheWindowsEndIsNoFit() {
    assertThat(RestFit.restInstant(new double[][] {leavingAt20()}, ALL, 25, 40, true)).isNaN();
  }

  @Test
  void twoLevelsOfTheSquareRootOfTheDistanceGiveTheInstantOfRest() {
    assertThat(RestFit.restEnd(new double[][] {leavingAt20()}, new double[] {0}, 40, 0, 0.015))
        .isEqualTo(20);
  }

  @Test
  void aRestIsStillWhenItsJitterIsAThirdOfTheLevelOrLess() {
    double[] quiet = new double[30];
    double[] shaky = new double[30];
    for (int i = 0; i < 30; i++) {
      quiet[i] = i % 2 == 0 ? 0.001 : -0.001;
      shaky[i] = i % 2 == 0 ? 0.01 : -0.01;
    }
    assertThat(RestFit.still(new double[][] {quiet}, ALL, 0, 29)).isTrue();
    assertThat(RestFit.still(new double[][] {shaky}, ALL, 0, 29)).isFalse();
    assertThat(RestFit.restPoint(new double[][] {quiet}, 0, 29)).containsExactly(0.0);
  }

  @Test
  void leavingARestClearlyTakesThreeTimesItsJitterAndAtLeastOneCentimetre() {
    double[] s = {0.004, -0.004, 0.004, -0.004, 0.004};
    assertThat(RestFit.departure(new double[][] {s}, ALL, new double[] {0}, 0, 4))
        .isCloseTo(0.012, within(1e-12));
    assertThat(RestFit.departure(new double[][] {new double[5]}, ALL, new double[] {0}, 0, 4))
        .isEqualTo(0.01);
  }
}
