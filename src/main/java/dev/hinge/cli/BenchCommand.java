package dev.hinge.cli;

import dev.hinge.core.AppDirs;
import dev.hinge.core.ProgressListener;
import dev.hinge.pose.PoseOptions;
import dev.hinge.pose.VideoPoseTracker;
import dev.hinge.pose.model.ModelStore;
import dev.hinge.pose.model.PoseModel;
import dev.hinge.video.FfmpegFrameSource;
import dev.hinge.video.Frame;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hinge bench [VIDEO]}: decoding speed, detector and landmark times, end-to-end speed for
 * each model, and peak resident memory, measured on this machine.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure decoding, pose and end-to-end speed and peak memory on this machine.",
    subcommands = {
      BenchCheckinCommand.class,
      BenchAnalysisCommand.class,
      BenchApiCommand.class,
      BenchJobsCommand.class
    })
public final class BenchCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin RuntimeOption runtimeOption = new RuntimeOption();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "VIDEO",
      description = "video to measure (default: the formfit fixture clip if present)")
  Path video;

  @Option(
      names = "--models",
      split = ",",
      description = "models to measure (default: lite,full,heavy)")
  List<String> models = List.of("lite", "full", "heavy");

  @Option(
      names = "--threads",
      description = "inference threads (default: the cores but one, 1 to 4)")
  Integer threads;

  @Option(
      names = "--repeat",
      description = "runs per model, the best is reported (default: ${DEFAULT-VALUE})",
      defaultValue = "2")
  int repeat;

  @Option(
      names = "--concurrent",
      paramLabel = "N",
      description =
          "instead: N analyses of VIDEO (full model) one after the other and at once in this JVM,"
              + " and one beside two CPU-bound processes; prints the ratios")
  Integer concurrent;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path v = video != null ? video : defaultVideo();
    AppDirs dirs = AppDirs.forUser();
    ModelStore store = new ModelStore(dirs.models());
    if (concurrent != null) {
      if (concurrent < 1 || concurrent > 64) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--concurrent must be from 1 to 64, found " + concurrent);
      }
      new dev.hinge.bench.ConcurrencyBench(
              new VideoPoseTracker(store, runtimeOption.create()), v, PoseModel.FULL)
          .run(concurrent, out);
      return ExitCodes.OK;
    }
    int t = threads != null ? threads : PoseOptions.defaults().threads();
    out.printf(
        Locale.ROOT,
        "machine  %d cores, %s %s, Java %s%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        System.getProperty("java.version"));
    out.printf(Locale.ROOT, "video    %s%n", v);
    out.flush();

    double decodeFps = 0;
    int frames = 0;
    for (int r = 0; r < Math.max(1, repeat); r++) {
      long t0 = System.nanoTime();
      int n = 0;
      try (FfmpegFrameSource src = FfmpegFrameSource.open(v)) {
        Optional<Frame> f;
        while ((f = src.next()).isPresent()) {
          src.release(f.get());
          n++;
        }
        if (r == 0) {
          out.printf(
              Locale.ROOT,
              "size     %d×%d, %d frames%n",
              src.metadata().width(),
              src.metadata().height(),
              n);
        }
      }
      frames = n;
      decodeFps = Math.max(decodeFps, n / ((System.nanoTime() - t0) / 1e9));
    }
    out.printf(Locale.ROOT, "decode   %.0f fps (FFmpeg, RGB, upright)%n", decodeFps);
    dev.hinge.pose.runtime.InferenceRuntime runtime = runtimeOption.create();
    out.printf(Locale.ROOT, "runtime  %s, %d threads%n", runtime.name(), t);
    out.printf(
        Locale.ROOT,
        "%-6s %10s %12s %12s %9s %10s %10s %12s %13s%n",
        "model",
        "e2e fps",
        "× real time",
        "landmark ms",
        "back ms",
        "camera ms",
        "detector",
        "detector ms",
        "peak RSS MB");
    out.flush();
    VideoPoseTracker tracker = new VideoPoseTracker(store, runtime);
    for (String name : models) {
      PoseModel m = ModelOption.parse(name, spec.commandLine());
      VideoPoseTracker.Summary best = null;
      // the heap the previous model's runs left is garbage: collect it (the serial collector
      // gives the memory back), so that each model's peak is its own
      System.gc();
      boolean perModel = resetPeakRss();
      for (int r = 0; r < Math.max(1, repeat); r++) {
        VideoPoseTracker.Summary s =
            tracker.stream(v, new PoseOptions(m, t), ProgressListener.NONE, f -> {});
        if (best == null || s.fps() > best.fps()) {
          best = s;
        }
      }
      out.printf(
          Locale.ROOT,
          "%-6s %10.1f %12.2f %12.1f %9.3f %10.2f %9d× %12.1f %13s%n",
          name,
          best.fps(),
          best.fps() / best.video().fps(),
          best.landmarkMsMean(),
          best.backMsMean(),
          best.cameraMsMean(),
          best.detectorRuns(),
          best.detectorMsMean(),
          perModel ? String.format(Locale.ROOT, "%.0f", peakRssMb()) : "-");
      out.flush();
    }
    if (runtime instanceof dev.hinge.pose.runtime.AutoRuntime) {
      out.printf(Locale.ROOT, "runtime  %s%n", runtime.name());
    }
    out.printf(
        Locale.ROOT,
        "peak RSS %.0f MB (VmHWM; per model above, since the last model), heap max %.0f MB, %d"
            + " frames a run%n",
        peakRssMb(),
        Runtime.getRuntime().maxMemory() / 1e6,
        frames);
    out.flush();
    return ExitCodes.OK;
  }

  static Path defaultVideo() {
    Path p = Path.of("..", "shared", "fixtures", "videos", "formfit_deadlift.mp4");
    if (!Files.exists(p)) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(new BenchCommand()),
          "no VIDEO given and the default " + p + " does not exist");
    }
    return p;
  }

  /**
   * Resets the process's peak resident size to its current size (Linux: writing 5 to
   * /proc/self/clear_refs), so each model's peak is its own. False where that is not possible.
   */
  static boolean resetPeakRss() {
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
      return true;
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** Peak resident set size from /proc (Linux); NaN elsewhere. */
  static double peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return Double.NaN;
    }
    return Double.NaN;
  }
}
