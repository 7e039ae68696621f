package dev.hinge.reps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.testing.HandMadeKinematics;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * A rep's top is unseen when the model saw no lifter for 0.2 s or more while the bar was above the
 * knees.
 */
class TopUnseenTest {
  static final double FPS = 30;

  /**
   * The bar at 0.2 m until frame 20, up to 0.8 m at frame 40, held to 60, back down to 0.2 m at
   * frame 80; it passes the knees' 0.45 m at frames 28 and 72. The lifter unseen where {@code f}.
   */
  static Kinematics unseenOn(IntPredicate f) {
    return HandMadeKinematics.frames(100, FPS)
        .up(
            Joint.WRIST,
            i ->
                i < 20
                    ? 0.2
                    : i < 40
                        ? 0.2 + 0.03 * (i - 20)
                        : i <= 60 ? 0.8 : Math.max(0.2, 0.8 - 0.03 * (i - 60)))
        .lost(f)
        .build();
  }

  static boolean topUnseen(Kinematics k) {
    return RepBuilder.topUnseen(k, 28, 40, 85);
  }

  @Test
  void aFifthOfASecondUnseenAboveTheKneesIsAnUnseenTop() {
    assertThat(topUnseen(unseenOn(i -> i >= 45 && i <= 50))).isTrue();
    assertThat(topUnseen(unseenOn(i -> i >= 30 && i <= 70))).isTrue();
    // the way up above the knees, or the way down, count as much as the lockout itself
    assertThat(topUnseen(unseenOn(i -> i >= 29 && i <= 34))).isTrue();
    assertThat(topUnseen(unseenOn(i -> i >= 66 && i <= 71))).isTrue();
  }

  @Test
  void aShortDropoutIsNoUnseenTop() {
    assertThat(topUnseen(unseenOn(i -> i >= 45 && i <= 49))).isFalse();
    assertThat(topUnseen(unseenOn(i -> false))).isFalse();
  }

  @Test
  void unseenFramesWithTheBarBelowTheKneesDoNotCount() {
    assertThat(topUnseen(unseenOn(i -> i < 28 || i > 72))).isFalse();
  }
}
