package dev.hinge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.faults.FaultCode;
import dev.hinge.pose.PoseTrack;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import dev.hinge.testing.TrackEdits;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Technique decay: fault points per rep, the second half of a shot's reps against the first. */
class TechniqueDecayTest {
  static PoseTrack track(long seed, boolean... drift) {
    List<SetSpec.RepSpec> reps = new java.util.ArrayList<>();
    for (boolean d : drift) {
      reps.add(new SetSpec.RepSpec(1.0, 0.6, 1.2, d ? Set.of(FaultCode.BAR_DRIFT) : Set.of()));
    }
    return SyntheticLifter.generate(SetSpec.clean(seed, reps.size()).withReps(reps)).track();
  }

  static long faulty(Analysis a) {
    return a.reps().stream().filter(r -> !r.faults().isEmpty()).count();
  }

  @Test
  void formThatBreaksDownLateInTheSetReadsAsDecay() {
    Analysis a =
        AnalysisPipeline.analyze(track(31, false, false, true, true), AnalysisOptions.NONE);
    assertThat(a.reps()).hasSize(4);
    assertThat(a.reps().subList(0, 2)).allMatch(r -> r.faults().isEmpty());
    assertThat(a.reps().subList(2, 4)).allMatch(r -> !r.faults().isEmpty());
    assertThat(a.set().techniqueDecay()).isGreaterThan(0.5);
  }

  /**
   * A compilation: a lifter with clean reps, then a cut to one whose bar drifts on every rep. Each
   * lifter's form is steady in his own shot, so no decay; read as one set it would be.
   */
  @Test
  void techniqueDecayComparesRepsOfOneShot() {
    PoseTrack clean = track(31, false, false);
    PoseTrack drifting = track(32, true, true);
    Analysis a =
        AnalysisPipeline.analyze(TrackEdits.spliced(clean, drifting, true), AnalysisOptions.NONE);
    assertThat(a.reps()).hasSize(4);
    assertThat(faulty(a)).isEqualTo(2);
    assertThat(a.set().techniqueDecay()).isCloseTo(0.0, org.assertj.core.data.Offset.offset(0.3));
    Analysis asOne =
        AnalysisPipeline.analyze(TrackEdits.spliced(clean, drifting, false), AnalysisOptions.NONE);
    assertThat(faulty(asOne)).isEqualTo(2);
    assertThat(asOne.set().techniqueDecay()).isGreaterThan(0.5);
  }

  @Test
  void fewerThanTwoRepsHaveNoDecay() {
    assertThat(SetFigures.decay(List.of())).isZero();
    Analysis one = AnalysisPipeline.analyze(track(33, true), AnalysisOptions.NONE);
    assertThat(one.set().techniqueDecay()).isZero();
    assertThat(one.reps()).singleElement().satisfies(r -> assertThat(r.faults()).isNotEmpty());
  }
}
