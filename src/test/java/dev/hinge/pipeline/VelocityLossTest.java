package dev.hinge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The set's velocity loss, and the note when it passes the usual stop point of strength sets. */
class VelocityLossTest {
  static Analysis set(double... concentricS) {
    List<SetSpec.RepSpec> reps =
        java.util.Arrays.stream(concentricS).mapToObj(SetSpec.RepSpec::clean).toList();
    return AnalysisPipeline.analyze(
        SyntheticLifter.generate(SetSpec.clean(21, reps.size()).withReps(reps)).track(),
        AnalysisOptions.NONE);
  }

  /** Same bar travel, 1.0 s up on the first rep and 1.5 s on the last: a third slower. */
  @Test
  void aSetThatSlowsByAThirdIsNotedAsPastTheUsualStopPoint() {
    Analysis a = set(1.0, 1.1, 1.3, 1.5);
    assertThat(a.set().velocityLossPct())
        .isCloseTo(100.0 / 3, org.assertj.core.data.Offset.offset(4.0));
    assertThat(a.warnings())
        .filteredOn(w -> w.code().equals("VELOCITY_LOSS"))
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains("rep 4", "rep 1", "20 %"));
  }

  @Test
  void aSteadySetHasNoVelocityLossNote() {
    Analysis a = set(1.0, 1.05, 1.1);
    assertThat(a.set().velocityLossPct()).isLessThan(15);
    assertThat(a.warnings()).noneMatch(w -> w.code().equals("VELOCITY_LOSS"));
  }
}
