package dev.hinge.reps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.kinematics.Joint;
import dev.hinge.testing.HandMadeKinematics;
import org.junit.jupiter.api.Test;

class BarRangeTest {
  @Test
  void theRangeRunsFromTheBarsRestToItsLockoutWithBandsAtThirtyAndSeventyPercent() {
    BarRange r =
        BarRange.of(new HandMadeSet().rest(30).pull(30, 30, 30).rest(30).kinematics())
            .orElseThrow();
    assertThat(r.floorM()).isCloseTo(0.2, within(1e-9));
    assertThat(r.topM()).isCloseTo(0.7, within(1e-9));
    assertThat(r.lowM()).isCloseTo(0.35, within(1e-9));
    assertThat(r.highM()).isCloseTo(0.55, within(1e-9));
    assertThat(r.holdsAPull()).isTrue();
  }

  @Test
  void handsRaisedAboveTheHipsToChalkUpAreNotTheBar() {
    BarRange r =
        BarRange.of(
                HandMadeKinematics.frames(100, 30)
                    .up(Joint.HIP, i -> 0.95)
                    .up(Joint.WRIST, i -> i < 40 ? 0.2 : i < 60 ? 0.7 : 1.6)
                    .build())
            .orElseThrow();
    assertThat(r.topM()).isEqualTo(0.7);
  }

  @Test
  void framesWithTheLifterTurnedToTheCameraAreLeftOut() {
    // walking up to a low camera to stop the recording lifts every point of him in the picture
    BarRange r =
        BarRange.of(
                HandMadeKinematics.frames(100, 30)
                    .up(Joint.HIP, i -> i < 60 ? 0.6 : 0.6 + 0.02 * (i - 60))
                    .up(Joint.WRIST, i -> i < 30 ? 0.2 : i < 60 ? 0.6 : 0.6 + 0.02 * (i - 60))
                    .turned(i -> i >= 60)
                    .build())
            .orElseThrow();
    assertThat(r.topM()).isEqualTo(0.6);
  }

  @Test
  void aBarThatBarelyMovesHoldsNoPull() {
    BarRange r =
        BarRange.of(
                HandMadeKinematics.frames(60, 30)
                    .up(Joint.HIP, i -> 0.9)
                    .up(Joint.WRIST, i -> 0.2 + 0.001 * i)
                    .build())
            .orElseThrow();
    assertThat(r.holdsAPull()).isFalse();
  }
}
