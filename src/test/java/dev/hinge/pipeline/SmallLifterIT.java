package dev.hinge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.core.ProgressListener;
import dev.hinge.faults.Fault;
import dev.hinge.faults.FaultCode;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseOptions;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.VideoPoseTracker;
import dev.hinge.testing.DerivedClips;
import dev.hinge.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A lifter small in the picture: a labelled real clip (bx_bad007, a pillarboxed portrait clip, one
 * rep, its source names a rounded back) padded to twice its width and height with black, pixel for
 * pixel ({@code derived-clips.tsv}: bx_bad007_far), so the lifter fills 40 % of the picture's
 * height. The person detector, which sees the whole picture at 224×224, finds nobody there: the
 * official solution's way ({@code --match-official}) ends "no person found". The zoomed search
 * finds him, and the analysis is the clip's own.
 */
class SmallLifterIT {
  static VideoPoseTracker tracker;
  static Path clip;

  @BeforeAll
  static void models() {
    tracker = Fixtures.poseTracker();
    clip = DerivedClips.path("bx_bad007_far");
  }

  @Test
  void theOfficialWayFindsNobody() {
    assertThatThrownBy(
            () ->
                tracker.track(
                    clip, PoseOptions.defaults().matchingOfficial(), ProgressListener.NONE))
        .isInstanceOf(HingeException.class)
        .hasMessageContaining("no person found")
        .satisfies(e -> assertThat(((HingeException) e).kind()).isEqualTo(ErrorKind.UNANALYZABLE));
  }

  /**
   * The far camera of {@code tools/robustness/copies.sh}: the clip at half size in a frame padded
   * to the original's, re-encoded as that script does (lossy, so made here and not a golden). Bent
   * over the bar the lifter's box is half his height; with the near plate's band measured by the
   * box, 14 of the camera measure's 56 points lay on the plate, which dragged the measured camera
   * up 36 px with the pull, and the analysis found no rep. (A lossless copy keeps its points clear
   * of the plate: the encoder's grain on the plate's rings makes them corners.)
   */
  @Test
  void aFarCameraKeepsTheRepAndTheRoundedBack() throws Exception {
    Path copy =
        DerivedClips.cameraCopy(
            "bx_bad007.mp4", "far", "scale=trunc(iw/4)*2:trunc(ih/4)*2,pad=iw*2:ih*2:iw/2:ih/2");
    PoseTrack track = tracker.track(copy, PoseOptions.defaults(), ProgressListener.NONE);
    double worst = 0;
    for (PoseFrame f : track.frames()) {
      worst = Math.max(worst, f.camera().magnitudePx());
    }
    // a camera on a tripod: what the measure reads is noise, not the lifter's rise
    assertThat(worst).isLessThan(3.0);
    Analysis a = AnalysisPipeline.analyze(track, AnalysisOptions.NONE);
    assertThat(a.reps()).singleElement().satisfies(r -> assertThat(r.rep().partial()).isFalse());
    assertThat(a.reps().get(0).faults())
        .extracting(Fault::code)
        .containsExactly(FaultCode.ROUNDED_BACK);
  }

  @Test
  void theZoomedSearchFindsTheLifterAndHisRoundedBack() {
    PoseTrack track = tracker.track(clip, PoseOptions.defaults(), ProgressListener.NONE);
    assertThat(track.frames()).allMatch(PoseFrame::hasPose);
    Analysis a = AnalysisPipeline.analyze(track, AnalysisOptions.NONE);
    assertThat(a.reps()).singleElement().satisfies(r -> assertThat(r.rep().partial()).isFalse());
    assertThat(a.reps().get(0).faults())
        .extracting(Fault::code)
        .containsExactly(FaultCode.ROUNDED_BACK);
  }
}
