package dev.hinge.reps;

import static dev.hinge.reps.RepBuilderTest.FPS;
import static dev.hinge.reps.RepBuilderTest.KNEE_M;
import static dev.hinge.reps.RepBuilderTest.PULL;
import static dev.hinge.reps.RepBuilderTest.pull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.testing.HandMadeKinematics;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The set's own top: a pull whose hips read a little short of the lockout angles (a camera behind
 * or at an angle to the lifter) counts when its bar rose to where his other reps locked out.
 */
class SetTopTest {
  /**
   * {@link RepBuilderTest#PULL}'s bar, hips at {@code hipTopDeg} through the top, knees straight.
   */
  static Kinematics rep(IntToDoubleFunction bar, double hipTopDeg) {
    return HandMadeKinematics.frames(150, FPS)
        .up(Joint.WRIST, bar)
        .up(Joint.KNEE, i -> KNEE_M)
        .hipDeg(i -> i < 84 ? 100 : hipTopDeg)
        .kneeDeg(i -> i < 84 ? 120 : 170)
        .trunkDeg(i -> i < 84 ? 45 : 20)
        .build();
  }

  /** The pull to 0.8 m, lowered by {@code shortM} from the knee pass on. */
  static IntToDoubleFunction topShortBy(double shortM) {
    return i -> pull(i, 0.2) - (i > 75 ? shortM : 0);
  }

  @Test
  void theTopIsTheMedianOfTheHighestBarOfTheRepsThatStoodTall() {
    Kinematics tall = rep(i -> pull(i, 0.2), 160);
    assertThat(SetTop.of(tall, List.of(PULL)).getAsDouble()).isCloseTo(0.8, within(1e-9));
    // hips at 153°: no rep stood tall by the angles, so there is no top to read against
    assertThat(SetTop.of(rep(i -> pull(i, 0.2), 153), List.of(PULL))).isEmpty();
  }

  @Test
  void aRepThatReadsShortOfTheAnglesCountsWhenItsBarReachedTheSetsTop() {
    // seb_rdl from behind: hips 153° at a lockout the other reps made at 156-157°
    OptionalDouble top = OptionalDouble.of(0.8);
    Rep atTop =
        RepBuilder.full(
            rep(topShortBy(0.01), 153), 1, PULL, new SetMarks(KNEE_M, top, OptionalDouble.empty()));
    assertThat(atTop.partial()).isFalse();
    // no top to compare with: the angles decide, as before
    Rep alone = RepBuilder.full(rep(topShortBy(0.01), 153), 1, PULL, SetMarks.alone(KNEE_M));
    assertThat(alone.partial()).isTrue();
    assertThat(alone.partialReason().orElseThrow()).startsWith("no lockout: hips reached 153°");
  }

  @Test
  void aBarBelowTheTopOrHipsWellShortOfStraightStayPartial() {
    OptionalDouble top = OptionalDouble.of(0.8);
    // 3 cm under the top: the trunk about 20° further forward than at the set's lockouts
    assertThat(
            RepBuilder.full(
                    rep(topShortBy(0.03), 153),
                    1,
                    PULL,
                    new SetMarks(KNEE_M, top, OptionalDouble.empty()))
                .partial())
        .isTrue();
    // at the top, but hips at 140°: the angles are too far from straight to be a view's bias
    assertThat(
            RepBuilder.full(
                    rep(topShortBy(0.0), 140),
                    1,
                    PULL,
                    new SetMarks(KNEE_M, top, OptionalDouble.empty()))
                .partial())
        .isTrue();
  }

  @Test
  void aRiseTheClipCutsMustHaveReachedTheTopItself() {
    assertThat(SetTop.reached(OptionalDouble.of(0.8), 0.785, 150, false)).isTrue();
    assertThat(SetTop.reached(OptionalDouble.of(0.8), 0.785, 150, true)).isFalse();
    assertThat(SetTop.reached(OptionalDouble.of(0.8), 0.805, 150, true)).isTrue();
    assertThat(SetTop.reached(OptionalDouble.empty(), 0.9, 170, false)).isFalse();
  }

  @Test
  void aClipThatEndsWithTheBarRisingCutsTheRise() {
    // up from frame 100 until the clip ends at 149
    Kinematics rising =
        HandMadeKinematics.frames(150, FPS)
            .up(Joint.WRIST, i -> i < 100 ? 0.2 : 0.2 + 0.012 * (i - 100))
            .build();
    assertThat(SetTop.cutRising(rising, 149)).isTrue();
    assertThat(SetTop.cutRising(rising, 140)).as("the top ends before the clip").isFalse();
    Kinematics held = rep(i -> pull(i, 0.2), 160);
    assertThat(SetTop.cutRising(held, 149)).as("lowered before the end").isFalse();
  }
}
