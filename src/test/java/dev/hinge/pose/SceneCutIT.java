package dev.hinge.pose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.core.AppDirs;
import dev.hinge.core.ProgressListener;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.pose.model.ModelStore;
import dev.hinge.testing.Fixtures;
import dev.hinge.video.FfmpegFrameSource;
import dev.hinge.video.FfmpegVideoWriter;
import dev.hinge.video.Frame;
import dev.hinge.video.SceneCutDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scene cuts on real footage: clips spliced here (two fixture clips joined into one H.264 file, as
 * an edited social-media clip is), and every fixture and labelled real clip as it is.
 */
class SceneCutIT {
  @TempDir Path dir;
  static VideoPoseTracker tracker;

  @BeforeAll
  static void models() {
    tracker = Fixtures.poseTracker();
  }

  /**
   * Writes the first {@code aFrames} frames of {@code a} (none when null), then all of {@code b},
   * at 30 fps, into {@code out}; returns the time of b's first frame.
   */
  static double splice(Path a, int aFrames, Path b, Path out) {
    return splice(a, aFrames, b, false, out);
  }

  /** As above, b mirrored left to right when {@code mirrorB}. */
  static double splice(Path a, int aFrames, Path b, boolean mirrorB, Path out) {
    double[] t = {0};
    try (FfmpegVideoWriter w = new FfmpegVideoWriter(out, 600, 600, 30)) {
      if (a != null) {
        copy(a, aFrames, false, w, t);
      }
      double cut = t[0];
      copy(b, Integer.MAX_VALUE, mirrorB, w, t);
      return cut;
    }
  }

  private static void copy(Path clip, int max, boolean mirror, FfmpegVideoWriter w, double[] t) {
    try (FfmpegFrameSource s = FfmpegFrameSource.open(clip)) {
      byte[] bgr = new byte[600 * 600 * 3];
      for (int n = 0; n < max; n++) {
        Optional<Frame> f = s.next();
        if (f.isEmpty()) {
          break;
        }
        Frame fr = f.get();
        assertThat(fr.width()).isEqualTo(600);
        assertThat(fr.height()).isEqualTo(600);
        byte[] rgb = fr.rgb();
        for (int i = 0; i < bgr.length; i += 3) {
          int px = i / 3;
          int from = mirror ? 3 * ((px / 600) * 600 + 599 - px % 600) : i;
          bgr[i] = rgb[from + 2];
          bgr[i + 1] = rgb[from + 1];
          bgr[i + 2] = rgb[from];
        }
        s.release(fr);
        w.write(bgr, 600 * 3, t[0]);
        t[0] += 1000.0 / 30;
      }
    }
  }

  /** The pose tracker run from scratch on the frames of {@code video} from frame {@code from}. */
  static List<PoseFrame> fromScratch(Path video, int from) {
    AppDirs dirs = AppDirs.forUser();
    ModelStore store = new ModelStore(dirs.models());
    dev.hinge.pose.runtime.InferenceRuntime runtime = Fixtures.runtime(dirs);
    int threads = PoseOptions.defaults().threads();
    List<PoseFrame> out = new ArrayList<>();
    try (dev.hinge.pose.runtime.TensorModel det =
            runtime.load(store.path(dev.hinge.pose.model.PoseModel.DETECTOR), threads);
        dev.hinge.pose.runtime.TensorModel lm =
            runtime.load(store.path(dev.hinge.pose.model.PoseModel.FULL), threads);
        FfmpegFrameSource src = FfmpegFrameSource.open(video)) {
      PoseTracker t = new PoseTracker(det, lm, PoseOptions.defaults().zoomedSearch());
      int n = 0;
      for (Optional<Frame> f = src.next(); f.isPresent(); f = src.next(), n++) {
        if (n >= from) {
          out.add(t.process(f.get()));
        }
        src.release(f.get());
      }
    }
    return out;
  }

  /** Largest landmark distance between two poses, in pixels. */
  static double maxApartPx(PoseFrame x, PoseFrame y) {
    double worst = 0;
    for (int k = 0; k < BodyLandmark.COUNT; k++) {
      worst =
          Math.max(
              worst,
              Math.hypot(
                  x.image().get(k).x() - y.image().get(k).x(),
                  x.image().get(k).y() - y.image().get(k).y()));
    }
    return worst;
  }

  /**
   * Another lifter's clip, then jc_good: one cut where they meet, and from there the pose is the
   * one the tracker finds from scratch on the same frames (as if the video began at the cut); the
   * official behaviour (no cut handling, {@code --match-official}) records no cut and carries the
   * last shot's region and filters over it.
   */
  @Test
  void aSplicedClipHasOneCutWhereTheShotsMeetAndThePoseAfterItIsFoundAfresh() {
    Path spliced = dir.resolve("spliced.mp4");
    int first = 45;
    double cutMs =
        splice(
            Fixtures.video("jc_nico_blocked.mp4"), first, Fixtures.video("jc_good.mp4"), spliced);

    PoseTrack track = tracker.track(spliced, PoseOptions.defaults(), ProgressListener.NONE);
    assertThat(track.video().sceneCutsMs())
        .singleElement()
        .satisfies(t -> assertThat(t).isCloseTo(cutMs, within(1.0)));
    assertThat(track.frames().get(first).tMs()).isCloseTo(cutMs, within(1.0));
    PoseTrack official =
        tracker.track(spliced, PoseOptions.defaults().withSceneCuts(false), ProgressListener.NONE);
    assertThat(official.video().sceneCutsMs()).isEmpty();

    List<PoseFrame> fresh = fromScratch(spliced, first);
    double torso = TrackComparison.torsoLength(fresh.get(0));
    double worst = 0;
    for (int i = 0; i < fresh.size(); i++) {
      PoseFrame after = track.frames().get(first + i);
      assertThat(after.hasPose()).isEqualTo(fresh.get(i).hasPose());
      if (after.hasPose()) {
        worst = Math.max(worst, maxApartPx(after, fresh.get(i)));
      }
    }
    PoseFrame officialFirst = official.frames().get(first);
    double officialApart =
        officialFirst.hasPose() ? maxApartPx(officialFirst, fresh.get(0)) / torso : Double.NaN;
    System.out.printf(
        "scene cut at %.0f ms: after it, %.4f px from the tracker started there (official"
            + " behaviour, first frame after the cut: %.1f %% of torso at worst)%n",
        cutMs, worst, 100 * officialApart);
    assertThat(worst).as("largest landmark difference after the cut, px").isLessThan(0.01);
  }

  /**
   * A clip spliced to its own mirror image: the same room and colours (the histogram hardly moves),
   * the lifter facing the other way. The cut is found by the grid's one-frame spike, and each shot
   * is measured on its own: the reps of both are counted, with the trunk leaning forwards at the
   * floor in both (measured across the cut as one shot, one of them would read mirrored).
   */
  @Test
  void aClipSplicedToItsMirrorImageIsTwoShotsEachMeasuredOnItsOwn() {
    Path spliced = dir.resolve("mirrored.mp4");
    Path clip = Fixtures.video("jc_good.mp4");
    double cutMs = splice(clip, Integer.MAX_VALUE, clip, true, spliced);

    PoseTrack track = tracker.track(spliced, PoseOptions.defaults(), ProgressListener.NONE);
    assertThat(track.video().sceneCutsMs())
        .singleElement()
        .satisfies(t -> assertThat(t).isCloseTo(cutMs, within(1.0)));
    Analysis alone =
        AnalysisPipeline.analyze(
            tracker.track(clip, PoseOptions.defaults(), ProgressListener.NONE),
            AnalysisOptions.NONE);
    Analysis both = AnalysisPipeline.analyze(track, AnalysisOptions.NONE);
    int perShot = alone.reps().size();
    assertThat(perShot).isPositive();
    assertThat(both.reps()).hasSize(2 * perShot);
    for (int r = 0; r < perShot; r++) {
      double own = alone.reps().get(r).metrics().trunkAngleFloorDeg();
      assertThat(both.reps().get(r).metrics().trunkAngleFloorDeg()).isCloseTo(own, within(2.0));
      assertThat(both.reps().get(perShot + r).metrics().trunkAngleFloorDeg())
          .as("rep %d of the mirrored shot", r + 1)
          .isCloseTo(own, within(5.0));
    }
  }

  /**
   * The detector on every clip as it is: it finds exactly the cuts seen by eye (an edited clip's
   * cuts, a title wipe, a fade to black) and nothing in the other clips, whatever the lifter does.
   */
  @Test
  void theClipsCutsAreFoundAndNothingElse() throws Exception {
    Map<String, List<Double>> seen = new TreeMap<>();
    // by eye: prk_sumo cuts from the intro to the set-up (1.9 s) and jump-cuts to the next cue
    // (6.1 s); mom_deadlift opens with a red title wipe; jc_bad ends on a black frame
    Map<String, List<Double>> expected =
        Map.of(
            "prk_sumo.mp4", List.of(1933.0, 6133.0),
            "mom_deadlift.mp4", List.of(33.0),
            "jc_bad.mp4", List.of(933.0));
    List<Path> clips = new ArrayList<>();
    try (Stream<Path> s = Files.list(Fixtures.videos())) {
      s.filter(p -> p.toString().endsWith(".mp4")).forEach(clips::add);
    }
    try (Stream<Path> s = Files.list(Fixtures.real())) {
      s.filter(p -> p.toString().matches(".*\\.(mp4|webm)$")).forEach(clips::add);
    }
    int frames = 0;
    for (Path clip : clips) {
      SceneCutDetector d = new SceneCutDetector();
      List<Double> cuts = new ArrayList<>();
      try (FfmpegFrameSource src = FfmpegFrameSource.open(clip)) {
        for (Optional<Frame> f = src.next(); f.isPresent(); f = src.next()) {
          if (d.isCut(f.get())) {
            cuts.add(f.get().tMs());
          }
          frames++;
          src.release(f.get());
        }
      }
      seen.put(clip.getFileName().toString(), cuts);
    }
    System.out.printf("scene cuts: %d clips, %d frames: %s%n", clips.size(), frames, seen);
    assertThat(clips.size()).isGreaterThanOrEqualTo(30);
    for (Map.Entry<String, List<Double>> e : seen.entrySet()) {
      List<Double> want = expected.getOrDefault(e.getKey(), List.of());
      assertThat(e.getValue()).as(e.getKey()).hasSameSizeAs(want);
      for (int i = 0; i < want.size(); i++) {
        assertThat(e.getValue().get(i)).as(e.getKey()).isCloseTo(want.get(i), within(40.0));
      }
    }
  }
}
