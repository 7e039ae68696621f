package dev.hinge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.kinematics.Kinematics;
import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.Landmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.Rep;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The pose jumps to a spotter standing behind the lifter while he rests at the bar between reps,
 * and back (jqp_sumo's handler): those frames are left out and bridged, and the set reads as it
 * would without him.
 */
class OtherPersonTrackTest {
  static final PoseTrack TWO_REPS = SyntheticLifter.generate(SetSpec.clean(7, 2)).track();

  /**
   * The track with frames [a, b] showing the lifter's standing pose of frame {@code standing}
   * somewhere else: up by a fifth of his height in the picture and across by a tenth (a person
   * behind him, further from the camera, arms hanging).
   */
  static PoseTrack spotter(PoseTrack t, int a, int b, int standing) {
    PoseFrame s = t.frames().get(standing);
    double height = s.image(BodyLandmark.LEFT_ANKLE).y() - s.image(BodyLandmark.LEFT_SHOULDER).y();
    List<Landmark> moved = new ArrayList<>();
    for (Landmark l : s.image()) {
      moved.add(
          new Landmark(
              l.x() + 0.1 * height, l.y() - 0.2 * height, l.z(), l.visibility(), l.presence()));
    }
    List<PoseFrame> frames = new ArrayList<>();
    for (PoseFrame f : t.frames()) {
      frames.add(
          f.index() < a || f.index() > b
              ? f
              : new PoseFrame(
                  f.index(), f.tMs(), f.presence(), moved, s.world(), s.back(), f.camera()));
    }
    return new PoseTrack(t.video(), t.model(), frames);
  }

  @Test
  void aSpotterBetweenTheRepsIsLeftOutAndTheSetReadsAsWithoutHim() {
    Analysis clean = AnalysisPipeline.analyze(TWO_REPS, AnalysisOptions.NONE);
    assertThat(clean.repCount()).isEqualTo(2);
    Rep first = clean.reps().get(0).rep();
    Rep second = clean.reps().get(1).rep();
    int restFrom = first.phase(PhaseName.DESCENT).orElseThrow().endFrame();
    int restTo = second.floorBreakFrame();
    int a = restFrom + (restTo - restFrom) / 4;
    int b = restTo - (restTo - restFrom) / 4;
    assertThat(b - a).as("rest frames replaced").isGreaterThanOrEqualTo(6);

    Analysis withSpotter =
        AnalysisPipeline.analyze(
            spotter(TWO_REPS, a, b, first.lockoutFrame()), AnalysisOptions.NONE);

    assertThat(withSpotter.reps())
        .extracting(r -> r.rep().partial())
        .as("full reps, partial reps")
        .containsExactly(false, false);
    Kinematics k = withSpotter.kinematics();
    assertThat(IntStream.range(0, k.frameCount()).filter(i -> k.otherPerson()[i]).boxed())
        .containsExactlyElementsOf(IntStream.rangeClosed(a, b).boxed().toList());
    assertThat(IntStream.rangeClosed(a, b).noneMatch(i -> k.present()[i])).isTrue();
    assertThat(withSpotter.warnings())
        .filteredOn(w -> w.code().equals("OTHER_PERSON"))
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains((b - a + 1) + " frames"));
    assertThat(clean.warnings()).noneMatch(w -> w.code().equals("OTHER_PERSON"));
  }
}
