package dev.hinge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The targets over {@link ScoringTest}'s hand-made clips. */
class TargetsTest {
  @Test
  void targetsSayWhatWasMeasuredAndWhetherItIsMet() {
    List<ClipScore> all = new ScoringTest().all;
    Totals t = Totals.of(all);
    FaultTable f = FaultTable.of(all);
    List<Targets.Target> targets = Targets.of(t, f, Calibration.of(all), Optional.empty());
    assertThat(targets)
        .extracting(Targets.Target::what, Targets.Target::measured, Targets.Target::met)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "side-view deadlift clips: runs without an analysis", "1 of 4", Optional.of(false)),
            org.assertj.core.groups.Tuple.tuple(
                "side-view deadlift clips: rep count exact", "3 of 4 (75 %)", Optional.of(false)),
            org.assertj.core.groups.Tuple.tuple(
                "faults the source names, found", "1 of 2 (50 %)", Optional.of(false)),
            org.assertj.core.groups.Tuple.tuple(
                "reps labelled good that get a fault", "1 of 2 (50 %)", Optional.of(false)),
            org.assertj.core.groups.Tuple.tuple(
                "injected faults at the largest size, flagged (each kind)",
                "not run (--inject)",
                Optional.empty()),
            org.assertj.core.groups.Tuple.tuple(
                "front and oblique views recognised", "1 of 2 (50 %)", Optional.of(false)),
            org.assertj.core.groups.Tuple.tuple(
                "negatives read as 0 deadlift reps or refused",
                "2 of 3 (67 %)",
                Optional.of(false)));
  }
}
