package dev.hinge.cli;

import dev.hinge.core.AppDirs;
import dev.hinge.core.AtomicFiles;
import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.core.ProgressListener;
import dev.hinge.eval.ClipOutcome;
import dev.hinge.eval.EvalHtml;
import dev.hinge.eval.EvalJson;
import dev.hinge.eval.EvalReport;
import dev.hinge.eval.EvalRunner;
import dev.hinge.eval.EvalText;
import dev.hinge.eval.InjectionReport;
import dev.hinge.eval.LabelProblem;
import dev.hinge.eval.Labels;
import dev.hinge.eval.LabelsReader;
import dev.hinge.eval.NoiseReport;
import dev.hinge.eval.PoseTrackCache;
import dev.hinge.eval.inject.Injection;
import dev.hinge.eval.inject.InjectionHarness;
import dev.hinge.eval.inject.NoiseAudit;
import dev.hinge.pose.ModelInfo;
import dev.hinge.pose.PoseOptions;
import dev.hinge.pose.VideoPoseTracker;
import dev.hinge.pose.model.ModelStore;
import dev.hinge.pose.model.PoseModel;
import dev.hinge.pose.runtime.InferenceRuntime;
import dev.hinge.pose.runtime.Runtimes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hinge eval LABELS.json}: runs the whole pipeline on every labelled clip and prints how
 * Hinge scores against the labels. Results on stdout, progress and problems on stderr.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score Hinge against labelled clips: rep counts, rep spans, views, faults named and seen,"
          + " reps labelled good that get a fault, withheld judgements, negatives, calibration.",
      "Pose tracks are cached (video SHA-256, model, runtime, pose stage version), so scoring"
          + " again after a rule change takes seconds."
    })
public final class EvalCommand implements Callable<Integer> {
  // not the other commands' auto: which runtime is faster is a timing race, and the figures must
  // not depend on it (the two runtimes' tracks part over a clip, see Runtimes)
  @Option(
      names = "--runtime",
      paramLabel = "NAME",
      description =
          "pose inference runtime: reference (tflite where it runs, else onnx), tflite, onnx or"
              + " auto, as for analyze; one runtime gives the same figures on every run"
              + " (default: ${DEFAULT-VALUE})",
      defaultValue = "reference")
  Runtimes.Choice runtime = Runtimes.Choice.REFERENCE;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "LABELS", description = "labels file (JSON array)")
  Path labels;

  @Option(
      names = "--videos",
      paramLabel = "DIR",
      description = "where the videos are (default: beside the labels file)")
  Optional<Path> videos = Optional.empty();

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "write hinge.eval/1 JSON; - prints it on stdout instead of the tables")
  Optional<Path> json = Optional.empty();

  @Option(names = "--html", paramLabel = "FILE", description = "write a one-file HTML report")
  Optional<Path> html = Optional.empty();

  @picocli.CommandLine.Mixin ModelOption model = new ModelOption();

  @Option(
      names = "--inject",
      description =
          "also inject faults of known sizes into the good side-view reps and measure each"
              + " rule's recall on them")
  boolean inject;

  @Option(
      names = "--noise",
      paramLabel = "PCT",
      description =
          "also analyse each clip's pose track again with smooth noise of PCT %% of the torso on"
              + " every landmark (1 is a typical parting of two runtimes' tracks) and count how"
              + " often each verdict holds; keeps every clip's track in memory")
  Optional<Double> noisePct = Optional.empty();

  @Option(
      names = "--noise-trials",
      paramLabel = "N",
      description = "noisy analyses per clip with --noise (default: ${DEFAULT-VALUE})",
      defaultValue = "20")
  int noiseTrials = 20;

  @Option(names = "--no-cache", description = "run the pose stage on every clip, cache nothing")
  boolean noCache;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = "pose-track cache (default: the XDG cache, hinge/posetracks)")
  Optional<Path> cacheDir = Optional.empty();

  @Option(
      names = "--threads",
      description = "inference threads (default: the cores but one, 1 to 4)")
  Optional<Integer> threads = Optional.empty();

  @Override
  public Integer call() {
    PoseModel m = model.get();
    if (noisePct.isPresent() && !(noisePct.get() > 0 && noisePct.get() <= 50)) {
      throw HingeException.invalidInput(
          "--noise must be more than 0 and at most 50 (% of the torso); found " + noisePct.get());
    }
    if (noiseTrials < 1 || noiseTrials > 1000) {
      throw HingeException.invalidInput("--noise-trials must be 1 to 1000; found " + noiseTrials);
    }
    PrintWriter err = spec.commandLine().getErr();
    Labels read = LabelsReader.read(labels);
    if (read.clips().isEmpty()) {
      read.problems().forEach(p -> err.println("hinge: " + p.describe()));
      err.flush();
      throw HingeException.invalidInput(
          "no entry of "
              + labels
              + " could be read"
              + (read.problems().isEmpty() ? " (it is empty)" : ""));
    }
    ModelInfo modelInfo = new ModelInfo(m.displayName(), m.sha256());
    AppDirs dirs = AppDirs.forUser();
    InferenceRuntime inference = Runtimes.create(runtime, dirs.cache());
    Optional<PoseTrackCache> cache =
        noCache
            ? Optional.empty()
            : Optional.of(
                new PoseTrackCache(
                    cacheDir.orElse(dirs.cache().resolve("posetracks")), inference.name()));
    PoseOptions opts = new PoseOptions(m, threads.orElse(PoseOptions.defaults().threads()));
    VideoPoseTracker[] tracker = new VideoPoseTracker[1];
    EvalRunner.PoseStage pose =
        video -> {
          if (tracker[0] == null) {
            tracker[0] = new VideoPoseTracker(new ModelStore(dirs.models()), inference);
          }
          return tracker[0].track(video, opts, ProgressListener.NONE);
        };
    Path videoDir =
        videos.orElseGet(
            () ->
                labels.toAbsolutePath().getParent() == null
                    ? Path.of(".")
                    : labels.toAbsolutePath().getParent());
    EvalRunner.Result result =
        new EvalRunner(pose, modelInfo, cache)
            .run(
                read,
                videoDir,
                noisePct.isPresent() ? l -> true : inject ? InjectionHarness::eligible : l -> false,
                (done, of, run) -> {
                  err.printf(
                      Locale.ROOT,
                      "eval [%d/%d] %s: %s%s (%.1f s%s)%n",
                      done,
                      of,
                      run.label().file(),
                      run.outcome().status().label(),
                      run.outcome().status() == ClipOutcome.Status.ANALYSED
                          ? ", " + run.outcome().fullReps() + " full reps"
                          : "",
                      run.seconds(),
                      run.fromCache() ? ", cached track" : "");
                  err.flush();
                });
    Optional<InjectionReport> injected = Optional.empty();
    if (inject) {
      long t0 = System.nanoTime();
      List<InjectionHarness.Base> bases =
          bases(result).stream().filter(b -> InjectionHarness.eligible(b.label())).toList();
      injected = Optional.of(InjectionHarness.run(bases, Injection.standard(), s -> {}));
      err.printf(
          Locale.ROOT,
          "eval: injections on %d clips in %.1f s%n",
          bases.size(),
          (System.nanoTime() - t0) / 1e9);
    }
    Optional<NoiseReport> noise = Optional.empty();
    if (noisePct.isPresent()) {
      long t0 = System.nanoTime();
      List<InjectionHarness.Base> bases = bases(result);
      noise = Optional.of(NoiseAudit.run(bases, noisePct.get() / 100, noiseTrials, s -> {}));
      err.printf(
          Locale.ROOT,
          "eval: %d noisy analyses of %d clips in %.1f s%n",
          noiseTrials * bases.size(),
          bases.size(),
          (System.nanoTime() - t0) / 1e9);
    }
    List<LabelProblem> problems =
        Stream.concat(read.problems().stream(), result.problems().stream())
            .sorted(Comparator.comparingInt(LabelProblem::entry))
            .toList();
    EvalReport report =
        EvalReport.of(
            labels.toString(),
            videoDir.toString(),
            modelInfo.name(),
            version(),
            problems,
            result.runs(),
            injected,
            noise,
            new EvalReport.Run(
                result.seconds(),
                result.runs().size(),
                result.fromCache(),
                cache.isPresent(),
                inference.name()));
    boolean jsonToStdout = json.map(p -> p.toString().equals("-")).orElse(false);
    var out = spec.commandLine().getOut();
    if (jsonToStdout) {
      out.print(EvalJson.tree(report).toPrettyString());
      out.println();
    } else {
      out.print(EvalText.render(report));
      json.ifPresent(p -> AtomicFiles.write(p, o -> EvalJson.write(report, o)));
    }
    out.flush();
    html.ifPresent(p -> AtomicFiles.write(p, o -> EvalHtml.write(report, o)));
    err.printf(
        Locale.ROOT,
        "eval: %d clips in %.1f s, %d pose tracks from the cache%s%n",
        result.runs().size(),
        result.seconds(),
        result.fromCache(),
        cache.map(c -> " (" + c.dir() + ")").orElse(" (--no-cache)"));
    problems.forEach(p -> err.println("hinge: " + p.describe()));
    err.flush();
    return exitCode(problems);
  }

  /** Malformed entries are invalid input (3); otherwise a missing video is not found (7). */
  static int exitCode(List<LabelProblem> problems) {
    if (problems.stream().anyMatch(p -> p.kind() != LabelProblem.Kind.VIDEO_MISSING)) {
      return ExitCodes.of(ErrorKind.INVALID_INPUT);
    }
    return problems.isEmpty() ? ExitCodes.OK : ExitCodes.of(ErrorKind.NOT_FOUND);
  }

  private static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /** The clips analysed with their tracks kept, as injection or noise bases. */
  private static List<InjectionHarness.Base> bases(EvalRunner.Result result) {
    return result.runs().stream()
        .filter(r -> r.track().isPresent() && r.analysis().isPresent())
        .map(r -> new InjectionHarness.Base(r.label(), r.track().get(), r.analysis().get()))
        .toList();
  }
}
