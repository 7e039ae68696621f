package dev.hinge.cli;

import dev.hinge.core.AppDirs;
import dev.hinge.core.AtomicFiles;
import dev.hinge.pose.PoseOptions;
import dev.hinge.pose.PoseTrackWriter;
import dev.hinge.pose.VideoPoseTracker;
import dev.hinge.pose.model.ModelStore;
import dev.hinge.pose.model.PoseModel;
import dev.hinge.pose.runtime.TfLiteRuntime;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hinge analyze VIDEO}: the pose track of a deadlift video, and its summary. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Analyze a side-view video of a deadlift set.")
public final class AnalyzeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "VIDEO",
      description = "the video file (any format FFmpeg reads)")
  Path video;

  @Option(
      names = "--track",
      paramLabel = "FILE",
      description = "write the pose track (hinge.posetrack/1 JSON)")
  Path track;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      description = "pose landmark model: lite, full or heavy (default: ${DEFAULT-VALUE})",
      defaultValue = "full")
  String model;

  @Option(names = "--threads", description = "inference threads (default: cores, at most 4)")
  Integer threads;

  @Override
  public Integer call() {
    PoseModel m = parseModel(model);
    PoseOptions opts =
        new PoseOptions(m, threads != null ? threads : PoseOptions.defaults().threads());
    AppDirs dirs = AppDirs.forUser();
    VideoPoseTracker tracker =
        new VideoPoseTracker(new ModelStore(dirs.models()), new TfLiteRuntime(dirs.cache()));
    ProgressLine progress = new ProgressLine(spec.commandLine().getErr());
    VideoPoseTracker.Summary summary;
    if (track != null) {
      VideoPoseTracker.Summary[] holder = new VideoPoseTracker.Summary[1];
      AtomicFiles.write(
          track,
          out -> {
            try (PoseTrackWriter w =
                new PoseTrackWriter(
                    out, new dev.hinge.pose.ModelInfo(m.displayName(), m.sha256()))) {
              holder[0] = tracker.stream(video, opts, progress, w::frame);
              w.finish(holder[0].video());
            }
          });
      summary = holder[0];
    } else {
      summary = tracker.stream(video, opts, progress, f -> {});
    }
    progress.done();
    PrintWriter out = spec.commandLine().getOut();
    out.println(PoseSummary.format(summary, track));
    out.flush();
    return ExitCodes.OK;
  }

  static PoseModel parseModel(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "lite" -> PoseModel.LITE;
      case "full" -> PoseModel.FULL;
      case "heavy" -> PoseModel.HEAVY;
      default ->
          throw new picocli.CommandLine.ParameterException(
              new picocli.CommandLine(new AnalyzeCommand()),
              "--model must be lite, full or heavy, found '" + name + "'");
    };
  }
}
