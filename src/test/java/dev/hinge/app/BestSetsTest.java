package dev.hinge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hinge.journal.Journal;
import dev.hinge.journal.JournalTestSupport;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class BestSetsTest {
  /** Saves a synthetic set of reps at {@code concentricS} seconds each with {@code loadKg}. */
  static long save(Journal j, double concentricS, Double loadKg) {
    var a =
        AnalysisPipeline.analyze(
            SyntheticLifter.generate(
                    SetSpec.clean(11, 2)
                        .withReps(
                            List.of(
                                SetSpec.RepSpec.clean(concentricS),
                                SetSpec.RepSpec.clean(concentricS))))
                .track(),
            AnalysisOptions.NONE);
    return j.analyses()
        .save(a, loadKg == null ? OptionalDouble.empty() : OptionalDouble.of(loadKg));
  }

  @Test
  void aSetIsComparedWithTheFastestSetWithinTenPercentOfItsLoad() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"))) {
      long slowSimilar = save(j, 1.6, 105.0);
      long fastSimilar = save(j, 1.0, 95.0);
      save(j, 0.6, 60.0); // faster, but far lighter: not comparable
      long today = save(j, 1.3, 100.0);
      BestSets.Comparison c = new BestSets(j).of(today);
      assertThat(c.set().id()).isEqualTo(today);
      assertThat(c.best().id()).isEqualTo(fastSimilar).isNotEqualTo(slowSimilar);
      assertThat(c.differences().get(0)).startsWith("slower than your best set at a similar load");
    }
  }

  @Test
  void withoutALoadOrASimilarSetItSaysWhy() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"))) {
      long noLoad = save(j, 1.0, null);
      long alone = save(j, 1.0, 140.0);
      assertThat(new BestSets(j).of(noLoad).bestSet()).isEmpty();
      assertThat(new BestSets(j).of(noLoad).differences().get(0))
          .startsWith("no bar load recorded");
      assertThat(new BestSets(j).of(alone).differences().get(0))
          .isEqualTo("no other set at a similar load (126–154 kg) in the journal yet");
      assertThatThrownBy(() -> new BestSets(j).of(999))
          .hasMessageContaining("no analysis with id 999");
    }
  }
}
