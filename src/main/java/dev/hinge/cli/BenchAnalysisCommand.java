package dev.hinge.cli;

import dev.hinge.bench.AnalysisBench;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hinge bench analysis}: times track → report on a generated 10-minute set. */
@Command(
    name = "analysis",
    mixinStandardHelpOptions = true,
    description = "Time the analysis stages (track → JSON and summary) on a synthetic track.")
public final class BenchAnalysisCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--minutes", defaultValue = "10", description = "track length (default 10)")
  double minutes;

  @Option(names = "--fps", defaultValue = "30", description = "frame rate (default 30)")
  double fps;

  @Option(names = "--runs", defaultValue = "20", description = "timed runs (default 20)")
  int runs;

  @Option(
      names = "--warmups",
      defaultValue = "15",
      description = "untimed runs first, so the JIT has compiled the hot code (default 15)")
  int warmups;

  @Override
  public Integer call() {
    AnalysisBench.Result r = AnalysisBench.run(minutes, fps, warmups, runs);
    spec.commandLine().getOut().println(r.describe());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
