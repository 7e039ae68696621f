package dev.hinge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.core.HingeException;
import dev.hinge.faults.FaultCode;
import dev.hinge.faults.SkippedJudgement;
import dev.hinge.pose.PoseTrack;
import dev.hinge.reps.Rep;
import dev.hinge.reps.RepMetrics;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import dev.hinge.testing.TrackEdits;
import java.util.List;
import java.util.Map;
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
    // the third pull, found in the second shot (its rest may be said to start a little earlier
    // there: the shot starts with the second pull's top)
    assertThat(cut.reps().get(1).rep().floorBreakFrame())
        .isCloseTo(plain.reps().get(2).rep().floorBreakFrame(), within(2));
    assertThat(cut.reps().get(1).rep().lockoutFrame())
        .isCloseTo(plain.reps().get(2).rep().lockoutFrame(), within(2));
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

  /**
   * A compilation: a lifter facing right, then a cut to a taller one facing left, farther from the
   * camera. Each shot is measured on its own (its facing, floor and scale), so the second lifter's
   * reps read as the first's do; without the cut recorded (the official tracker), the whole clip is
   * measured as one shot, the second lifter as if facing right.
   */
  @Test
  void eachShotOfACompilationIsMeasuredOnItsOwn() {
    PoseTrack right = SyntheticLifter.generate(SetSpec.clean(5, 2)).track();
    SetSpec l = SetSpec.clean(6, 2);
    PoseTrack left =
        SyntheticLifter.generate(
                new SetSpec(
                    6,
                    l.reps(),
                    false,
                    1.90,
                    l.fps(),
                    4.5,
                    0,
                    l.focalPx(),
                    l.noisePx(),
                    0,
                    0,
                    true,
                    l.walkIn()))
            .track();
    Analysis shots =
        AnalysisPipeline.analyze(TrackEdits.spliced(right, left, true), AnalysisOptions.NONE);
    assertThat(shots.reps()).hasSize(4);
    Analysis alone = AnalysisPipeline.analyze(left, AnalysisOptions.NONE);
    for (int r = 0; r < 2; r++) {
      RepMetrics spliced = shots.reps().get(2 + r).metrics();
      RepMetrics own = alone.reps().get(r).metrics();
      assertThat(spliced.trunkAngleFloorDeg())
          .as("rep %d of the second shot: trunk at the floor break", r + 1)
          .isCloseTo(own.trunkAngleFloorDeg(), within(1.0));
      assertThat(spliced.meanConcentricVelocityMps())
          .isCloseTo(own.meanConcentricVelocityMps(), within(0.02));
    }
    Analysis asOne =
        AnalysisPipeline.analyze(TrackEdits.spliced(right, left, false), AnalysisOptions.NONE);
    int first = shots.reps().get(0).rep().floorBreakFrame();
    int second = shots.reps().get(2).rep().floorBreakFrame();
    assertThat(shots.kinematics().trunkDeg()[first]).isBetween(45.0, 90.0);
    assertThat(shots.kinematics().trunkDeg()[second]).isBetween(45.0, 90.0);
    assertThat(asOne.kinematics().trunkDeg()[first] * asOne.kinematics().trunkDeg()[second])
        .as("one lifter's trunk, measured as if he faced the other one's way, leans back")
        .isNegative();
  }

  /**
   * The set filmed from the side, then from the front: each shot's reps are judged through its own
   * camera. The side shot's reps get the side-view rules, as alone; the front shot's say on the rep
   * that those need a side view; the video's list holds only what neither shot can judge.
   */
  @Test
  void eachShotIsJudgedThroughItsOwnCamera() {
    PoseTrack side = SyntheticLifter.generate(SetSpec.clean(5, 2)).track();
    PoseTrack front = SyntheticLifter.generate(SetSpec.clean(6, 2).withYaw(88)).track();
    Analysis both =
        AnalysisPipeline.analyze(TrackEdits.spliced(side, front, true), AnalysisOptions.NONE);
    Analysis sideAlone = AnalysisPipeline.analyze(side, AnalysisOptions.NONE);
    Analysis frontAlone = AnalysisPipeline.analyze(front, AnalysisOptions.NONE);
    List<SkippedJudgement> frontOnly =
        frontAlone.skipped().stream()
            .filter(
                s ->
                    sideAlone.skipped().stream()
                        .noneMatch(o -> o.judgement().equals(s.judgement())))
            .toList();
    assertThat(frontOnly).hasSizeGreaterThan(3);
    assertThat(both.reps()).hasSize(4);
    assertThat(both.skipped()).isEqualTo(sideAlone.skipped());
    for (int r = 0; r < 2; r++) {
      assertThat(both.reps().get(r).notJudged()).isEqualTo(sideAlone.reps().get(r).notJudged());
      Map<FaultCode, String> fromFront = both.reps().get(2 + r).notJudged();
      for (SkippedJudgement s : frontOnly) {
        assertThat(fromFront).containsKey(FaultCode.valueOf(s.judgement()));
        assertThat(fromFront.get(FaultCode.valueOf(s.judgement())))
            .startsWith(s.reason())
            .endsWith("in the shot this rep is in");
      }
    }
  }
}
