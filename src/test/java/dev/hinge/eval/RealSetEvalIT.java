package dev.hinge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.core.AppDirs;
import dev.hinge.core.ProgressListener;
import dev.hinge.eval.inject.Injection;
import dev.hinge.eval.inject.InjectionHarness;
import dev.hinge.eval.inject.NoiseAudit;
import dev.hinge.faults.FaultCode;
import dev.hinge.pose.ModelInfo;
import dev.hinge.pose.PoseOptions;
import dev.hinge.pose.VideoPoseTracker;
import dev.hinge.pose.model.PoseModel;
import dev.hinge.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hinge eval} on the labelled development set ({@code ../shared/fixtures/real}, 28 clips):
 * the whole pipeline, full model, on the reference runtime as {@code hinge eval} runs it
 * (TensorFlow Lite where it runs; {@link Fixtures#poseTracker()} says why not {@code auto}), once
 * (about 3.5 minutes on the 2-core VM), then once more from the pose-track cache it filled. The
 * assertions hold the figures measured when this test was written, less a small margin, so that a
 * change that makes them worse fails here; they are not the targets. Each test says what its target
 * is and whether it is met today.
 */
class RealSetEvalIT {
  @TempDir static Path cache;

  static Labels labels;
  static EvalReport report;
  static EvalRunner.Result cold;
  static EvalRunner.Result cached;
  static NoiseReport noise;

  static final double NOISE_TORSO_SHARE = 0.01;
  static final int NOISE_TRIALS = 10;

  @BeforeAll
  static void runTheSetTwice() {
    Path real = Fixtures.real();
    labels = LabelsReader.read(real.resolve("labels.json"));
    VideoPoseTracker tracker = Fixtures.poseTracker();
    PoseOptions opts = PoseOptions.defaults();
    ModelInfo model = new ModelInfo(PoseModel.FULL.displayName(), PoseModel.FULL.sha256());
    EvalRunner runner =
        new EvalRunner(
            v -> tracker.track(v, opts, ProgressListener.NONE),
            model,
            Optional.of(new PoseTrackCache(cache, Fixtures.runtime(AppDirs.forUser()).name())));
    cold = runner.run(labels, real, l -> true, EvalRunner.Listener.NONE);
    List<InjectionHarness.Base> bases =
        cold.runs().stream()
            .filter(r -> r.track().isPresent())
            .map(r -> new InjectionHarness.Base(r.label(), r.track().get(), r.analysis().get()))
            .toList();
    InjectionReport injected =
        InjectionHarness.run(
            bases.stream().filter(b -> InjectionHarness.eligible(b.label())).toList(),
            Injection.standard(),
            s -> {});
    noise = NoiseAudit.run(bases, NOISE_TORSO_SHARE, NOISE_TRIALS, s -> {});
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
            Optional.of(noise),
            new EvalReport.Run(
                cold.seconds(),
                cold.runs().size(),
                cold.fromCache(),
                true,
                Fixtures.runtime(AppDirs.forUser()).name()));
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
   * Met: no side-view clip is without an analysis (svr_deadlift, a single dropped from lockout
   * before the lifter walks to the camera, is one rep since 2026-12-05); 12 of 12 exact since
   * 2026-12-06 (bx_good004, whose pose the model loses behind the near plate at the top, read as
   * two partials before lost poses were dropped). Over all 24 deadlift clips 23 were exact on
   * 2026-12-07 (seb_rdl's third rep, cut by the clip's end at a lockout the rear view reads 2°
   * short, counts at the set's own top: SetTop) and 24 since the same day (jqp_sumo, a front-view
   * sumo grind, kept its floor break once the shoulders had risen with the bar: FloorBreak), all
   * within one; no run fails outright. Held with one clip of margin (on the auto runtime's mix
   * jqp_sumo read a full rep and a partial; docs/eval.md).
   */
  @Test
  void repCountsOnTheDeadliftClips() {
    Totals t = report.totals();
    assertThat(t.deadliftClips()).isEqualTo(24);
    assertThat(t.runs().get(ClipOutcome.Status.FAILED)).isZero();
    assertThat(t.sideClips().clips()).isEqualTo(12);
    assertThat(t.sideClips().failedRuns()).isZero();
    assertThat(t.sideClips().exact())
        .isGreaterThanOrEqualTo((int) Math.ceil(0.95 * t.sideClips().clips()));
    assertThat(t.allClips().exact()).isGreaterThanOrEqualTo(23);
    assertThat(t.allClips().withinOne()).isGreaterThanOrEqualTo(23);
    // found reps pair with labelled ones: 40 of 42 labelled, 40 of 42 found, mean IoU 0.786 on the
    // reference runtime (2026-12-07, 39 and 0.783 before FloorBreak.pulledBefore; on 2026-12-06,
    // before SetTop: 0.779, and 0.789 on the auto mix, 0.795 on ONNX Runtime alone, 0.764 with ONNX
    // Runtime's landmarks and TensorFlow Lite's detector: the spread the runtimes alone make)
    assertThat(t.pairing().paired()).isGreaterThanOrEqualTo(39);
    assertThat(t.pairing().meanIou()).isGreaterThanOrEqualTo(0.77);
    // lockouts: found a median 0.33 s after the labelled ones (32 reps, 2026-12-06); the labels
    // were read at 4 fps (±0.25 s), and a bar still rising fast at several labelled lockouts says
    // they run early. Held so a change that moves lockouts shows here.
    assertThat(t.pairing().timedLockouts()).isGreaterThanOrEqualTo(30);
    assertThat(t.pairing().medianLockoutOffsetS()).isBetween(0.0, 0.5);
  }

  /**
   * The figures hold source by source, not only over the set: a rule fitted to the largest source
   * (BichraiX, 7 of the 24 deadlift clips) would show here on the others. Measured 2026-12-07 on
   * the 16 of the 18 sources that have deadlift clips: every clip's rep count exact, every view
   * recognised, no good rep flagged; BichraiX's 4 named or seen faults found. Held with one clip of
   * margin on the counts, as the totals are.
   */
  @Test
  void everySourceHoldsOnItsOwn() {
    SourceTable t = report.sources();
    assertThat(t.rows()).hasSize(18);
    int countsOff = 0;
    for (SourceTable.Row r : t.rows()) {
      countsOff += r.deadliftClips() - r.exact();
      assertThat(r.viewsRecognised()).as(r.source()).isEqualTo(r.deadliftClips());
      assertThat(r.goodRepsFlagged()).as(r.source()).isZero();
      assertThat(r.faultsFound()).as(r.source()).isEqualTo(r.faultsListed());
    }
    assertThat(countsOff).isLessThanOrEqualTo(1);
  }

  /**
   * Target: front and oblique views recognised on ≥ 95 %. Met: front 4 of 4, oblique 5 of 5. Side
   * 12 of 12, rear 3 of 3 (read as oblique, never as side).
   */
  @Test
  void viewsAreRecognised() {
    Totals t = report.totals();
    int frontOblique =
        t.views().get(LabelledView.FRONT).of() + t.views().get(LabelledView.OBLIQUE).of();
    assertThat(frontOblique).isEqualTo(9);
    assertThat(t.views().get(LabelledView.SIDE).of()).isGreaterThanOrEqualTo(12);
    assertThat(t.views().get(LabelledView.REAR).of()).isGreaterThanOrEqualTo(2);
  }

  /**
   * Target: faults the source names found on ≥ 80 %. Met: 3 of 3 (ROUNDED_BACK,
   * SQUATTING_THE_DEADLIFT, LOCKOUT_HYPEREXTENSION); seen 4 of 4. Each is one clip: a rule change
   * that loses one shows here. bx_bad013's lean-back reads 14.1° past its legs' line against 13°
   * (clean lockouts up to 10.3°); from the picture's vertical, as it was read before 2026-12-07,
   * 11.1° against 10°, and a good rep of another lifter of the same source (bx_good008) 11.0°.
   * Margins 2–3°: thin (docs/analysis.md).
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
    int namedFound = 0;
    int seenFound = 0;
    for (FaultTable.Row r : report.faults().rows()) {
      namedFound += r.named().tp();
      seenFound += r.seen().tp();
    }
    assertThat(namedFound).isEqualTo(3);
    assertThat(seenFound).isEqualTo(4);
  }

  /**
   * Issue: thresholds come from the distribution across sources, and a rule chosen on some sources
   * must hold on the others. Each rule with a main measure has its row; SQUATTING_THE_DEADLIFT's
   * named squat (bx_bad010, 6.2°) is still found with its own source left out, and its clean reps
   * sit above the threshold (margin 2.1°); HEAD_POSITION's clean heads stay far under theirs.
   */
  @Test
  void thresholdsAreReadAgainstTheMeasureAcrossSources() {
    ThresholdTable t = report.thresholds();
    assertThat(t.rows()).hasSize(8);
    ThresholdTable.Row squat =
        t.rows().stream()
            .filter(r -> r.code() == FaultCode.SQUATTING_THE_DEADLIFT)
            .findFirst()
            .orElseThrow();
    assertThat(squat.positives())
        .extracting(ThresholdTable.Value::clip)
        .containsExactly("bx_bad010.mp4");
    assertThat(squat.margin()).isPositive();
    assertThat(squat.heldOut())
        .filteredOn(h -> h.positives() > 0)
        .allSatisfy(h -> assertThat(h.positivesMissed()).isEmpty())
        .isNotEmpty();
    ThresholdTable.Row head =
        t.rows().stream()
            .filter(r -> r.code() == FaultCode.HEAD_POSITION)
            .findFirst()
            .orElseThrow();
    assertThat(head.margin()).isGreaterThan(10);
  }

  /**
   * The verdicts under smooth landmark noise of 1 % of the torso (NoiseAudit, 10 trials a clip):
   * the size of the difference another runtime makes where the two tracks part (none on 14 of the
   * 28 clips, a mean of 0.1–2.8 % of the torso on 13; docs/eval.md). Measured 2026-12-07 with 20
   * trials: 510 of 520 trials stable (98 %; 502 before FloorBreak.pulledBefore); on the clips
   * labelled good a rule flagged a rep anew in 1 of 100 (bx_good008's LOCKOUT_HYPEREXTENSION: 11.0°
   * lean-back, hips 183° against the 186° that decides; 0 of 100 since the lean-back is read
   * against the legs, 503 of 520 stable: the kettlebell negative's 12.4° gains it in 5 of 20); the
   * faults the clips name or show, found untouched, lost in 0 of 80. The same bounds as the set's
   * own targets: ≤ 10 % of good clips' trials flagged, ≥ 90 % stable.
   */
  @Test
  void verdictsHoldUnderLandmarkNoiseOfTheSizeAnotherRuntimeMakes() {
    assertThat(noise.clips())
        .hasSize((int) cold.runs().stream().filter(r -> r.analysis().isPresent()).count());
    assertThat(noise.trials()).isEqualTo(NOISE_TRIALS);
    assertThat(noise.stableTrials())
        .isGreaterThanOrEqualTo((int) Math.ceil(0.9 * noise.allTrials()));
    assertThat(noise.goodTrials()).isEqualTo(5 * NOISE_TRIALS);
    assertThat(noise.goodTrialsFlaggedAnew()).isLessThanOrEqualTo(noise.goodTrials() / 10);
    NoiseReport.FaultTrials lost = noise.labelledFoundLost();
    assertThat(lost.trials()).isEqualTo(4 * NOISE_TRIALS);
    assertThat(lost.lost()).isLessThanOrEqualTo(lost.trials() / 10);
  }

  /** Target: ≤ 10 % of the reps labelled good get a fault. Met: 0 of 6. */
  @Test
  void repsLabelledGoodThatGetAFault() {
    Totals.Tally good = report.totals().goodReps();
    assertThat(good.n()).isGreaterThanOrEqualTo(6);
    assertThat(good.of()).isZero();
  }

  /**
   * Target: ≥ 90 % of the negatives read as 0 deadlift reps or refused. Not met: 3 of 4 (the
   * kettlebell deadlift, filmed from the side, reads as a full rep: its pose is a deadlift's, and
   * in a side view the two hands on one handle look like a barbell grip).
   */
  @Test
  void negativesAreNotReadAsDeadlifts() {
    Totals.Negatives n = report.totals().negativeCases();
    assertThat(n.n()).isEqualTo(4);
    assertThat(n.rejected()).isGreaterThanOrEqualTo(3);
  }

  /**
   * Target: findings at confidence ≥ 0.8 right ≥ 80 % of the time. Met on one finding, too few to
   * say much: bx_bad013's LOCKOUT_HYPEREXTENSION (0.8), named by its source. None of them is on a
   * clip labelled good. The table counts every finding once.
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
    assertThat(report.calibration().high().right()).isGreaterThanOrEqualTo(1);
    assertThat(report.calibration().high().wrong()).isZero();
  }

  /**
   * Targets: injected faults at the largest size flagged on ≥ 80 % of judged reps, and 0 untouched
   * good reps flagged. Met: at the largest sizes each kind is flagged on ≥ 80 % of the judged reps
   * (hips 15 cm 4 of 4, bar 10 cm 4 of 4, lean-back 20° held and brief 6 of 6, floor break 3× 4 of
   * 4), and none of the 5 base reps of clips labelled good is flagged untouched. Of all 8 base reps
   * (the side-view reps whose clips name and show no fault) one is: ROUNDED_BACK (mild) on
   * svr_deadlift, a clip of unknown form whose trunk is 90° from vertical at the floor break and
   * whose upper back looks rounded by eye. Held to that one rep and that one rule.
   */
  @Test
  void injectedFaultsAreMeasuredOnRealTracksOfGoodReps() {
    InjectionReport i = report.injected().orElseThrow();
    assertThat(i.clips()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(i.rows()).hasSize(Injection.standard().size());
    assertThat(i.untouched().goodReps()).isGreaterThanOrEqualTo(5);
    assertThat(i.untouched().goodFlagged()).isZero();
    assertThat(i.untouched().flagged()).isLessThanOrEqualTo(1);
    assertThat(i.untouched().byCode().keySet()).isSubsetOf(FaultCode.ROUNDED_BACK);
    for (InjectionReport.Row row : i.largest()) {
      assertThat(row.judged()).as(row.kind()).isGreaterThanOrEqualTo(3);
      assertThat(row.flagged())
          .as(row.kind())
          .isGreaterThanOrEqualTo((int) Math.ceil(0.8 * row.judged()));
    }
  }
}
