package dev.hinge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.coaching.CameraCoach;
import dev.hinge.faults.SkippedJudgement;
import dev.hinge.kinematics.CameraCheck;
import dev.hinge.pose.Landmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The camera check's "lifter too small": a lifter filmed from far away is a figure too coarse for
 * the back's outline and the head's angle, so those judgements are withheld and the camera coach
 * says how to film instead; the bar's path and speed are still judged.
 */
class LifterSizeTest {
  static final PoseTrack SET = SyntheticLifter.generate(SetSpec.clean(3, 2)).track();

  /** The same set with the figure {@code k} times its size in the same picture. */
  static PoseTrack shrunk(PoseTrack t, double k) {
    return new PoseTrack(
        t.video(),
        t.model(),
        t.frames().stream()
            .map(
                f ->
                    f.hasPose()
                        ? new PoseFrame(
                            f.index(),
                            f.tMs(),
                            f.presence(),
                            f.image().stream()
                                .map(
                                    l ->
                                        new Landmark(
                                            l.x() * k,
                                            l.y() * k,
                                            l.z() * k,
                                            l.visibility(),
                                            l.presence()))
                                .toList(),
                            f.world(),
                            f.back())
                        : f)
            .toList());
  }

  @Test
  void aLifterTallEnoughInThePictureIsJudgedInFull() {
    Analysis a = AnalysisPipeline.analyze(SET, AnalysisOptions.NONE);
    CameraCheck c = a.kinematics().camera();
    assertThat(c.lifterPx()).isGreaterThan(CameraCheck.MIN_LIFTER_PX);
    assertThat(c.lifterSizeOk()).isTrue();
    assertThat(a.warnings()).extracting(Warning::code).doesNotContain("LIFTER_TOO_SMALL");
  }

  @Test
  void aLifterTooSmallWithholdsTheBackAndHeadAndTheCoachSaysHowToFilm() {
    double full =
        AnalysisPipeline.analyze(SET, AnalysisOptions.NONE).kinematics().camera().lifterPx();
    double k = 120 / full;
    Analysis a = AnalysisPipeline.analyze(shrunk(SET, k), AnalysisOptions.NONE);
    CameraCheck c = a.kinematics().camera();
    assertThat(c.lifterPx()).isCloseTo(120, Offset.offset(1.0));
    assertThat(c.lifterSizeOk()).isFalse();
    assertThat(a.warnings())
        .filteredOn(w -> w.code().equals("LIFTER_TOO_SMALL"))
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains("120 px tall").contains("160 px"));
    assertThat(a.skipped())
        .extracting(SkippedJudgement::judgement)
        .contains("ROUNDED_BACK", "OVER_ARCHED_BACK", "HEAD_POSITION")
        .doesNotContain("BAR_DRIFT", "JERKING_THE_BAR", "TOO_HEAVY");
    assertThat(a.reps()).hasSize(2);
    assertThat(CameraCoach.advice(List.of("LIFTER_TOO_SMALL")))
        .first()
        .asString()
        .contains("closer");
  }
}
