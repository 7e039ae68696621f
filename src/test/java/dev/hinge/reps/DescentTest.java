package dev.hinge.reps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.kinematics.Kinematics;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a descent ends: the speed ramp's end, within the slack of the coarse end. */
class DescentTest {
  static final int N = 100;
  static final int SLACK = 9; // 0.3 s at 30 fps

  /** A motion with this speed (the lifter's, as the rep steps read it); nothing else is read. */
  static Motion motion(double[] speed) {
    Kinematics k = new HandMadeSet().rest(N).kinematics();
    boolean[] present = new boolean[N];
    Arrays.fill(present, true);
    return new Motion(
        k, new double[N], present, speed, speed, new double[][] {new double[N]}, 0, 9, SLACK);
  }

  /** A coarse pull whose descent runs from frame 40 to {@code descentEnd}. */
  static CoarsePull descending(int descentEnd) {
    return new CoarsePull(0, 5, 15, 30, 42, 40, descentEnd, descentEnd, 1.0, false);
  }

  @Test
  void aCleanRampEndsWhereItsLineReachesZero() {
    double[] v = new double[N];
    for (int i = 40; i <= 60; i++) {
      v[i] = i <= 45 ? (i - 40) / 5.0 : Math.max(0, 1 - (i - 45) / 10.0);
    }
    Descent.Ends e = Descent.sharpen(motion(v), descending(56), 30, Optional.empty());
    assertThat(e.end()).isEqualTo(55);
  }

  @Test
  void aRaggedRampWhoseLineRunsFarPastTheCoarseEndKeepsTheCoarseEnd() {
    // touch and go: the lifter's speed stays near 55 % of the descent's peak down to the bottom,
    // where it drops for a frame before the next pull; the line through that stretch is nearly
    // flat and reaches zero 1.7 s later, inside the next pull (jur_deadlift2's first rep played
    // five times in a row, on ONNX Runtime's landmarks: the next pull was lost)
    double[] v = new double[N];
    for (int i = 40; i <= 45; i++) {
      v[i] = (i - 40) / 5.0;
    }
    v[46] = 0.8;
    for (int i = 47; i <= 61; i++) {
      v[i] = 0.55 + (i % 2 == 0 ? 0.02 : -0.02);
    }
    v[62] = 0.12;
    for (int i = 63; i < N; i++) {
      v[i] = 0.8; // the next pull
    }
    double fitted = RampFit.rampEnd(v, 62, 40, 1.0);
    assertThat(fitted).as("the line's own zero").isGreaterThan(62 + SLACK);
    Descent.Ends e = Descent.sharpen(motion(v), descending(62), 30, Optional.empty());
    assertThat(e.end()).isEqualTo(62);
  }
}
