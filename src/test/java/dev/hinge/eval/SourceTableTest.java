package dev.hinge.eval;

import static dev.hinge.eval.Made.analysed;
import static dev.hinge.eval.Made.clip;
import static dev.hinge.eval.Made.faults;
import static dev.hinge.eval.Made.negative;
import static dev.hinge.eval.Made.rep;
import static dev.hinge.eval.Made.withFaults;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.eval.ClipLabel.FormLabel;
import dev.hinge.faults.FaultCode;
import dev.hinge.kinematics.ViewKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The set's figures source by source, on hand-made labels and outcomes. */
class SourceTableTest {
  static final Span A = new Span(1, 3);
  static final Span B = new Span(4, 6);

  @Test
  void eachSourceGetsItsOwnRowInTheOrderTheLabelsNameThem() {
    List<ClipScore> scores =
        List.of(
            // alpha: a good two-rep clip read right, but one rep flagged; a bad clip whose named
            // fault is found, and a named fault without a rule
            ClipScore.of(
                clip("alpha_good.mp4", LabelledView.SIDE, FormLabel.GOOD, A, B),
                analysed(ViewKind.SIDE, rep(1, 1, 3), rep(2, 4, 6, FaultCode.BAR_DRIFT))),
            ClipScore.of(
                withFaults(
                    clip("alpha_bad.mp4", LabelledView.SIDE, FormLabel.BAD, A),
                    faults(LabelFault.ROUNDED_BACK, LabelFault.HEEL_LIFT),
                    faults(),
                    faults()),
                analysed(ViewKind.SIDE, rep(1, 1, 3, FaultCode.ROUNDED_BACK))),
            // beta: a front view read as oblique, one rep short; a negative read as a deadlift
            ClipScore.of(
                clip("beta_front.mp4", LabelledView.FRONT, FormLabel.UNKNOWN, A, B),
                analysed(ViewKind.OBLIQUE, rep(1, 1, 3))),
            ClipScore.of(negative("beta_squat.mp4"), analysed(ViewKind.SIDE, rep(1, 1, 3))),
            ClipScore.of(
                clip("alpha_third.mp4", LabelledView.SIDE, FormLabel.UNKNOWN, A),
                analysed(ViewKind.SIDE)));
    SourceTable t = SourceTable.of(scores);
    assertThat(t.rows()).extracting(SourceTable.Row::source).containsExactly("alpha", "beta");
    SourceTable.Row alpha = t.rows().get(0);
    assertThat(alpha.deadliftClips()).isEqualTo(3);
    assertThat(alpha.exact()).isEqualTo(2);
    assertThat(alpha.labelledReps()).isEqualTo(4);
    assertThat(alpha.foundReps()).isEqualTo(3);
    assertThat(alpha.viewsRecognised()).isEqualTo(3);
    // heel lift has no rule: only the rounded back is listed, and found
    assertThat(alpha.faultsListed()).isEqualTo(1);
    assertThat(alpha.faultsFound()).isEqualTo(1);
    assertThat(alpha.goodReps()).isEqualTo(2);
    assertThat(alpha.goodRepsFlagged()).isEqualTo(1);
    assertThat(alpha.findings()).isEqualTo(2);
    assertThat(alpha.negatives()).isZero();
    SourceTable.Row beta = t.rows().get(1);
    assertThat(beta.deadliftClips()).isEqualTo(1);
    assertThat(beta.exact()).isZero();
    assertThat(beta.labelledReps()).isEqualTo(2);
    assertThat(beta.foundReps()).isEqualTo(1);
    assertThat(beta.viewsRecognised()).isZero();
    assertThat(beta.negatives()).isEqualTo(1);
    assertThat(beta.negativesReadAsDeadlift()).isEqualTo(1);
  }

  @Test
  void theTextReportPrintsARowPerSource() {
    SourceTable t =
        SourceTable.of(
            List.of(
                ClipScore.of(negative("gamma_squat.mp4"), analysed(ViewKind.SIDE)),
                ClipScore.of(
                    clip("delta_lift.mp4", LabelledView.SIDE, FormLabel.GOOD, A),
                    analysed(ViewKind.SIDE, rep(1, 1, 3)))));
    StringBuilder sb = new StringBuilder();
    EvalText.sources(sb, t);
    assertThat(sb.toString())
        .contains("Per source")
        .containsPattern("gamma\\s+0\\s+—\\s+—\\s+—\\s+—\\s+—\\s+0\\s+0/1")
        .containsPattern("delta\\s+1\\s+1/1\\s+1→1\\s+1/1\\s+—\\s+0/1\\s+0\\s+—");
  }
}
