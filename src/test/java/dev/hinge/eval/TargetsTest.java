package dev.hinge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.faults.FaultCode;
import java.util.List;
import java.util.Map;
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

  @Test
  void untouchedBaseRepsCountAgainstTheTargetOnlyWhereTheirClipIsLabelledGood() {
    List<ClipScore> all = new ScoringTest().all;
    InjectionReport injected =
        new InjectionReport(
            List.of("good.mp4 (2 reps)", "unknown.mp4 (1 rep)"),
            new InjectionReport.Untouched(
                3,
                1,
                Map.of(FaultCode.ROUNDED_BACK, 1),
                2,
                0,
                List.of("unknown.mp4 rep 1: ROUNDED_BACK (form unknown)")),
            List.of());
    List<Targets.Target> targets =
        Targets.of(Totals.of(all), FaultTable.of(all), Calibration.of(all), Optional.of(injected));
    assertThat(targets)
        .filteredOn(t -> t.what().equals("untouched good reps flagged"))
        .extracting(Targets.Target::measured, Targets.Target::met)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "0 of 2 labelled good (1 of 3 with the base reps of unknown form)",
                Optional.of(true)));
  }
}
