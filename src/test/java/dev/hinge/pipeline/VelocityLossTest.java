package dev.hinge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.pose.PoseTrack;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import dev.hinge.testing.TrackEdits;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The set's velocity loss, and the note when it passes the usual stop point of strength sets. */
class VelocityLossTest {
  static Analysis set(double... concentricS) {
    return AnalysisPipeline.analyze(track(21, concentricS), AnalysisOptions.NONE);
  }

  static PoseTrack track(long seed, double... concentricS) {
    List<SetSpec.RepSpec> reps =
        java.util.Arrays.stream(concentricS).mapToObj(SetSpec.RepSpec::clean).toList();
    return SyntheticLifter.generate(SetSpec.clean(seed, reps.size()).withReps(reps)).track();
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

  /**
   * A compilation: a lifter pulling 1.0 s reps, then a cut to another pulling 1.5 s reps. Each
   * steady in his own shot: no loss, and no note (across the cut it would read a third slower).
   */
  @Test
  void velocityLossComparesRepsOfOneShot() {
    PoseTrack fast = track(21, 1.0, 1.0);
    PoseTrack slow = track(22, 1.5, 1.5);
    Analysis a =
        AnalysisPipeline.analyze(TrackEdits.spliced(fast, slow, true), AnalysisOptions.NONE);
    assertThat(a.reps()).hasSize(4);
    assertThat(a.set().velocityLossPct()).isLessThan(10);
    assertThat(a.warnings()).noneMatch(w -> w.code().equals("VELOCITY_LOSS"));
    // the same frames without the cut recorded read as one set slowing by a third
    Analysis asOne =
        AnalysisPipeline.analyze(TrackEdits.spliced(fast, slow, false), AnalysisOptions.NONE);
    assertThat(asOne.set().velocityLossPct()).isGreaterThan(25);
  }
}
