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
}
