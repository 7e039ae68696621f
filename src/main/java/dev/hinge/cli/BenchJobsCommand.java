package dev.hinge.cli;

import dev.hinge.bench.JobsBench;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hinge bench jobs}: uploads analysed per minute by 1, 2 and 4 worker processes. */
@Command(
    name = "jobs",
    mixinStandardHelpOptions = true,
    description =
        "Uploads analysed per minute through the job queue by N `hinge worker` processes on this"
            + " machine (a fresh temporary journal; --db for a PostgreSQL server).")
final class BenchJobsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "VIDEO",
      description = "the video uploaded (default: the formfit fixture clip if present)")
  Path video;

  @Option(
      names = "--workers",
      split = ",",
      paramLabel = "N",
      description = "worker processes to measure, each running one analysis (default: 1,2,4)")
  List<Integer> workers = List.of(1, 2, 4);

  @Option(
      names = "--uploads",
      paramLabel = "N",
      description = "uploads queued at once per row (default: ${DEFAULT-VALUE})",
      defaultValue = "8")
  int uploads;

  @Option(
      names = "--db",
      paramLabel = "URL",
      description =
          "a jdbc:postgresql: URL: each row in a new schema there, dropped after (default: a"
              + " temporary SQLite journal)")
  Optional<String> db = Optional.empty();

  @Override
  public Integer call() throws Exception {
    if (uploads < 1 || uploads > 1000) {
      throw new ParameterException(
          spec.commandLine(), "--uploads must be from 1 to 1000, found " + uploads);
    }
    for (int n : workers) {
      if (n < 1 || n > 32) {
        throw new ParameterException(
            spec.commandLine(), "--workers takes 1 to 32 processes each, found " + n);
      }
    }
    if (db.isPresent() && !db.get().startsWith("jdbc:postgresql:")) {
      throw new ParameterException(
          spec.commandLine(), "--db takes a jdbc:postgresql: URL, found " + db.get());
    }
    Path v = video != null ? video : BenchCommand.defaultVideo();
    List<String> hinge = new ArrayList<>();
    hinge.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    hinge.add("-XX:+UseSerialGC");
    hinge.add("-Xms64m");
    hinge.add("-Xmx1g");
    hinge.add("-cp");
    hinge.add(System.getProperty("java.class.path"));
    hinge.add(Main.class.getName());
    PrintWriter out = spec.commandLine().getOut();
    JobsBench bench = new JobsBench(hinge, spec.commandLine().getErr());
    List<JobsBench.Row> rows = new ArrayList<>();
    for (int n : workers) {
      rows.add(bench.run(v, n, uploads, db));
    }
    out.printf(
        Locale.ROOT,
        "jobs: %s, %d uploads per row, queue on %s; %s, %d cores%n",
        v.getFileName(),
        uploads,
        db.isPresent() ? "PostgreSQL" : "SQLite",
        System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors());
    out.printf("%-8s %8s %8s %10s %8s%n", "workers", "uploads", "seconds", "uploads/min", "failed");
    for (JobsBench.Row r : rows) {
      out.printf(
          Locale.ROOT,
          "%-8d %8d %8.1f %10.1f %8d%n",
          r.workers(),
          r.uploads(),
          r.seconds(),
          r.perMinute(),
          r.failed());
    }
    out.flush();
    return rows.stream().allMatch(r -> r.failed() == 0) ? ExitCodes.OK : 1;
  }
}
