package dev.hinge.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.pose.PoseTrack;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import dev.hinge.video.CameraShift;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bar's path on the annotated video follows the room, not the picture, when the camera moves;
 * the panel shows what the camera can see.
 */
class AnnotatedVideoTest {
  @Test
  void anEarlierPointMovesWithTheCameraIntoThisFramesPicture() {
    double[] p =
        AnnotatedVideo.Painter.inPicture(
            new double[] {400, 300}, new CameraShift(10, -5), new CameraShift(-20, 15));
    // the camera moved the picture 30 px left and 20 px down since: so did the spot of the room
    assertThat(p).containsExactly(370, 320);
    assertThat(
            AnnotatedVideo.Painter.inPicture(
                new double[] {400, 300}, CameraShift.NONE, CameraShift.NONE))
        .containsExactly(400, 300);
  }

  /** The panel's live joint angles are the side's: a set filmed from the front shows none. */
  @Test
  void thePanelShowsJointAnglesOnlyWhereTheSideIsSeen() {
    for (double yaw : new double[] {0, 88}) {
      PoseTrack track = SyntheticLifter.generate(SetSpec.clean(5, 1).withYaw(yaw)).track();
      Analysis a = AnalysisPipeline.analyze(track, AnalysisOptions.NONE);
      AnnotatedVideo.Painter p = new AnnotatedVideo.Painter(track, a, 640, 480);
      int mid =
          (a.reps().get(0).rep().floorBreakFrame() + a.reps().get(0).rep().lockoutFrame()) / 2;
      List<String> lines = p.panelLines(mid, p.currentRep(mid));
      assertThat(lines.get(0)).startsWith("0 reps done · rep 1");
      if (yaw == 0) {
        assertThat(lines).anyMatch(l -> l.startsWith("trunk "));
      } else {
        assertThat(lines).noneMatch(l -> l.startsWith("trunk "));
      }
    }
  }
}
