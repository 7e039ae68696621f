package dev.hinge.kinematics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BarFusionTest {
  static final int N = 100;

  /** Shoulders from 0.8 m (at the floor) to 1.4 m (lockout) over frames 30-60 and back. */
  static double shoulder(int i) {
    double s =
        i < 30 ? 0 : i < 60 ? (i - 30) / 30.0 : i < 70 ? 1 : i < 90 ? 1 - (i - 70) / 20.0 : 0;
    return 0.8 + 0.6 * s;
  }

  static double[] shoulders() {
    double[] s = new double[N];
    for (int i = 0; i < N; i++) {
      s[i] = shoulder(i);
    }
    return s;
  }

  static double[] hangingHands() {
    double[] w = new double[N];
    for (int i = 0; i < N; i++) {
      w[i] = shoulder(i) - 0.6;
    }
    return w;
  }

  /** Knees at 45 cm: the bar rests at 20 cm, below them. */
  static double[] knees() {
    double[] k = new double[N];
    Arrays.fill(k, 0.45);
    return k;
  }

  static double[] ones() {
    double[] v = new double[N];
    Arrays.fill(v, 1);
    return v;
  }

  static boolean[] present() {
    boolean[] p = new boolean[N];
    Arrays.fill(p, true);
    return p;
  }

  @Test
  void handsSeenHangingFromTheShouldersAreTheBarUnchanged() {
    BarFusion.Fused f = BarFusion.fuse(shoulders(), hangingHands(), ones(), knees(), present());
    assertThat(f.barUpM()).containsExactly(hangingHands(), within(1e-12));
    for (boolean b : f.fromShoulders()) {
      assertThat(b).isFalse();
    }
  }

  @Test
  void handsLostOnThePlateMidPullAreBridgedByTheShouldersMotion() {
    double[] w = hangingHands();
    for (int i = 40; i < 55; i++) {
      w[i] = -0.1; // BlazePose put the hands on the plate's hub, below the floor
    }
    BarFusion.Fused f = BarFusion.fuse(shoulders(), w, ones(), knees(), present());
    for (int i = 40; i < 55; i++) {
      assertThat(f.fromShoulders()[i]).isTrue();
      assertThat(f.barUpM()[i]).isCloseTo(shoulder(i) - 0.6, within(1e-9));
    }
    assertThat(f.fromShoulders()[39]).isFalse();
    assertThat(f.fromShoulders()[55]).isFalse();
  }

  @Test
  void handsDrawnAtTheChestAtLockoutAreReplacedAndHiddenHandsToo() {
    double[] w = hangingHands();
    double[] vis = ones();
    for (int i = 60; i < 70; i++) {
      w[i] = shoulder(i) - 0.25; // 35 cm closer to the shoulders than hanging arms put them
    }
    for (int i = 20; i < 25; i++) {
      vis[i] = 0.2;
      w[i] = 5;
    }
    BarFusion.Fused f = BarFusion.fuse(shoulders(), w, vis, knees(), present());
    for (int i = 60; i < 70; i++) {
      assertThat(f.barUpM()[i]).isCloseTo(0.8, within(1e-9));
    }
    for (int i = 20; i < 25; i++) {
      assertThat(f.barUpM()[i]).isCloseTo(0.2, within(1e-9));
    }
  }

  @Test
  void theBridgeMeetsTheHandsAtBothEndsWithoutAStep() {
    // the hands hang 0.55 m below before the gap and 0.65 m after it (the camera's perspective)
    double[] s = shoulders();
    double[] w = new double[N];
    for (int i = 0; i < N; i++) {
      w[i] = s[i] - (i < 40 ? 0.55 : 0.65);
    }
    for (int i = 40; i < 50; i++) {
      w[i] = -0.5;
    }
    BarFusion.Fused f = BarFusion.fuse(s, w, ones(), knees(), present());
    double[] b = f.barUpM();
    for (int i = 40; i <= 50; i++) {
      // the offset walks from 0.55 to 0.65 across the bridge: a step of at most 1 cm a frame
      assertThat(Math.abs((s[i] - b[i]) - (s[i - 1] - b[i - 1]))).isLessThan(0.011);
    }
  }

  @Test
  void aShoulderDipWhileTheBarRestsNeverTakesTheBarThroughTheFloor() {
    double[] s = shoulders();
    double[] w = hangingHands();
    for (int i = 25; i < 30; i++) {
      s[i] = 0.8 - 0.25; // hips shoot up, shoulders dip, elbows give: the hands stay on the bar
    }
    BarFusion.Fused f = BarFusion.fuse(s, w, ones(), knees(), present());
    for (int i = 0; i < N; i++) {
      assertThat(f.barUpM()[i]).isGreaterThanOrEqualTo(0.2 - 1e-12);
    }
  }

  @Test
  void handsSeenOnlyAtTheTopDoNotHoldTheBarUpThroughTheSetUp() {
    // svr_deadlift mirrored: the near plate hides the hands from the set-up to lockout; they are
    // seen only at the top and early in the descent, above the knees, never on the resting bar
    double[] vis = ones();
    for (int i = 0; i < N; i++) {
      vis[i] = i >= 60 && i <= 80 ? 1 : 0.3;
    }
    BarFusion.Fused f = BarFusion.fuse(shoulders(), hangingHands(), vis, knees(), present());
    for (int i = 0; i < 30; i++) {
      assertThat(f.fromShoulders()[i]).isTrue();
      assertThat(f.barUpM()[i]).isCloseTo(0.2, within(1e-9));
    }
  }

  @Test
  void aShoulderDipBeforeTheHandsAreSeenAtTheFloorIsHeldAtTheirHeight() {
    // the hands are seen on the resting bar only after a dip they were hidden through
    double[] s = shoulders();
    double[] vis = ones();
    for (int i = 0; i < 10; i++) {
      s[i] = 0.8 - 0.15;
      vis[i] = 0.3;
    }
    BarFusion.Fused f = BarFusion.fuse(s, hangingHands(), vis, knees(), present());
    for (int i = 0; i < 10; i++) {
      assertThat(f.barUpM()[i]).isCloseTo(0.2, within(1e-9));
    }
  }
}
