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
