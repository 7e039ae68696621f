package dev.hinge.cli;

import dev.hinge.core.AppDirs;
import dev.hinge.core.AtomicFiles;
import dev.hinge.core.HingeException;
import dev.hinge.kinematics.ViewKind;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.pose.ModelInfo;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseOptions;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.PoseTrackReader;
import dev.hinge.pose.PoseTrackWriter;
import dev.hinge.pose.VideoPoseTracker;
import dev.hinge.pose.model.ModelStore;
import dev.hinge.pose.model.PoseModel;
import dev.hinge.report.AnalysisJson;
import dev.hinge.report.AnnotatedVideo;
import dev.hinge.report.HtmlReport;
import dev.hinge.report.KeyFrameSource;
import dev.hinge.report.TerminalReport;
import dev.hinge.video.VideoKeyFrames;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hinge analyze VIDEO} (or {@code --from-track FILE}): pose track, reps, bar speed, faults
 * with cues and lower-back load; a summary on stdout, full reports in files written whole or not at
 * all.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse a side-view video of a deadlift set: reps, phases, bar speed, faults with cues, lower-back load.",
      "Prints a summary; --json and --html write the full report, --track the pose track."
    })
public final class AnalyzeCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin RuntimeOption runtimeOption = new RuntimeOption();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "VIDEO",
      description = "the video (any format FFmpeg reads)")
  Optional<Path> video = Optional.empty();

  @Option(
      names = "--from-track",
      paramLabel = "FILE",
      description = "analyse a hinge.posetrack/1 file instead of a video")
  Optional<Path> fromTrack = Optional.empty();

  @Option(
      names = "--track",
      paramLabel = "FILE",
      description = "also write the pose track (hinge.posetrack/1)")
  Optional<Path> track = Optional.empty();

  @Option(names = "--json", paramLabel = "FILE", description = "write hinge.analysis/1 JSON")
  Optional<Path> json = Optional.empty();

  @Option(names = "--html", paramLabel = "FILE", description = "write the one-file HTML report")
  Optional<Path> html = Optional.empty();

  @Option(names = "--height-cm", paramLabel = "N", description = "lifter's height (sets the scale)")
  Optional<Double> heightCm = Optional.empty();

  @Option(
      names = "--load-kg",
      paramLabel = "N",
      description = "bar load (for the back-load estimate)")
  Optional<Double> loadKg = Optional.empty();

  @Option(names = "--body-mass-kg", paramLabel = "N", description = "lifter's body mass")
  Optional<Double> bodyMassKg = Optional.empty();

  @picocli.CommandLine.Mixin ModelOption model = new ModelOption();

  @Option(
      names = "--video-out",
      paramLabel = "FILE",
      description =
          "write the set as an annotated H.264 MP4: skeleton, bar path, rep counter and phase,"
              + " angles, bar speed per rep, each finding over its frames")
  Optional<Path> videoOut = Optional.empty();

  @Option(
      names = "--match-official",
      description =
          "run the pose stage exactly as the official MediaPipe solution does, for comparison with"
              + " it: no scene-cut handling and no zoomed search (by default, where an edited video"
              + " cuts to another shot, the lifter is found afresh, and a lifter too small in the"
              + " picture for the person detector is looked for in zoomed parts of it)")
  boolean matchOfficial;

  @Option(
      names = "--threads",
      description = "inference threads (default: the cores but one, 1 to 4)")
  Optional<Integer> threads = Optional.empty();

  @Option(names = "--save", description = "record the analysis in the training journal")
  boolean save;

  @picocli.CommandLine.Mixin JournalOption journal = new JournalOption();

  @Option(
      names = "--pose-only",
      description = "stop after the pose track (summary of the pose stage only)")
  boolean poseOnly;

  @Override
  public Integer call() {
    if (video.isPresent() == fromTrack.isPresent()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          video.isPresent()
              ? "give either VIDEO or --from-track, not both"
              : "nothing to analyse: give a VIDEO or --from-track FILE");
    }
    AnalysisOptions options;
    if (save) {
      // a saved analysis uses the journal's profile for what the command line did not say
      try (dev.hinge.journal.Journal j = journal.open()) {
        options = analyses(j).options(opt(heightCm), opt(loadKg), opt(bodyMassKg));
      }
    } else {
      options = new AnalysisOptions(opt(heightCm), opt(loadKg), opt(bodyMassKg));
    }
    if (fromTrack.isPresent()) {
      if (videoOut.isPresent()) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "--video-out needs the video: it draws on the video's frames (not with --from-track)");
      }
      PoseTrack t = PoseTrackReader.read(fromTrack.get());
      return report(AnalysisPipeline.analyze(t, options), Optional.of(t), KeyFrameSource.NONE);
    }
    PoseTrack t = trackVideo(video.get());
    if (poseOnly) {
      printPoseSummary();
      return ExitCodes.OK;
    }
    Analysis analysis;
    try {
      analysis = AnalysisPipeline.analyze(t, options);
    } catch (RuntimeException e) {
      // a failed analysis is one line (Main.handle); the pose stage's figures only when asked for
      if (Main.verbose) {
        printPoseSummary();
      }
      throw e;
    }
    videoOut.ifPresent(out -> AnnotatedVideo.write(video.get(), t, analysis, out));
    try (VideoKeyFrames frames = new VideoKeyFrames(video.get())) {
      return report(analysis, Optional.of(t), frames::jpeg);
    }
  }

  /** The pose stage's figures, held until the analysis has something to show. */
  private String poseSummary;

  private void printPoseSummary() {
    if (poseSummary != null) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(poseSummary);
      err.flush();
      poseSummary = null;
    }
  }

  private PoseTrack trackVideo(Path v) {
    PoseModel m = model.get();
    PoseOptions chosen = new PoseOptions(m, threads.orElse(PoseOptions.defaults().threads()));
    PoseOptions opts = matchOfficial ? chosen.matchingOfficial() : chosen;
    AppDirs dirs = AppDirs.forUser();
    VideoPoseTracker tracker =
        new VideoPoseTracker(new ModelStore(dirs.models()), runtimeOption.create());
    ProgressLine progress = new ProgressLine(spec.commandLine().getErr());
    List<PoseFrame> frames = new ArrayList<>();
    VideoPoseTracker.Summary[] summary = new VideoPoseTracker.Summary[1];
    if (track.isPresent()) {
      AtomicFiles.write(
          track.get(),
          out -> {
            try (PoseTrackWriter w =
                new PoseTrackWriter(out, new ModelInfo(m.displayName(), m.sha256()))) {
              summary[0] =
                  tracker.stream(
                      v,
                      opts,
                      progress,
                      f -> {
                        w.frame(f);
                        frames.add(f);
                      });
              w.finish(summary[0].video());
            }
          });
    } else {
      summary[0] = tracker.stream(v, opts, progress, frames::add);
    }
    progress.done();
    // the pose stage's figures go to stderr: stdout is the analysis
    poseSummary = PoseSummary.format(summary[0], track.orElse(null));
    return new PoseTrack(summary[0].video(), summary[0].model(), frames);
  }

  private static dev.hinge.app.Analyses analyses(dev.hinge.journal.Journal j) {
    return new dev.hinge.app.Analyses(
        j,
        Optional.of(
            new dev.hinge.journal.ReportStore(AppDirs.forUser().data().resolve("reports"))));
  }

  private static OptionalDouble opt(Optional<Double> v) {
    return v.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }

  /**
   * Writes the requested files and prints the summary. A front view still gets its full report
   * (reps and speed are measured), then fails with UNANALYZABLE because form cannot be judged.
   */
  int report(Analysis analysis, Optional<PoseTrack> t, KeyFrameSource frames) {
    json.ifPresent(p -> AtomicFiles.write(p, out -> AnalysisJson.write(analysis, out)));
    html.ifPresent(p -> AtomicFiles.write(p, out -> HtmlReport.write(analysis, t, frames, out)));
    printPoseSummary();
    var out = spec.commandLine().getOut();
    out.print(TerminalReport.render(analysis));
    out.flush();
    if (save) {
      try (dev.hinge.journal.Journal j = journal.open()) {
        long id = analyses(j).save(analysis, opt(loadKg), t, frames);
        var err = spec.commandLine().getErr();
        err.println("saved as analysis " + id + " in the journal (" + j.description() + ")");
        err.flush();
      }
    }
    ViewKind view = analysis.kinematics().camera().view().kind();
    if (view == ViewKind.FRONT || view == ViewKind.UNKNOWN) {
      throw HingeException.unanalyzable(
          "the camera sees the lifter from the "
              + (view == ViewKind.FRONT ? "front" : "an unknown angle")
              + ": reps and bar speed were measured, but "
              + analysis.skipped().size()
              + " form judgements need a side view and were skipped; film from the side");
    }
    return ExitCodes.OK;
  }
}
