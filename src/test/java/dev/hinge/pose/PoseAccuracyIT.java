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
 * <p>Bound: the target is a mean of 1.0 % of torso length; Hinge is at 2.5–4.7 % today (see
 * docs/perception.md). Even a single frame (jc_short) with the region the official solution must
 * have used differs by 3.1 px: the official solution runs its models through WebGL, and that
 * numeric floor is what remains. The bound below is today's measurement plus a margin, so a
 * regression in geometry, tracking or smoothing (which moves errors to 10–20 %) fails the test.
 */
class PoseAccuracyIT {
  static final double MAX_MEAN_PCT_TORSO = 5.5;
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
        Arguments.of("formfit_deadlift", PoseModel.FULL, MAX_MEAN_PCT_TORSO),
        Arguments.of("jc_good", PoseModel.FULL, MAX_MEAN_PCT_TORSO),
        Arguments.of("jc_bad", PoseModel.FULL, MAX_MEAN_PCT_TORSO),
        Arguments.of("jc_heellift", PoseModel.FULL, MAX_MEAN_PCT_TORSO),
        Arguments.of("jc_rdl", PoseModel.FULL, MAX_MEAN_PCT_TORSO),
        Arguments.of("jc_nico_blocked", PoseModel.FULL, MAX_MEAN_PCT_TORSO),
        Arguments.of("jc_nico_unblocked", PoseModel.FULL, MAX_MEAN_PCT_TORSO),
        Arguments.of("jc_short", PoseModel.FULL, MAX_MEAN_PCT_TORSO),
        Arguments.of("jc_good", PoseModel.LITE, MAX_MEAN_PCT_TORSO),
        Arguments.of("jc_good", PoseModel.HEAVY, MAX_MEAN_PCT_TORSO));
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
