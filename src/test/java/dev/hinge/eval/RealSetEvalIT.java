package dev.hinge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.core.AppDirs;
import dev.hinge.eval.inject.Injection;
import dev.hinge.eval.inject.InjectionHarness;
import dev.hinge.pipeline.ProgressListener;
import dev.hinge.pose.ModelInfo;
import dev.hinge.pose.PoseOptions;
import dev.hinge.pose.VideoPoseTracker;
import dev.hinge.pose.model.ModelStore;
import dev.hinge.pose.model.PoseModel;
import dev.hinge.pose.runtime.Runtimes;
import dev.hinge.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hinge eval} on the labelled development set ({@code ../shared/fixtures/real}, 28 clips):
 * the whole pipeline, full model, once (about 3.5 minutes on the 2-core VM), then once more from
 * the pose-track cache it filled. The assertions hold the figures measured when this test was
 * written, less a small margin, so that a change that makes them worse fails here; they are not the
 * targets. Each test says what its target is and whether it is met today.
 */
class RealSetEvalIT {
  @TempDir static Path cache;

  static Labels labels;
  static EvalReport report;
  static EvalRunner.Result cold;
  static EvalRunner.Result cached;

  @BeforeAll
  static void runTheSetTwice() {
    Path real = Fixtures.real();
    labels = LabelsReader.read(real.resolve("labels.json"));
    AppDirs dirs = AppDirs.forUser();
    VideoPoseTracker tracker =
        new VideoPoseTracker(
            new ModelStore(dirs.models()), Runtimes.create(Runtimes.Choice.AUTO, dirs.cache()));
    PoseOptions opts = PoseOptions.defaults();
    ModelInfo model = new ModelInfo(PoseModel.FULL.displayName(), PoseModel.FULL.sha256());
    EvalRunner runner =
        new EvalRunner(
            v -> tracker.track(v, opts, ProgressListener.NONE),
            model,
            Optional.of(new PoseTrackCache(cache)));
    cold = runner.run(labels, real, InjectionHarness::eligible, EvalRunner.Listener.NONE);
    List<InjectionHarness.Base> bases =
        cold.runs().stream()
            .filter(r -> r.track().isPresent())
            .map(r -> new InjectionHarness.Base(r.label(), r.track().get(), r.analysis().get()))
            .toList();
    InjectionReport injected = InjectionHarness.run(bases, Injection.standard(), s -> {});
    cached = runner.run(labels, real, l -> false, EvalRunner.Listener.NONE);
    report =
        EvalReport.of(
            "labels.json",
            real.toString(),
            model.name(),
            "dev",
            cold.problems(),
            cold.runs(),
            Optional.of(injected),
            new EvalReport.Run(cold.seconds(), cold.runs().size(), cold.fromCache(), true));
    System.out.println(EvalText.render(report));
    System.out.printf(
        "RealSetEvalIT: %d clips, pose stage and analysis %.0f s; again from the cache %.1f s%n",
        cold.runs().size(), cold.seconds(), cached.seconds());
  }

  @Test
  void theLabelsAreReadWithoutAProblemAndEveryVideoIsThere() {
    assertThat(labels.problems()).isEmpty();
    assertThat(labels.clips()).hasSize(28);
    assertThat(cold.problems()).isEmpty();
    assertThat(cold.runs()).hasSize(28);
  }

  @Test
  void aSecondRunScoresTheSameFromTheCacheInSeconds() {
    assertThat(cached.fromCache()).isEqualTo(28);
    assertThat(cached.seconds()).isLessThan(30);
    for (int i = 0; i < cold.runs().size(); i++) {
      assertThat(cached.runs().get(i).outcome()).isEqualTo(cold.runs().get(i).outcome());
    }
  }

  /**
   * Target: usable side-view clips, 0 runs without an analysis and the rep count exact on ≥ 95 %.
   * Not met today: of 12 side-view deadlift clips 2 give no analysis (svr_deadlift, bx_good004: "no
   * deadlift rep found") and 9 have the right count (75 %). Over all 24 deadlift clips 16 are exact
   * and 22 within one; no run fails outright.
   */
  @Test
  void repCountsOnTheDeadliftClips() {
    Totals t = report.totals();
    assertThat(t.deadliftClips()).isEqualTo(24);
    assertThat(t.runs().get(ClipOutcome.Status.FAILED)).isZero();
    assertThat(t.sideClips().clips()).isEqualTo(12);
    assertThat(t.sideClips().failedRuns()).isLessThanOrEqualTo(2);
    assertThat(t.sideClips().exact()).isGreaterThanOrEqualTo(8);
    assertThat(t.allClips().exact()).isGreaterThanOrEqualTo(14);
    assertThat(t.allClips().withinOne()).isGreaterThanOrEqualTo(20);
    // found reps pair with labelled ones: 31 of 42 labelled, 31 of 34 found
    assertThat(t.pairing().paired()).isGreaterThanOrEqualTo(28);
  }

  /**
   * Target: front and oblique views recognised on ≥ 95 %. Not met today: front 4 of 4, oblique 3 of
   * 5 (two read as front), 78 % together. Side 10 of 12 (the two without an analysis), rear 3 of 3
   * (read as oblique, never as side).
   */
  @Test
  void viewsAreRecognised() {
    Totals t = report.totals();
    int frontOblique =
        t.views().get(LabelledView.FRONT).of() + t.views().get(LabelledView.OBLIQUE).of();
    assertThat(frontOblique).isGreaterThanOrEqualTo(6);
    assertThat(t.views().get(LabelledView.SIDE).of()).isGreaterThanOrEqualTo(9);
    assertThat(t.views().get(LabelledView.REAR).of()).isGreaterThanOrEqualTo(2);
  }

  /**
   * Target: faults the source names found on ≥ 80 %. Not met today: 0 of 3, all three judged and
   * missed. Seen: 0 of 4. Too few positives for a ratchet; the counts of positives are checked so
   * that the scoring keeps reading the labels.
   */
  @Test
  void namedAndSeenFaultsAreScoredApart() {
    int named = 0;
    int seen = 0;
    for (FaultTable.Row r : report.faults().rows()) {
      named += r.named().positives();
      seen += r.seen().positives();
    }
    assertThat(named).isEqualTo(3);
    assertThat(seen).isEqualTo(4);
  }

  /**
   * Target: ≤ 10 % of the reps labelled good get a fault. Not met today: 3 of 4 (BAR_DRIFT,
   * LOCKOUT_HYPEREXTENSION and JERKING_THE_BAR, one rep each, each just past its threshold).
   */
  @Test
  void repsLabelledGoodThatGetAFault() {
    Totals.Tally good = report.totals().goodReps();
    assertThat(good.n()).isGreaterThanOrEqualTo(3);
    assertThat(good.of()).isLessThanOrEqualTo(3);
  }

  /**
   * Target: ≥ 90 % of the negatives read as 0 deadlift reps or refused. Not met today: 3 of 4 (one
   * reads as a full rep).
   */
  @Test
  void negativesAreNotReadAsDeadlifts() {
    Totals.Negatives n = report.totals().negativeCases();
    assertThat(n.n()).isEqualTo(4);
    assertThat(n.rejected()).isGreaterThanOrEqualTo(3);
  }

  /**
   * Target: findings at confidence ≥ 0.8 right ≥ 80 % of the time. Not measurable today: 3 such
   * findings, 1 on a clip labelled good (wrong), 2 on clips that name no fault (unknown). The table
   * counts every finding once.
   */
  @Test
  void theCalibrationTableCountsEveryFinding() {
    int findings =
        report.clips().stream()
            .filter(s -> s.label().scorable())
            .flatMap(s -> s.outcome().reps().stream())
            .mapToInt(r -> r.findings().size())
            .sum();
    assertThat(report.calibration().bins().stream().mapToInt(Calibration.Bin::findings).sum())
        .isEqualTo(findings);
  }

  /**
   * Targets: injected faults at the largest size flagged on ≥ 80 % of judged reps, and 0 untouched
   * good reps flagged. Not met today: of 5 base reps 4 are flagged untouched; at the largest sizes
   * hips rising 15 cm are flagged on 2 of 5, the bar drifting 10 cm on 1 of 2, a held 20° lean-back
   * on 1 of 3, a brief one on 0 of 3, a 3× faster floor break on 1 of 1. With so few reps each
   * figure moves by a rep at a time: the ratchet allows one.
   */
  @Test
  void injectedFaultsAreMeasuredOnRealTracksOfGoodReps() {
    InjectionReport i = report.injected().orElseThrow();
    assertThat(i.clips()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(i.rows()).hasSize(Injection.standard().size());
    assertThat(i.untouched().flagged()).isLessThanOrEqualTo(4);
    int flaggedAtLargest = i.largest().stream().mapToInt(InjectionReport.Row::flagged).sum();
    assertThat(flaggedAtLargest).isGreaterThanOrEqualTo(5 - 1);
  }
}
