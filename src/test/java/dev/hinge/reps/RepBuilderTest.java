package dev.hinge.reps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.testing.HandMadeKinematics;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Whether a placed pull is a full rep, and why not. Knees at 0.5 m, 30 fps. */
class RepBuilderTest {
  static final double FPS = 30;
  static final double KNEE_M = 0.5;

  /** The bar by {@code bar}, hips and knees straight throughout (a lockout wherever it is). */
  static Kinematics set(IntToDoubleFunction bar) {
    return HandMadeKinematics.frames(150, FPS)
        .up(Joint.WRIST, bar)
        .up(Joint.KNEE, i -> KNEE_M)
        .build();
  }

  /** Up from frame 60 to lockout at 90, held to 110, down to the floor at 130. */
  static final Pull PULL = new Pull(0, 60, 90, 110, 130, 130, 80);

  /** The bar from {@code startM} at frame 60 up to 0.8 m at 90, held, back to 0.2 m by 130. */
  static double pull(int i, double startM) {
    if (i <= 60) {
      return startM;
    }
    if (i <= 90) {
      return startM + (0.8 - startM) * (i - 60) / 30.0;
    }
    return i <= 110 ? 0.8 : Math.max(0.2, 0.8 - 0.03 * (i - 110));
  }

  @Test
  void aPullFromTheFloorIsFull() {
    Rep r = RepBuilder.full(set(i -> pull(i, 0.2)), 1, PULL, SetMarks.alone(KNEE_M));
    assertThat(r.partial()).isFalse();
  }

  @Test
  void aPullFromAboveTheKneesIsPartialAndSaysWhere() {
    Rep r = RepBuilder.full(set(i -> pull(i, 0.46)), 1, PULL, SetMarks.alone(KNEE_M));
    assertThat(r.partial()).isTrue();
    assertThat(r.partialReason().orElseThrow()).startsWith("started with the hands 46 cm up");
  }

  @Test
  void handsThatCreptUpInTheLastSecondOfTheSetUpStartFromWhereTheyRested() {
    // at rest at 0.2 m, then the hidden hands' landmark creeps to 0.46 m over the 0.7 s before the
    // floor break (seb_deadlift's second rep: 26 cm at rest, 39 cm at the floor break)
    IntToDoubleFunction bar =
        i -> i < 39 ? 0.2 : i <= 60 ? 0.2 + 0.26 * (i - 39) / 21.0 : pull(i, 0.46);
    Rep r = RepBuilder.full(set(bar), 1, PULL, SetMarks.alone(KNEE_M));
    assertThat(r.partial()).isFalse();
  }

  @Test
  void aPullFromAHangHeldOverASecondIsPartial() {
    // lifted to 0.46 m by frame 25 and held there 1.2 s before the pull: a pull from the hang
    IntToDoubleFunction bar =
        i -> i < 10 ? 0.2 : i < 25 ? 0.2 + 0.26 * (i - 10) / 15.0 : pull(i, 0.46);
    Rep r = RepBuilder.full(set(bar), 1, PULL, SetMarks.alone(KNEE_M));
    assertThat(r.partial()).isTrue();
    assertThat(r.partialReason().orElseThrow()).startsWith("started with the hands 46 cm up");
  }

  @Test
  void hipsAndKneesStraightOnTheWayUpButReadBentInTheHoldAreALockout() {
    // jur_deadlift2 filmed from twice as far: hips and knees read 158-168° as the bar reaches the
    // top, then 145° and 120° through the hold the lockout is placed in
    Kinematics k =
        HandMadeKinematics.frames(150, FPS)
            .up(Joint.WRIST, i -> pull(i, 0.2))
            .up(Joint.KNEE, i -> KNEE_M)
            .hipDeg(i -> i >= 84 && i <= 88 ? 165 : i < 84 ? 100 : 145)
            .kneeDeg(i -> i >= 84 && i <= 88 ? 165 : i < 84 ? 120 : 120)
            .trunkDeg(i -> 30)
            .build();
    assertThat(RepBuilder.full(k, 1, PULL, SetMarks.alone(KNEE_M)).partial()).isFalse();
    // never straight at all: no lockout, and the reason gives the most they reached after the knees
    Kinematics bent =
        HandMadeKinematics.frames(150, FPS)
            .up(Joint.WRIST, i -> pull(i, 0.2))
            .up(Joint.KNEE, i -> KNEE_M)
            .hipDeg(i -> i < 84 ? 100 : 145)
            .kneeDeg(i -> 120)
            .trunkDeg(i -> 30)
            .build();
    Rep r = RepBuilder.full(bent, 1, PULL, SetMarks.alone(KNEE_M));
    assertThat(r.partial()).isTrue();
    assertThat(r.partialReason().orElseThrow()).startsWith("no lockout: hips reached 145°");
  }
}
