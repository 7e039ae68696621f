package dev.hinge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hinge.core.HingeException;
import dev.hinge.pose.PoseTrack;
import dev.hinge.reps.Rep;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import dev.hinge.testing.TrackEdits;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rep never spans a scene cut; the cuts are said. */
class SceneCutsTest {
  static PoseTrack withCuts(PoseTrack t, List<Double> cutsMs) {
    return new PoseTrack(
        TrackEdits.timed(t.video(), t.video().durationMs(), cutsMs), t.model(), t.frames());
  }

  static final PoseTrack THREE = SyntheticLifter.generate(SetSpec.clean(3, 3)).track();

  @Test
  void withoutCutsNothingChanges() {
    Analysis plain = AnalysisPipeline.analyze(THREE, AnalysisOptions.NONE);
    assertThat(plain.reps()).hasSize(3);
    assertThat(plain.warnings()).extracting(Warning::code).doesNotContain("SCENE_CUT");
  }

  @Test
  void aRepAcrossACutIsNotCountedAndTheOthersAreNumberedAgain() {
    Analysis plain = AnalysisPipeline.analyze(THREE, AnalysisOptions.NONE);
    Rep second = plain.reps().get(1).rep();
    double inside =
        THREE.frames().get((second.floorBreakFrame() + second.lockoutFrame()) / 2).tMs();
    Analysis cut = AnalysisPipeline.analyze(withCuts(THREE, List.of(inside)), AnalysisOptions.NONE);
    assertThat(cut.reps()).hasSize(2);
    assertThat(cut.reps()).extracting(r -> r.rep().index()).containsExactly(1, 2);
    assertThat(cut.reps().get(1).rep().startFrame())
        .isEqualTo(plain.reps().get(2).rep().startFrame());
    assertThat(cut.warnings()).extracting(Warning::code).contains("SCENE_CUT", "REP_ACROSS_CUT");
    assertThat(cut.warnings())
        .filteredOn(w -> w.code().equals("REP_ACROSS_CUT"))
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains(String.format("%.1f s", inside / 1000)));
  }

  /** Reps follow one another (one ends where the next starts): a cut there splits no rep. */
  @Test
  void aCutWhereOneRepHandsOverToTheNextOrBeforeTheFirstKeepsThemAll() {
    Analysis plain = AnalysisPipeline.analyze(THREE, AnalysisOptions.NONE);
    Rep second = plain.reps().get(1).rep();
    assertThat(plain.reps().get(0).rep().endFrame()).isEqualTo(second.startFrame());
    double handOver = THREE.frames().get(second.startFrame()).tMs();
    double before = THREE.frames().get(plain.reps().get(0).rep().startFrame() / 2).tMs();
    Analysis cut =
        AnalysisPipeline.analyze(withCuts(THREE, List.of(before, handOver)), AnalysisOptions.NONE);
    assertThat(cut.reps()).hasSize(3);
    assertThat(cut.warnings()).extracting(Warning::code).contains("SCENE_CUT");
    assertThat(cut.warnings()).extracting(Warning::code).doesNotContain("REP_ACROSS_CUT");
  }

  @Test
  void whenEveryRepSpansACutTheVideoHasNoRepAndSaysWhy() {
    PoseTrack one = SyntheticLifter.generate(SetSpec.clean(1, 1)).track();
    Rep only = AnalysisPipeline.analyze(one, AnalysisOptions.NONE).reps().get(0).rep();
    double t = one.frames().get((only.floorBreakFrame() + only.lockoutFrame()) / 2).tMs();
    assertThatThrownBy(
            () -> AnalysisPipeline.analyze(withCuts(one, List.of(t)), AnalysisOptions.NONE))
        .isInstanceOf(HingeException.class)
        .hasMessageContaining("no rep between the video's scene cuts")
        .hasMessageContaining("runs across the cut");
  }
}
