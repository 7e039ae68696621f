package dev.hinge.eval;

import static dev.hinge.eval.Made.clip;
import static dev.hinge.eval.Made.faults;
import static dev.hinge.eval.Made.withFaults;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.eval.ClipLabel.FormLabel;
import dev.hinge.faults.FaultCode;
import dev.hinge.faults.Severity;
import dev.hinge.kinematics.ViewKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  static Finding at(FaultCode c, double confidence) {
    return new Finding(c, Severity.MILD, confidence);
  }

  static DetectedRep rep(Finding... f) {
    return new DetectedRep(1, new Span(1, 2), false, false, List.of(f), Map.of());
  }

  @Test
  void binsCloseOnTheLeftAndTheLastTakesOne() {
    assertThat(Calibration.bin(0.0)).isZero();
    assertThat(Calibration.bin(0.19)).isZero();
    assertThat(Calibration.bin(0.2)).isEqualTo(1);
    assertThat(Calibration.bin(0.79)).isEqualTo(3);
    assertThat(Calibration.bin(0.8)).isEqualTo(4);
    assertThat(Calibration.bin(1.0)).isEqualTo(4);
  }

  @Test
  void aFindingIsRightWhenListedWrongOnAGoodClipAndOtherwiseUnjudgeable() {
    ClipLabel bad =
        withFaults(
            clip("bad.mp4", LabelledView.SIDE, FormLabel.BAD, new Span(1, 2)),
            faults(),
            faults(LabelFault.OVER_ARCHING),
            faults(LabelFault.HEAD_POSITION));
    ClipLabel good = clip("good.mp4", LabelledView.SIDE, FormLabel.GOOD, new Span(1, 2));
    assertThat(Calibration.verdict(bad, at(FaultCode.OVER_ARCHED_BACK, 0.5)))
        .isEqualTo(Calibration.Verdict.RIGHT);
    assertThat(Calibration.verdict(bad, at(FaultCode.HEAD_POSITION, 0.5)))
        .isEqualTo(Calibration.Verdict.SUSPECTED);
    assertThat(Calibration.verdict(bad, at(FaultCode.TOO_HEAVY, 0.5)))
        .isEqualTo(Calibration.Verdict.UNKNOWN);
    assertThat(Calibration.verdict(good, at(FaultCode.TOO_HEAVY, 0.5)))
        .isEqualTo(Calibration.Verdict.WRONG);
  }

  @Test
  void theTableCountsEachFindingInItsBinAndSharesLeaveTheUnjudgeableOut() {
    ClipLabel bad =
        withFaults(
            clip("bad.mp4", LabelledView.SIDE, FormLabel.BAD, new Span(1, 2)),
            faults(LabelFault.BAR_DRIFT),
            faults(),
            faults());
    ClipLabel good = clip("good.mp4", LabelledView.SIDE, FormLabel.GOOD, new Span(1, 2));
    ClipLabel neg = Made.negative("neg.mp4");
    List<ClipScore> scores =
        List.of(
            ClipScore.of(
                bad,
                Made.analysed(
                    ViewKind.SIDE,
                    rep(at(FaultCode.BAR_DRIFT, 0.85), at(FaultCode.HIPS_SHOOT_UP, 0.85)))),
            ClipScore.of(
                good,
                Made.analysed(
                    ViewKind.SIDE,
                    rep(at(FaultCode.BAR_DRIFT, 0.9), at(FaultCode.ROUNDED_BACK, 0.3)))),
            // findings on a negative case are not counted: it is scored as a negative
            ClipScore.of(neg, Made.analysed(ViewKind.SIDE, rep(at(FaultCode.BAR_DRIFT, 0.9)))));
    Calibration c = Calibration.of(scores);
    assertThat(c.bins()).hasSize(5);
    assertThat(c.bins().get(1)).isEqualTo(new Calibration.Bin(0.2, 0.4, 0, 1, 0, 0));
    assertThat(c.bins().get(4)).isEqualTo(new Calibration.Bin(0.8, 1.0, 1, 1, 0, 1));
    Calibration.Bin high = c.high();
    assertThat(high.findings()).isEqualTo(3);
    assertThat(high.shareRight()).hasValue(0.5);
    assertThat(high.shareRightPessimistic()).hasValue(1 / 3.0);
    assertThat(c.bins().get(0).shareRight()).isEmpty();
  }
}
