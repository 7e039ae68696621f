package dev.hinge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.core.ProgressListener;
import dev.hinge.kinematics.Facing;
import dev.hinge.pose.PoseOptions;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.VideoPoseTracker;
import dev.hinge.testing.DerivedClips;
import dev.hinge.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A lifter filmed from his other side is the same lift: labelled real clips mirrored (FFmpeg's
 * {@code hflip}, lossless; {@code derived-clips.tsv}) keep their rep count. Before the walking
 * check asked the shoulders to go along with the feet, each of these lost its reps ("no deadlift
 * rep found"): the feet, hidden by the plates at the floor, drifted 15–19 cm in the mirrored pose
 * track and read as a step. (Each clip's facing is the opposite of the original's, as Hinge reads
 * it: the labels give jur_deadlift2 as facing right, but its lifter faces left.)
 */
class MirroredClipsIT {
  static VideoPoseTracker tracker;

  @BeforeAll
  static void models() {
    tracker = Fixtures.poseTracker();
  }

  @ParameterizedTest(name = "{0} mirrored: {1} full reps, facing {2}")
  @CsvSource({
    "jur_deadlift2, 2, RIGHT",
    "vic_deadlift, 1, RIGHT",
    "bx_bad007, 1, RIGHT",
    "bx_bad013, 1, LEFT"
  })
  void aMirroredClipKeepsItsReps(String clip, int reps, Facing facing) {
    PoseTrack track =
        tracker.track(
            DerivedClips.path(clip + "_mirrored"), PoseOptions.defaults(), ProgressListener.NONE);
    Analysis a = AnalysisPipeline.analyze(track, AnalysisOptions.NONE);
    assertThat(a.kinematics().facing()).isEqualTo(facing);
    assertThat(a.reps().stream().filter(r -> !r.rep().partial())).hasSize(reps);
  }

  /**
   * ... and keeps its verdict: jur_deadlift2 is labelled good and no rule flags it as filmed. In
   * its mirrored copy the hand landmark stalls behind the plate while the shoulders rise, so the
   * bar's start was read 0.4 s late, mid-rise, and the second rep's start read as a yank
   * (JERKING_THE_BAR, 1.56 times the rep's mean speed); read from where the shoulders start rising,
   * 0.5.
   */
  @Test
  void aMirroredGoodPullGetsNoFault() {
    PoseTrack track =
        tracker.track(
            DerivedClips.path("jur_deadlift2_mirrored"),
            PoseOptions.defaults(),
            ProgressListener.NONE);
    Analysis a = AnalysisPipeline.analyze(track, AnalysisOptions.NONE);
    assertThat(a.repCount()).isEqualTo(2);
    assertThat(a.reps()).allSatisfy(r -> assertThat(r.faults()).isEmpty());
    assertThat(a.reps())
        .allSatisfy(r -> assertThat(r.metrics().floorBreakSpeedRatio()).isLessThan(1.0));
  }
}
