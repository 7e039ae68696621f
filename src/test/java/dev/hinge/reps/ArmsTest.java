package dev.hinge.reps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.testing.HandMadeKinematics;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class ArmsTest {
  static final double SHOULDER_UP = 1.4;
  static final double UPPER_ARM = 0.3;
  static final double ARM = 0.6;

  /**
   * 60 frames at 30 fps, the shoulder still at 1.4 m; the arm's angle from hanging (degrees,
   * forward) frame by frame, the elbow straight ({@code foldDeg} 0) or the forearm folded up by
   * that much.
   */
  static Kinematics arms(IntToDoubleFunction armDeg, IntToDoubleFunction foldDeg) {
    return HandMadeKinematics.frames(60, 30)
        .up(Joint.SHOULDER, i -> SHOULDER_UP)
        .forward(Joint.ELBOW, i -> UPPER_ARM * Math.sin(rad(armDeg, i)))
        .up(Joint.ELBOW, i -> SHOULDER_UP - UPPER_ARM * Math.cos(rad(armDeg, i)))
        .forward(
            Joint.WRIST,
            i ->
                UPPER_ARM * Math.sin(rad(armDeg, i))
                    + (ARM - UPPER_ARM)
                        * Math.sin(rad(armDeg, i) + Math.toRadians(foldDeg.applyAsDouble(i))))
        .up(
            Joint.WRIST,
            i ->
                SHOULDER_UP
                    - UPPER_ARM * Math.cos(rad(armDeg, i))
                    - (ARM - UPPER_ARM)
                        * Math.cos(rad(armDeg, i) + Math.toRadians(foldDeg.applyAsDouble(i))))
        .build();
  }

  static double rad(IntToDoubleFunction deg, int i) {
    return Math.toRadians(deg.applyAsDouble(i));
  }

  /** From hanging up to {@code top} degrees and back, peaking at frame 30, over frames 15..45. */
  static IntToDoubleFunction swingTo(double top) {
    return i -> top * Math.max(0, Math.sin(Math.PI * (i - 15) / 30.0));
  }

  static final IntToDoubleFunction STRAIGHT = i -> 0;

  @Test
  void armsHangingThroughAPullAreNotRaised() {
    Kinematics k = arms(i -> 15 * Math.sin(Math.PI * i / 59.0), STRAIGHT);
    assertThat(Arms.elbowAngle(k, 30)).isCloseTo(180, within(1e-9));
    assertThat(Arms.raised(k, 0, 59)).isEmpty();
  }

  @Test
  void straightArmsSwungToShoulderHeightAreASwing() {
    Kinematics k = arms(swingTo(90), STRAIGHT);
    Arms.Raised r = Arms.raised(k, 0, 59).orElseThrow();
    assertThat(r.elbows()).isFalse();
    assertThat(r.deg()).isCloseTo(90, within(0.5));
    assertThat(r.frame()).isEqualTo(30);
  }

  @Test
  void armsSwungTo55DegreesAreBelowTheLimit() {
    assertThat(Arms.raised(arms(swingTo(55), STRAIGHT), 0, 59)).isEmpty();
  }

  @Test
  void elbowsLiftedWithTheHandsAtTheShouldersAreAClean() {
    // the upper arm forward to 85°, the forearm folded back up: a rack position
    Kinematics k = arms(swingTo(85), i -> 2 * swingTo(85).applyAsDouble(i));
    Arms.Raised r = Arms.raised(k, 0, 59).orElseThrow();
    assertThat(r.elbows()).isTrue();
    // the hands above the shoulders at the top
    assertThat(r.deg()).isGreaterThan(90);
    assertThat(Arms.fromHanging(k, Joint.ELBOW, 30)).isCloseTo(85, within(1e-6));
  }

  @Test
  void armsRaisedForASingleFrameAreALandmarkJumpNotASwing() {
    Kinematics k = arms(i -> i == 30 ? 90 : 10, STRAIGHT);
    assertThat(Arms.raised(k, 0, 59)).isEmpty();
  }

  @Test
  void onlyTheFramesAskedForAreRead() {
    Kinematics k = arms(swingTo(90), STRAIGHT);
    assertThat(Arms.raised(k, 0, 20)).isEmpty();
    assertThat(Arms.raised(k, 40, 59)).isEmpty();
  }

  @Test
  void anArmNotSeenIsNotRead() {
    // the same swing, the wrist's visibility under 0.5 over its top: BlazePose's guess
    Kinematics k =
        HandMadeKinematics.frames(60, 30)
            .up(Joint.SHOULDER, i -> SHOULDER_UP)
            .forward(Joint.WRIST, i -> ARM * Math.sin(rad(swingTo(90), i)))
            .up(Joint.WRIST, i -> SHOULDER_UP - ARM * Math.cos(rad(swingTo(90), i)))
            .forward(Joint.ELBOW, i -> UPPER_ARM * Math.sin(rad(swingTo(90), i)))
            .up(Joint.ELBOW, i -> SHOULDER_UP - UPPER_ARM * Math.cos(rad(swingTo(90), i)))
            .visibility(Joint.WRIST, i -> i >= 20 && i <= 40 ? 0.3 : 0.9)
            .build();
    assertThat(Arms.raised(k, 0, 59)).isEmpty();
  }

  /**
   * 90 frames at 30 fps: the shoulders rise from 1.0 to 1.4 m over the first second (a lifter
   * standing up from the floor), the wrists as {@code wrist} says.
   */
  static Kinematics standingUp(IntToDoubleFunction wrist, IntToDoubleFunction shoulder) {
    return HandMadeKinematics.frames(90, 30)
        .up(Joint.SHOULDER, shoulder)
        .up(Joint.WRIST, wrist)
        .build();
  }

  static final IntToDoubleFunction RISING_SHOULDERS = i -> 1.0 + 0.4 * Math.min(1, i / 30.0);

  /** The wrists from 0.2 m up to {@code top} by frame {@code at}, held there to {@code until}. */
  static IntToDoubleFunction racked(double top, int at, int until) {
    return i -> i <= at ? 0.2 + (top - 0.2) * i / at : i <= until ? top : 0.9;
  }

  @Test
  void aBarRackedOnTheShouldersAndHeldIsHeldUp() {
    // the wrists 5 cm under the shoulders from frame 30 to the end: 2 s
    Kinematics k = standingUp(racked(1.35, 30, 89), RISING_SHOULDERS);
    Arms.Held h = Arms.heldUp(k, 0, 89).orElseThrow();
    assertThat(h.from()).isBetween(25, 27);
    assertThat(h.to()).isEqualTo(89);
  }

  @Test
  void handsUpForUnderASecondAreNotHeld() {
    // up from frame 26 (within 15 cm of the shoulders) to 50: 0.83 s
    assertThat(Arms.heldUp(standingUp(racked(1.35, 30, 50), RISING_SHOULDERS), 0, 89)).isEmpty();
    // ... and held down at the chest, 20 cm under the shoulders, for 2 s: no rack
    assertThat(Arms.heldUp(standingUp(racked(1.2, 30, 89), RISING_SHOULDERS), 0, 89)).isEmpty();
  }

  @Test
  void armsThrownUpAfterAHeldLockoutAreNotARiseThatEndedUp() {
    // a deadlift's lockout: the shoulders still from frame 30, the hands at the hips (0.8 m) until
    // frame 45, then thrown overhead (1.9 m) to the end
    IntToDoubleFunction wrist = i -> i <= 30 ? 0.2 + 0.6 * i / 30 : i <= 45 ? 0.8 : 1.9;
    assertThat(Arms.heldUp(standingUp(wrist, RISING_SHOULDERS), 0, 89)).isEmpty();
    // the same hands with the lifter still rising all the way: nothing stopped them
    assertThat(Arms.heldUp(standingUp(wrist, i -> 1.0 + 0.005 * i), 0, 89)).isPresent();
  }

  @Test
  void handsNotSeenAreNotHeldUp() {
    Kinematics k =
        HandMadeKinematics.frames(90, 30)
            .up(Joint.SHOULDER, RISING_SHOULDERS)
            .up(Joint.WRIST, racked(1.35, 30, 89))
            .visibility(Joint.WRIST, i -> i >= 40 && i <= 70 ? 0.3 : 0.9)
            .build();
    assertThat(Arms.heldUp(k, 0, 89)).isEmpty();
  }

  @Test
  void onlyTheFramesAskedForAreReadForHeldHands() {
    Kinematics k = standingUp(racked(1.35, 30, 89), RISING_SHOULDERS);
    assertThat(Arms.heldUp(k, 0, 50)).isEmpty();
    assertThat(Arms.heldUp(k, 0, 56)).isPresent();
  }

  @Test
  void straightArmsHeldOutInFrontAreARaiseNotABarHeldUp() {
    // 2 s with straight arms at shoulder height: a front raise (or a hidden arm drawn there)
    Kinematics front = arms(i -> 90, STRAIGHT);
    assertThat(Arms.heldUp(front, 0, 59)).isEmpty();
    assertThat(Arms.raised(front, 0, 59)).isPresent();
    // ... and straight overhead: a snatch or a jerk
    assertThat(Arms.heldUp(arms(i -> 170, STRAIGHT), 0, 59)).isPresent();
  }
}
