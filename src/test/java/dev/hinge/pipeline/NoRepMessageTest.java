package dev.hinge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.reps.RepDetector;
import dev.hinge.testing.HandMadeKinematics;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** When no rep is found, the message names the signal that failed and what was measured. */
class NoRepMessageTest {
  static Kinematics standing() {
    return HandMadeKinematics.frames(60, 30)
        .up(Joint.HIP, i -> 0.9)
        .up(Joint.SHOULDER, i -> 1.4)
        .build();
  }

  /** No rep found, only rises that were not deadlift reps, on a standing lifter over 2 s. */
  static String noRep(
      List<RepDetector.ArmsRaised> armsRaised, List<RepDetector.HandsAlone> handsAlone) {
    return AnalysisNotes.noRep(
        standing(),
        new RepDetector.Detection(
            List.of(),
            List.of(),
            List.of(),
            armsRaised,
            handsAlone,
            List.of(),
            OptionalDouble.of(0.9)),
        2000);
  }

  @Test
  void handsThatNeverHangBelowTheHipsAreNotADeadlift() {
    String m =
        AnalysisNotes.noRep(
            standing(),
            new RepDetector.Detection(List.of(), List.of(), List.of(), OptionalDouble.empty()),
            2000);
    assertThat(m)
        .startsWith(
            "no deadlift rep found in 2.0 s of video: not a deadlift: the hands stayed above")
        .contains("measured: side view, facing right, a pose in 60 of 60 frames");
  }

  @Test
  void aBarThatBarelyMovesSaysHowFar() {
    String m =
        AnalysisNotes.noRep(
            standing(),
            new RepDetector.Detection(List.of(), List.of(), List.of(), OptionalDouble.of(0.08)),
            2000);
    assertThat(m).contains("travelled only 8 cm; a pull needs at least 15 cm");
  }

  @Test
  void aRiseTheLifterWalkedAwayFromSaysSo() {
    String m =
        AnalysisNotes.noRep(
            standing(),
            new RepDetector.Detection(
                List.of(),
                List.of(new RepDetector.EmptyHandedRise(10, 30, 0.0, 0.4)),
                List.of(),
                OptionalDouble.of(0.6)),
            2000);
    assertThat(m)
        .contains("rose to lockout height (at 1.0 s)")
        .contains("walked towards the camera")
        .contains("standing up empty-handed");
  }

  @Test
  void handsThatRoseAloneSayHowFarAndTheShoulders() {
    String m = noRep(List.of(), List.of(new RepDetector.HandsAlone(10, 57, 0.19, 0.004)));
    assertThat(m)
        .contains("not a deadlift: the hands rose 19 cm (at 1.9 s) and the shoulders 0 cm")
        .contains("a row or a curl");
  }

  @Test
  void risesWithTheArmsRaisedSayWhatTheyLookLike() {
    String swing = noRep(List.of(new RepDetector.ArmsRaised(10, 36, 88.4, false)), List.of());
    assertThat(swing)
        .contains("not a deadlift: the arms swung up to 88° from hanging (at 1.2 s)")
        .contains("a kettlebell swing");
    String clean = noRep(List.of(new RepDetector.ArmsRaised(10, 36, 84, true)), List.of());
    assertThat(clean)
        .contains("the hands rose to 84° from hanging with the elbows bent (at 1.2 s)")
        .contains("a clean");
  }

  @Test
  void aRiseThatEndedWithTheHandsUpSaysHowLongAndWhatItLooksLike() {
    String m =
        AnalysisNotes.noRep(
            standing(),
            new RepDetector.Detection(
                List.of(),
                List.of(),
                List.of(),
                List.of(new RepDetector.ArmsRaised(10, 36, 84, true)),
                List.of(),
                List.of(new RepDetector.HandsUp(12, 54)),
                OptionalDouble.of(1.2)),
            2000);
    assertThat(m)
        .contains(
            "not a deadlift: the hands were held at shoulder height or above for 1.4 s (from"
                + " 0.4 s)")
        .contains("a clean, a snatch or a jerk")
        .doesNotContain("from hanging");
  }

  @Test
  void aBarThatTravelsButNeverPullsFromTheFloorSaysThat() {
    String m =
        AnalysisNotes.noRep(
            standing(),
            new RepDetector.Detection(List.of(), List.of(), List.of(), OptionalDouble.of(0.4)),
            2000);
    assertThat(m).contains("moved through 40 cm of height, but never rose from near the floor");
  }
}
