package dev.hinge.cli;

import dev.hinge.app.UploadedVideos;
import dev.hinge.core.AppDirs;
import dev.hinge.journal.Journal;
import dev.hinge.journal.ReportStore;
import dev.hinge.journal.VideoStore;
import dev.hinge.pipeline.VideoAnalyzer;
import dev.hinge.pose.PoseOptions;
import dev.hinge.pose.VideoPoseTracker;
import dev.hinge.pose.model.ModelStore;
import dev.hinge.pose.runtime.InferenceBudget;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hinge worker}: runs the analyses of uploads for a server, from the queue in the journal's
 * database, on this machine. docs/deploy.md.
 */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse uploaded videos for `hinge serve`, here or on another machine: take jobs from the"
          + " queue in the server's journal (--db, PostgreSQL to share it between machines), read"
          + " the videos from the server's video directory (--videos, shared) and write the"
          + " results to the journal. Ctrl-C or SIGTERM stops; a job cut short runs again.",
      "See docs/deploy.md."
    })
public final class WorkerCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin RuntimeOption runtimeOption = new RuntimeOption();

  @picocli.CommandLine.Mixin JournalOption journal = new JournalOption();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--videos",
      paramLabel = "DIR",
      description =
          "the server's video directory, shared with it (default: videos in the data directory,"
              + " where `hinge serve` keeps them)")
  Optional<Path> videos = Optional.empty();

  @Option(
      names = "--reports",
      paramLabel = "DIR",
      description =
          "where the reports and annotated videos go, shared with the server (default: reports"
              + " beside the video directory)")
  Optional<Path> reports = Optional.empty();

  @Option(
      names = "--workers",
      paramLabel = "N",
      description = "analyses run at once in this process (default: one per core)")
  int workers = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws InterruptedException {
    if (workers < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--workers must be 1 or more for a worker (it runs analyses), found " + workers);
    }
    AppDirs dirs = AppDirs.forUser();
    Path videoDir = videos.orElseGet(() -> dirs.data().resolve("videos")).toAbsolutePath();
    Path reportDir = reports.orElseGet(() -> videoDir.resolveSibling("reports")).toAbsolutePath();
    Journal opened = journal.open();
    UploadedVideos uploads;
    try {
      VideoAnalyzer analyzer =
          VideoAnalyzer.of(
              new VideoPoseTracker(new ModelStore(dirs.models()), runtimeOption.create()),
              PoseOptions.defaults().withThreads(InferenceBudget.threadsFor(workers)));
      uploads =
          new UploadedVideos(
              opened,
              new VideoStore(videoDir),
              analyzer,
              0,
              Optional.of(new ReportStore(reportDir)));
      uploads.resume();
      uploads.startWorkers(workers, "worker");
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        "hinge: worker running %d analys%s at once for %s, videos in %s (Ctrl-C stops)%n",
        workers, workers == 1 ? "is" : "es", opened.description(), videoDir);
    err.flush();
    CountDownLatch stop = new CountDownLatch(1);
    UploadedVideos running = uploads;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.close();
                  opened.close();
                  stop.countDown();
                }));
    stop.await();
    return ExitCodes.OK;
  }
}
