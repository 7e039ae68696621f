package dev.hinge.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.pose.PoseTrack;
import dev.hinge.reps.Phase;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.Rep;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import dev.hinge.testing.TrackEdits;
import org.junit.jupiter.api.Test;

/** The terminal summary's rep table. */
class TerminalReportTest {
  static final PoseTrack ONE_REP = SyntheticLifter.generate(SetSpec.clean(5, 1)).track();

  @Test
  void aRepWhoseLockoutWasNotSeenIsMarkedAndExplained() {
    Rep clean = AnalysisPipeline.analyze(ONE_REP, AnalysisOptions.NONE).reps().get(0).rep();
    Phase up = clean.phase(PhaseName.KNEE_TO_LOCKOUT).orElseThrow();
    Phase down = clean.phase(PhaseName.DESCENT).orElseThrow();
    int from = (up.startFrame() + up.endFrame()) / 2;
    int to = (down.startFrame() + down.endFrame()) / 2;
    Analysis hidden =
        AnalysisPipeline.analyze(TrackEdits.withoutPose(ONE_REP, from, to), AnalysisOptions.NONE);

    String text = TerminalReport.render(hidden);

    assertThat(text).containsPattern("(?m)^1 +full\\* ");
    assertThat(text).contains("* lockout not seen (the lifter was hidden at the top)");
    assertThat(TerminalReport.render(AnalysisPipeline.analyze(ONE_REP, AnalysisOptions.NONE)))
        .containsPattern("(?m)^1 +full +")
        .doesNotContain("lockout not seen");
  }
}
