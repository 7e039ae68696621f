package dev.hinge.cli;

import dev.hinge.core.AtomicFiles;
import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.kinematics.ViewKind;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.PoseTrackReader;
import dev.hinge.report.AnalysisJson;
import dev.hinge.report.HtmlReport;
import dev.hinge.report.KeyFrameSource;
import dev.hinge.report.TerminalReport;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hinge analyze}: a pose track (or, with the perception engine, a video) → reports. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse a deadlift set: reps, phases, bar speed, faults with cues, lower-back load.",
      "Prints a summary; --json and --html write the full report (written whole or not at all)."
    })
public final class AnalyzeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "VIDEO",
      description = "the video of the set (needs the perception engine)")
  Optional<Path> video = Optional.empty();

  @Option(
      names = "--from-track",
      paramLabel = "FILE",
      description = "analyse a hinge.posetrack/1 file instead of a video")
  Optional<Path> fromTrack = Optional.empty();

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

  @Override
  public Integer call() {
    if (fromTrack.isEmpty()) {
      throw new HingeException(
          ErrorKind.ENVIRONMENT,
          video.isPresent()
              ? "analysing a video needs the perception engine, which is not in this build;"
                  + " use --from-track FILE"
              : "nothing to analyse: give a VIDEO or --from-track FILE");
    }
    PoseTrack track = PoseTrackReader.read(fromTrack.get());
    AnalysisOptions options = new AnalysisOptions(opt(heightCm), opt(loadKg), opt(bodyMassKg));
    Analysis analysis = AnalysisPipeline.analyze(track, options);
    return report(analysis, Optional.of(track), KeyFrameSource.NONE);
  }

  private static OptionalDouble opt(Optional<Double> v) {
    return v.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }

  /**
   * Writes the requested files and prints the summary. A front view still gets its full report
   * (reps and speed are measured), then fails with UNANALYZABLE because form cannot be judged.
   */
  int report(Analysis analysis, Optional<PoseTrack> track, KeyFrameSource frames) {
    json.ifPresent(p -> AtomicFiles.write(p, out -> AnalysisJson.write(analysis, out)));
    html.ifPresent(
        p -> AtomicFiles.write(p, out -> HtmlReport.write(analysis, track, frames, out)));
    var out = spec.commandLine().getOut();
    out.print(TerminalReport.render(analysis));
    out.flush();
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
