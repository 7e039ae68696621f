package dev.hinge.bench;

import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.Landmark;
import dev.hinge.pose.ModelInfo;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.VideoInfo;
import dev.hinge.pose.WorldLandmark;
import dev.hinge.report.AnalysisJson;
import dev.hinge.report.TerminalReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times the analysis stages (track → analysis → JSON and terminal summary, no HTML key frames) on a
 * generated track: a side-on lifter pulling a rep every 5 s with landmark jitter. Target: ≤ 200 ms
 * for 10 minutes at 30 fps. Run with {@code hinge bench analysis} or this class's main.
 */
public final class AnalysisBench {
  /** Median and 95th percentile of the timed runs. */
  public record Result(int frames, int reps, double medianMs, double p95Ms, int runs) {
    public String describe() {
      return String.format(
          Locale.ROOT,
          "analysis of %d frames (%d reps): median %.1f ms, p95 %.1f ms over %d runs"
              + " (target ≤ 200 ms for 10 min at 30 fps); %s, %d cores",
          frames,
          reps,
          medianMs,
          p95Ms,
          runs,
          System.getProperty("os.arch"),
          Runtime.getRuntime().availableProcessors());
    }
  }

  private AnalysisBench() {}

  public static void main(String[] args) {
    System.out.println(run(10, 30, 15, 20).describe());
  }

  public static Result run(double minutes, double fps, int warmups, int runs) {
    PoseTrack track = track(minutes, fps, 42);
    int reps = 0;
    for (int i = 0; i < warmups; i++) {
      reps = once(track);
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      reps = once(track);
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    return new Result(
        track.frames().size(),
        reps,
        ms[runs / 2],
        ms[Math.min(runs - 1, (int) Math.ceil(0.95 * runs) - 1)],
        runs);
  }

  private static int once(PoseTrack track) {
    Analysis a = AnalysisPipeline.analyze(track, AnalysisOptions.NONE);
    String json = AnalysisJson.toJson(a);
    String text = TerminalReport.render(a);
    if (json.isEmpty() || text.isEmpty()) {
      throw new IllegalStateException("empty report");
    }
    return a.reps().size();
  }

  /** A side-on lifter, 1.8 m, 250 px per metre: set up 1 s, pull 1 s, hold 0.5 s, lower 1.5 s. */
  public static PoseTrack track(double minutes, double fps, long seed) {
    Random rnd = new Random(seed);
    int n = (int) Math.round(minutes * 60 * fps);
    List<PoseFrame> frames = new ArrayList<>(n);
    double ppm = 250;
    for (int i = 0; i < n; i++) {
      double t = (i / fps) % 5.0;
      double s =
          t < 1
              ? 0
              : t < 2
                  ? 0.5 * (1 - Math.cos(Math.PI * (t - 1)))
                  : t < 2.5 ? 1 : t < 4 ? 0.5 * (1 + Math.cos(Math.PI * (t - 2.5) / 1.5)) : 0;
      double shank = Math.toRadians(18 * (1 - s));
      double thigh = Math.toRadians(62 * (1 - s));
      double trunk = Math.toRadians(70 * (1 - Math.pow(s, 1.8)));
      double[] ankle = {-0.06, 0.07};
      double[] knee = {ankle[0] + 0.44 * Math.sin(shank), ankle[1] + 0.44 * Math.cos(shank)};
      double[] hip = {knee[0] - 0.44 * Math.sin(thigh), knee[1] + 0.44 * Math.cos(thigh)};
      double[] sh = {hip[0] + 0.52 * Math.sin(trunk), hip[1] + 0.52 * Math.cos(trunk)};
      double dx = -sh[0];
      double[] wr = {0, sh[1] - Math.sqrt(0.6 * 0.6 - dx * dx)};
      double[] el = {sh[0] + 0.56 * (wr[0] - sh[0]), sh[1] + 0.56 * (wr[1] - sh[1])};
      double[] ear = {sh[0] + 0.2 * Math.sin(trunk), sh[1] + 0.2 * Math.cos(trunk)};
      double[][] pts = new double[BodyLandmark.COUNT][];
      for (BodyLandmark l : BodyLandmark.values()) {
        String name = l.name();
        double[] p =
            name.contains("SHOULDER")
                ? sh
                : name.contains("ELBOW")
                    ? el
                    : name.contains("WRIST")
                            || name.contains("PINKY")
                            || name.contains("INDEX") && !name.contains("FOOT")
                            || name.contains("THUMB")
                        ? wr
                        : name.contains("HIP")
                            ? hip
                            : name.contains("KNEE")
                                ? knee
                                : name.contains("ANKLE")
                                    ? ankle
                                    : name.contains("HEEL")
                                        ? new double[] {-0.13, 0.01}
                                        : name.contains("FOOT")
                                            ? new double[] {0.13, 0.01}
                                            : name.contains("NOSE")
                                                ? new double[] {ear[0] + 0.1, ear[1]}
                                                : ear;
        pts[l.index()] = p;
      }
      List<Landmark> image = new ArrayList<>(BodyLandmark.COUNT);
      List<WorldLandmark> world = new ArrayList<>(BodyLandmark.COUNT);
      for (int j = 0; j < BodyLandmark.COUNT; j++) {
        double lateral = (j % 2 == 1 ? -0.1 : 0.1);
        image.add(
            new Landmark(
                500 + ppm * pts[j][0] + rnd.nextGaussian(),
                650 - ppm * pts[j][1] + rnd.nextGaussian(),
                0,
                0.95,
                0.99));
        world.add(new WorldLandmark(pts[j][0] - hip[0], -(pts[j][1] - hip[1]), lateral, 0.95));
      }
      frames.add(new PoseFrame(i, 1000.0 * i / fps, 0.99, image, world));
    }
    return new PoseTrack(
        new VideoInfo("benchmark.mp4", 1000, 700, fps, 0, 1000.0 * n / fps),
        new ModelInfo("synthetic", ""),
        frames);
  }
}
