package dev.hinge.pose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.core.ProgressListener;
import dev.hinge.faults.SkippedJudgement;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.pose.model.PoseModel;
import dev.hinge.testing.DerivedClips;
import dev.hinge.testing.Fixtures;
import dev.hinge.testing.TrackEdits;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hinge's pose pipeline against the official MediaPipe web solution, run over the same frames by
 * tools/pose-reference in the two ways the solution offers:
 *
 * <ul>
 *   <li><b>CPU inference</b> ({@code useCpuInference}, the solution's default on iOS and iPadOS;
 *       golden {@code <clip>.<model>.cpu.posetrack.json}): the same graph, the models run in fp32
 *       as Hinge runs them. Hinge must match it: mean landmark distance within the aim of
 *       0.7 % of torso length on every clip (measured 2026-12-02: 0.000 to 0.29 %, 0.001 % on six
 *       of ten runs), and within half a pixel on each clip's first frame, the one the detector
 *       places (measured 0.00 px; the letterbox bug fixed that day was 6.5 px there on the portrait
 *       clip). What remains is floating-point rounding deciding a coin toss the same graph makes: a
 *       landmark 10⁻⁵ of a heatmap cell from a cell boundary (jc_good frame 48, the hip alignment
 *       point at column 32.99999) moves the 7×7 refinement window, and tracking carries that on.
 *   <li><b>WebGL inference</b>, the web default on a desktop (golden {@code
 *       <clip>.<model>.posetrack.json}): activations in half-float textures. The solution's own two
 *       paths differ by 0.59 to 2.30 % of torso length; Hinge, being on the CPU path, must be no
 *       further from this one than the solution's CPU path is, give or take 0.2 points (measured:
 *       within 0.03).
 * </ul>
 *
 * Prints the per-landmark tables. A regression in geometry, tracking or smoothing moves these
 * figures by whole percents (the smoothers' object size alone was worth 3 points on formfit).
 */
class PoseAccuracyIT {
  /** The aim, mean distance as a share of torso length, %. */
  static final double AIM_PCT_TORSO = 0.7;

  /** How much further from the WebGL result than the solution's CPU path Hinge may be, points. */
  static final double WEBGL_SLACK_PCT = 0.2;

  /** The detector-placed first frame, mean landmark distance, pixels. */
  static final double FIRST_FRAME_PX = 0.5;

  /**
   * World landmarks (metres, hip-centred) against the CPU path, mean distance: measured 0.00 to 1.6
   * mm (the WebGL path is 3.6 to 11 mm from the CPU path).
   */
  static final double WORLD_MM = 5.0;

  static VideoPoseTracker tracker;

  @BeforeAll
  static void models() {
    tracker = Fixtures.poseTracker();
  }

  static Stream<Arguments> clips() {
    return Stream.of(
        Arguments.of("formfit_deadlift", PoseModel.FULL),
        Arguments.of("jc_good", PoseModel.FULL),
        Arguments.of("jc_bad", PoseModel.FULL),
        Arguments.of("jc_heellift", PoseModel.FULL),
        Arguments.of("jc_rdl", PoseModel.FULL),
        Arguments.of("jc_nico_blocked", PoseModel.FULL),
        Arguments.of("jc_nico_unblocked", PoseModel.FULL),
        Arguments.of("jc_short", PoseModel.FULL),
        Arguments.of("jc_good", PoseModel.LITE),
        Arguments.of("jc_good", PoseModel.HEAVY));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("clips")
  void hingesLandmarksMatchTheOfficialSolution(String clip, PoseModel model) {
    String m = model.name().toLowerCase(Locale.ROOT);
    PoseTrack cpu = PoseTrackReader.read(Fixtures.golden(clip, m + ".cpu"));
    PoseTrack webgl = PoseTrackReader.read(Fixtures.golden(clip, m));
    PoseTrack ours =
        tracker.track(
            Fixtures.video(clip + ".mp4"),
            new PoseOptions(model, 2).matchingOfficial(),
            ProgressListener.NONE);

    TrackComparison c = TrackComparison.of(cpu, ours);
    TrackComparison g = TrackComparison.of(webgl, ours);
    TrackComparison paths = TrackComparison.of(webgl, cpu);
    double first = TrackComparison.firstFrameMeanPx(cpu, ours);
    double worldMm = TrackComparison.worldMeanMm(cpu, ours);
    System.out.printf(
        Locale.ROOT,
        "== %s (%s) against the official solution's CPU inference%n%s%n"
            + "first frame %.3f px; world landmarks %.2f mm; against its WebGL inference %.2f %% of"
            + " torso (its CPU path: %.2f %%)%n",
        clip,
        m,
        c.table(),
        first,
        worldMm,
        g.meanPctTorso(),
        paths.meanPctTorso());

    assertThat(ours.frames()).hasSameSizeAs(cpu.frames());
    assertThat(c.framesOnlyInReference() + c.framesOnlyInOurs())
        .as("frames where only one of the two found the lifter")
        .isLessThanOrEqualTo(Math.max(1, cpu.frames().size() / 50));
    assertThat(c.meanPctTorso())
        .as("mean landmark distance from the CPU-inference solution, %% of torso length")
        .isLessThanOrEqualTo(AIM_PCT_TORSO);
    assertThat(first)
        .as("mean landmark distance on the detector-placed first frame, px")
        .isLessThanOrEqualTo(FIRST_FRAME_PX);
    assertThat(worldMm)
        .as("mean world-landmark distance from the CPU-inference solution, mm")
        .isLessThanOrEqualTo(WORLD_MM);
    assertThat(g.meanPctTorso())
        .as("distance from the WebGL-inference solution, %% of torso length")
        .isLessThanOrEqualTo(paths.meanPctTorso() + WEBGL_SLACK_PCT);
    if (!clip.equals("jc_short")) {
      sameAnalysis(clip, model, cpu, webgl, ours);
    }
  }

  /** The aim for a lifter at the picture's edge or in a portrait picture, % of torso length. */
  static final double EDGE_AIM_PCT_TORSO = 0.05;

  /**
   * A lifter near the edge of the picture, so the tracking region hangs past it, and portrait
   * pictures: clips made from the fixtures by cropping, mirroring or padding ({@link
   * DerivedClips}), against the official solution's CPU path on the same frames (golden {@code
   * <clip>.full.cpu.posetrack.json}). Measured 2026-12-06: jc_good_edge (hips 20 px from the left
   * edge at the set-up, 300×600) 0.003 %, jc_good_headedge (mirrored, the face cut by the left
   * edge, 300×600) 0.001 %, jc_good_portrait (letterboxed into 600×1068) 0.018 %, formfit_edge
   * (hips 10 px from the edge, 320×720, 279 frames) 0.004 %.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"jc_good_edge", "jc_good_headedge", "jc_good_portrait", "formfit_edge"})
  void aLifterAtThePicturesEdgeOrInAPortraitPictureMatchesTheOfficialCpuPath(String clip) {
    PoseTrack cpu = PoseTrackReader.read(Fixtures.golden(clip, "full.cpu"));
    PoseTrack ours = track(DerivedClips.path(clip));
    TrackComparison c = TrackComparison.of(cpu, ours);
    double first = TrackComparison.firstFrameMeanPx(cpu, ours);
    System.out.printf(
        Locale.ROOT,
        "== %s (full) against the official solution's CPU inference%n%s%nfirst frame %.3f px%n",
        clip,
        c.table(),
        first);
    assertThat(ours.frames()).hasSameSizeAs(cpu.frames());
    assertThat(c.framesOnlyInReference() + c.framesOnlyInOurs()).isZero();
    assertThat(c.meanPctTorso())
        .as("mean landmark distance from the CPU-inference solution, %% of torso length")
        .isLessThanOrEqualTo(EDGE_AIM_PCT_TORSO);
    assertThat(first).isLessThanOrEqualTo(FIRST_FRAME_PX);
    assertThat(TrackComparison.worldMeanMm(cpu, ours)).isLessThanOrEqualTo(WORLD_MM);
  }

  /**
   * Where the aim is not met: formfit_cut (300×720) crops the lifter's hips and back out of the
   * picture at the set-up. The two tracks agree within 0.02 px for 110 frames (0.0003–0.001 px over
   * frames 60–110, float rounding), then, as the lifter pulls with half his body outside the
   * picture, the difference doubles every few frames (0.004 px at frame 113, 0.1 at 129, 1 px at
   * 138, tens of pixels from 157): the landmarks of a body cut by the frame's edge depend on the
   * region so strongly that each tracker feeds its own rounding back into the next frame's region.
   * Measured 2026-12-06: 0.97 % of torso over the whole clip with one inference thread, 1.18 % with
   * two; 0.002–0.005 % over its first 110 frames. The same happens on svr_deadlift.webm (1080×1920
   * portrait, not a derived clip: 0.73 %, within 0.14 px for 108 frames, parting in the fast pull
   * at 3.6 s, joined again after the lifter is found afresh at 4.1 s). Held here: the first 110
   * frames to the aim; the whole clip, whose figure is chaos and moves with the CPU's rounding, to
   * no further from the official CPU path than its own two inference paths are from each other on
   * the fixture clips (up to 2.3 %), plus a little.
   */
  @Test
  void aLifterHalfOutOfThePictureMatchesUntilTrackingAmplifiesRounding() {
    PoseTrack cpu = PoseTrackReader.read(Fixtures.golden("formfit_cut", "full.cpu"));
    PoseTrack ours = track(DerivedClips.path("formfit_cut"));
    TrackComparison whole = TrackComparison.of(cpu, ours);
    TrackComparison early = TrackComparison.of(firstFrames(cpu, 110), firstFrames(ours, 110));
    System.out.printf(
        Locale.ROOT,
        "== formfit_cut (full): first 110 frames %.4f %% of torso, whole clip %.3f %%%n",
        early.meanPctTorso(),
        whole.meanPctTorso());
    assertThat(early.meanPctTorso()).isLessThanOrEqualTo(EDGE_AIM_PCT_TORSO);
    assertThat(whole.meanPctTorso()).isLessThanOrEqualTo(2.5);
    assertThat(whole.framesOnlyInReference() + whole.framesOnlyInOurs()).isZero();
    // and the analysis does not judge a back it cannot see: before TORSO_OUT_OF_FRAME this clip
    // read OVER_ARCHED_BACK and ROUNDED_BACK, both severe
    Analysis a = AnalysisPipeline.analyze(ours, AnalysisOptions.NONE);
    assertThat(a.warnings()).extracting(w -> w.code()).contains("TORSO_OUT_OF_FRAME");
    assertThat(a.skipped())
        .extracting(SkippedJudgement::judgement)
        .contains("ROUNDED_BACK", "OVER_ARCHED_BACK", "HIPS_SHOOT_UP", "LOCKOUT_HYPEREXTENSION");
    assertThat(codes(a))
        .doesNotContain(
            "HIPS_SHOOT_UP",
            "SQUATTING_THE_DEADLIFT",
            "ROUNDED_BACK",
            "OVER_ARCHED_BACK",
            "LOCKOUT_HYPEREXTENSION",
            "HEAD_POSITION");
  }

  private static PoseTrack track(Path video) {
    return tracker.track(
        video, new PoseOptions(PoseModel.FULL, 2).matchingOfficial(), ProgressListener.NONE);
  }

  private static PoseTrack firstFrames(PoseTrack t, int n) {
    return new PoseTrack(t.video(), t.model(), t.frames().subList(0, n));
  }

  /**
   * What the lifter reads must not depend on which implementation found the landmarks: the same
   * faults as from the official CPU-inference landmarks (and, measured, the same severities); the
   * same full and partial reps as from either official track; and (with the default full model) no
   * fault on the clips labelled good. The lite model's coarser landmarks read jc_good's low-hip
   * start as a squat, in the official solution as in Hinge. (From the WebGL track, whose landmarks
   * differ by its own rounding, jc_rdl reads a mild bar drift and jc_nico_blocked no early hip
   * rise; Hinge, like the solution's CPU path, reads the opposite on both.) The landmarks are
   * compared, not what Hinge measures beside them: the camera's roll, which the official solution
   * does not read, is left out of Hinge's track here (the jc clips' camera reads 1.9–2.2°, and
   * levelled jc_nico_unblocked's set-up thigh is 7.6°, a squat by 0.4°, where the official tracks
   * read it unlevelled).
   */
  private static void sameAnalysis(
      String clip, PoseModel model, PoseTrack cpu, PoseTrack webgl, PoseTrack ours) {
    Analysis c = AnalysisPipeline.analyze(cpu, AnalysisOptions.NONE);
    Analysis g = AnalysisPipeline.analyze(webgl, AnalysisOptions.NONE);
    Analysis o = AnalysisPipeline.analyze(TrackEdits.unlevelled(ours), AnalysisOptions.NONE);
    System.out.printf(
        "analysis (official CPU path / WebGL path → Hinge): reps %d / %d → %d, partial %d / %d → %d,"
            + " faults %s / %s → %s%n",
        c.repCount(),
        g.repCount(),
        o.repCount(),
        c.partialReps(),
        g.partialReps(),
        o.partialReps(),
        faults(c),
        faults(g),
        faults(o));
    assertThat(o.repCount()).as("full reps").isEqualTo(c.repCount()).isEqualTo(g.repCount());
    assertThat(o.partialReps())
        .as("partial reps")
        .isEqualTo(c.partialReps())
        .isEqualTo(g.partialReps());
    // severities too are equal today; codes only, so that a metric on a severity's threshold
    // (rounding on another CPU) cannot fail the build
    assertThat(codes(o)).as("faults").isEqualTo(codes(c));
    if (model == PoseModel.FULL && (clip.equals("formfit_deadlift") || clip.equals("jc_good"))) {
      assertThat(faults(o)).as("faults on a clip labelled good").isEmpty();
    }
  }

  private static java.util.List<String> codes(Analysis a) {
    return a.reps().stream().flatMap(r -> r.faults().stream()).map(f -> f.code().name()).toList();
  }

  private static java.util.List<String> faults(Analysis a) {
    return a.reps().stream()
        .flatMap(r -> r.faults().stream())
        .map(f -> f.code() + " " + f.severity())
        .toList();
  }
}
