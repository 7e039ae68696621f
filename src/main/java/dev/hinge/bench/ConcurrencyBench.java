package dev.hinge.bench;

import dev.hinge.core.ProgressListener;
import dev.hinge.pose.PoseOptions;
import dev.hinge.pose.VideoPoseTracker;
import dev.hinge.pose.model.PoseModel;
import dev.hinge.pose.runtime.InferenceBudget;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Analyses side by side ({@code hinge bench --concurrent N}): the pose stage of one video run N
 * times one after the other, then N times at once in this JVM (as {@code hinge serve}'s upload jobs
 * run), and once on an idle machine against once beside two CPU-bound processes. Prints both ratios
 * against their targets (≤ 1.1 and ≤ 3). Wall-clock figures of this machine, not a test.
 */
public final class ConcurrencyBench {
  /** Target: N at once take at most this times as long as N one after the other. */
  public static final double TARGET_AT_ONCE = 1.1;

  /** Target: beside two CPU-bound processes, at most this times as long as idle. */
  public static final double TARGET_LOADED = 3.0;

  private final VideoPoseTracker tracker;
  private final Path video;
  private final PoseModel model;

  public ConcurrencyBench(VideoPoseTracker tracker, Path video, PoseModel model) {
    this.tracker = tracker;
    this.video = video;
    this.model = model;
  }

  /** One pose run with {@code threads}, in seconds. */
  double once(int threads) {
    long t0 = System.nanoTime();
    tracker.stream(video, new PoseOptions(model, threads), ProgressListener.NONE, f -> {});
    return (System.nanoTime() - t0) / 1e9;
  }

  /** N runs one after the other, then N at once; seconds of each. */
  double[] sideBySide(int n) throws Exception {
    int alone = InferenceBudget.threadsFor(1);
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      once(alone);
    }
    double serial = (System.nanoTime() - t0) / 1e9;
    int shared = InferenceBudget.threadsFor(n);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      long t1 = System.nanoTime();
      List<Future<Double>> runs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        runs.add(pool.submit(() -> once(shared)));
      }
      for (Future<Double> f : runs) {
        f.get();
      }
      return new double[] {serial, (System.nanoTime() - t1) / 1e9};
    } finally {
      pool.shutdownNow();
    }
  }

  /** One run idle, then one beside {@code burners} CPU-bound processes; seconds of each. */
  double[] besideLoad(int burners) throws IOException {
    int alone = InferenceBudget.threadsFor(1);
    double idle = once(alone);
    List<Process> load = new ArrayList<>();
    try {
      String java = ProcessHandle.current().info().command().orElse("java");
      for (int i = 0; i < burners; i++) {
        load.add(
            new ProcessBuilder(
                    java, "-cp", System.getProperty("java.class.path"), Burn.class.getName())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start());
      }
      sleep(500); // the burners' JVMs started and spinning
      return new double[] {idle, once(alone)};
    } finally {
      load.forEach(Process::destroyForcibly);
    }
  }

  /** Prints the figures for {@code n} analyses at once (after a warm-up run). */
  public void run(int n, PrintWriter out) throws Exception {
    once(InferenceBudget.threadsFor(1)); // warm-up: models loaded, runtime chosen
    int cores = Runtime.getRuntime().availableProcessors();
    double[] s = sideBySide(n);
    out.printf(
        Locale.ROOT,
        "%d analyses (%s, pose stage), %d cores: one after the other %.2f s (%d threads each), at"
            + " once %.2f s (%d threads each, one inference budget of %d): ×%.2f (target ≤ %.1f)%n",
        n,
        model.displayName(),
        cores,
        s[0],
        InferenceBudget.threadsFor(1),
        s[1],
        InferenceBudget.threadsFor(n),
        cores,
        s[1] / s[0],
        TARGET_AT_ONCE);
    out.flush();
    double[] l = besideLoad(2);
    out.printf(
        Locale.ROOT,
        "1 analysis idle %.2f s, beside 2 CPU-bound processes %.2f s: ×%.2f (target ≤ %.1f)%n",
        l[0],
        l[1],
        l[1] / l[0],
        TARGET_LOADED);
    out.flush();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
