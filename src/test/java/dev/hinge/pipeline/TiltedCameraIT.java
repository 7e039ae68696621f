package dev.hinge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.core.ProgressListener;
import dev.hinge.faults.Fault;
import dev.hinge.faults.FaultCode;
import dev.hinge.pose.PoseOptions;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.VideoPoseTracker;
import dev.hinge.testing.DerivedClips;
import dev.hinge.testing.Fixtures;
import dev.hinge.video.CameraRoll;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A phone held a little crooked: the rotated copy of {@code tools/robustness/copies.sh} (6°
 * clockwise, the corners black), made here from a labelled real clip whose source names a squatted
 * set-up (bx_bad010). Read against the picture's vertical, the turn lifted the set-up thigh from 6°
 * to 13° above horizontal, past the rule's 8°, and the named fault was lost; the room's upright
 * lines say how far the camera was turned, and the analysis levels the picture by it.
 */
class TiltedCameraIT {
  @Test
  void aTurnedPhoneIsLevelledByTheRoomAndKeepsTheSquattedSetUp() throws Exception {
    Path copy = DerivedClips.cameraCopy("bx_bad010.mp4", "rotated", "rotate=6*PI/180");
    Path source = Fixtures.real().resolve("bx_bad010.mp4");
    VideoPoseTracker tracker = Fixtures.poseTracker();
    PoseTrack original = tracker.track(source, PoseOptions.defaults(), ProgressListener.NONE);
    PoseTrack turned = tracker.track(copy, PoseOptions.defaults(), ProgressListener.NONE);
    CameraRoll.Estimate before = original.video().roll().orElseThrow();
    CameraRoll.Estimate after = turned.video().roll().orElseThrow();
    // the gym's uprights: trusted on both, and 6° apart (5.8–6.3° on the 7 rotated copies it
    // levels)
    assertThat(before.trusted()).isTrue();
    assertThat(after.trusted()).isTrue();
    assertThat(after.rollDeg() - before.rollDeg()).isCloseTo(6.0, within(0.5));

    Analysis a = AnalysisPipeline.analyze(turned, AnalysisOptions.NONE);
    assertThat(a.reps()).singleElement().satisfies(r -> assertThat(r.rep().partial()).isFalse());
    RepAnalysis rep = a.reps().get(0);
    RepAnalysis level = AnalysisPipeline.analyze(original, AnalysisOptions.NONE).reps().get(0);
    // the set-up thigh as on the original (4.6° there), not 6° higher
    assertThat(rep.metrics().thighElevationSetupMinDeg())
        .isCloseTo(level.metrics().thighElevationSetupMinDeg(), within(3.0));
    assertThat(rep.faults()).extracting(Fault::code).contains(FaultCode.SQUATTING_THE_DEADLIFT);
    assertThat(a.warnings()).anySatisfy(w -> assertThat(w.code()).isEqualTo("CAMERA_TILTED"));
  }
}
