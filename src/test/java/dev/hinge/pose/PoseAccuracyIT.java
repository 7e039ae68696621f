package dev.hinge.pose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.core.AppDirs;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.pipeline.ProgressListener;
import dev.hinge.pose.model.ModelStore;
import dev.hinge.pose.model.PoseModel;
import dev.hinge.pose.runtime.Runtimes;
import dev.hinge.testing.Fixtures;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hinge's pose pipeline against the official MediaPipe web solution (golden tracks made by
 * tools/pose-reference). Prints a per-landmark table for every clip.
 *
 * <p>Bounds: the target is a mean of 1.0 % of torso length. Measured on 2026-12-01 (ONNX
 * Runtime): formfit 0.74, jc_heellift 0.71, heavy 0.59 (held at 1.0); jc_good 1.07, jc_bad 1.13,
 * jc_rdl 1.34, jc_nico_blocked 1.38, jc_nico_unblocked 1.61, lite 1.53, and the one-frame jc_short
 * 2.30, where no smoothing or tracking helps (held at today's figure plus about 0.3). The rest is
 * on limbs hidden behind the body; see docs/perception.md. A regression in geometry, tracking or
 * smoothing moves these figures by whole percents (the smoothers' object size alone was worth 3
 * points on formfit), so each bound fails it.
 */
class PoseAccuracyIT {
  /** The target, mean distance as a share of torso length, %. */
  static final double TARGET_PCT_TORSO = 1.0;

  static VideoPoseTracker tracker;

  @BeforeAll
  static void models() {
    AppDirs dirs = AppDirs.forUser();
    tracker =
        new VideoPoseTracker(
            new ModelStore(dirs.models()), Runtimes.create(Runtimes.Choice.AUTO, dirs.cache()));
  }

  static Stream<Arguments> clips() {
    return Stream.of(
        Arguments.of("formfit_deadlift", PoseModel.FULL, TARGET_PCT_TORSO),
        Arguments.of("jc_good", PoseModel.FULL, 1.4),
        Arguments.of("jc_bad", PoseModel.FULL, 1.4),
        Arguments.of("jc_heellift", PoseModel.FULL, TARGET_PCT_TORSO),
        Arguments.of("jc_rdl", PoseModel.FULL, 1.6),
        Arguments.of("jc_nico_blocked", PoseModel.FULL, 1.7),
        Arguments.of("jc_nico_unblocked", PoseModel.FULL, 1.9),
        Arguments.of("jc_short", PoseModel.FULL, 2.6),
        Arguments.of("jc_good", PoseModel.LITE, 1.8),
        Arguments.of("jc_good", PoseModel.HEAVY, TARGET_PCT_TORSO));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("clips")
  void hingesLandmarksStayCloseToTheOfficialSolution(String clip, PoseModel model, double maxPct) {
    String m = model.name().toLowerCase(Locale.ROOT);
    PoseTrack golden = PoseTrackReader.read(Fixtures.golden(clip, m));
    PoseTrack ours =
        tracker.track(
            Fixtures.video(clip + ".mp4"), new PoseOptions(model, 2), ProgressListener.NONE);

    TrackComparison c = TrackComparison.of(golden, ours);
    System.out.println("== " + clip + " (" + m + ")\n" + c.table());

    assertThat(ours.frames()).hasSameSizeAs(golden.frames());
    assertThat(c.framesOnlyInReference())
        .as("frames where only the official solution found the lifter")
        .isLessThanOrEqualTo(Math.max(1, golden.frames().size() / 50));
    assertThat(c.meanPctTorso())
        .as("mean landmark distance, %% of torso length")
        .isLessThanOrEqualTo(maxPct);
    if (!clip.equals("jc_short")) {
      sameAnalysis(clip, model, golden, ours);
    }
  }

  /**
   * What the lifter reads must not depend on which implementation found the landmarks: the same
   * full and partial reps, and (with the default full model) no fault on the clips labelled good.
   * The lite model's coarser landmarks read jc_good's low-hip start as a squat, in the official
   * solution as in Hinge.
   */
  private static void sameAnalysis(String clip, PoseModel model, PoseTrack golden, PoseTrack ours) {
    Analysis g = AnalysisPipeline.analyze(golden, AnalysisOptions.NONE);
    Analysis o = AnalysisPipeline.analyze(ours, AnalysisOptions.NONE);
    System.out.println(
        "analysis (official → Hinge): reps "
            + g.repCount()
            + " → "
            + o.repCount()
            + ", partial "
            + g.partialReps()
            + " → "
            + o.partialReps()
            + ", faults "
            + faults(g)
            + " → "
            + faults(o));
    assertThat(o.repCount()).as("full reps").isEqualTo(g.repCount());
    assertThat(o.partialReps()).as("partial reps").isEqualTo(g.partialReps());
    if (model == PoseModel.FULL && (clip.equals("formfit_deadlift") || clip.equals("jc_good"))) {
      assertThat(faults(o)).as("faults on a clip labelled good").isEmpty();
    }
  }

  private static java.util.List<String> faults(Analysis a) {
    return a.reps().stream()
        .flatMap(r -> r.faults().stream())
        .map(f -> f.code() + " " + f.severity())
        .toList();
  }
}
