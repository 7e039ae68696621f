package dev.hinge.cli;

import dev.hinge.core.AppDirs;
import dev.hinge.journal.Journal;
import dev.hinge.journal.ReportStore;
import dev.hinge.journal.VideoStore;
import dev.hinge.pipeline.VideoAnalyzer;
import dev.hinge.pose.PoseOptions;
import dev.hinge.pose.VideoPoseTracker;
import dev.hinge.pose.model.ModelStore;
import dev.hinge.web.WebServer;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hinge serve}: the journal as a local web app and REST API. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the journal as a local web app and REST API (/api/v1).")
public final class ServeCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin RuntimeOption runtimeOption = new RuntimeOption();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", description = "port (default: 7070)")
  int port = 7070;

  @Option(names = "--host", description = "address to listen on (default: 127.0.0.1)")
  String host = "127.0.0.1";

  @picocli.CommandLine.Mixin JournalOption journal = new JournalOption();

  @Option(
      names = "--token",
      description =
          "access token required on every request (needed to listen beyond loopback; default:"
              + " HINGE_TOKEN)")
  Optional<String> token = Optional.empty();

  @Option(names = "--max-upload-mb", description = "largest video upload in MB (default: 2000)")
  long maxUploadMb = WebServer.Uploads.DEFAULT_MAX_BYTES / 1_000_000;

  @Option(names = "--workers", description = "analyses run at once (default: one per core)")
  int workers = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws InterruptedException {
    if (token.isPresent() && token.get().isBlank()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--token is empty: an empty token protects nothing; give a token, or leave --token out"
              + " to listen on 127.0.0.1 only");
    }
    // an empty HINGE_TOKEN is an unset one
    Optional<String> t =
        token.or(() -> Optional.ofNullable(System.getenv("HINGE_TOKEN")).filter(v -> !v.isBlank()));
    Journal opened = journal.open();
    WebServer server;
    try {
      AppDirs dirs = AppDirs.forUser();
      VideoAnalyzer analyzer =
          VideoAnalyzer.of(
              new VideoPoseTracker(new ModelStore(dirs.models()), runtimeOption.create()),
              PoseOptions.defaults());
      WebServer.Uploads uploads =
          new WebServer.Uploads(
              new VideoStore(dirs.data().resolve("videos")),
              analyzer,
              maxUploadMb * 1_000_000,
              workers);
      server =
          WebServer.start(
              opened,
              host,
              port,
              t,
              Optional.of(uploads),
              Optional.of(new ReportStore(dirs.data().resolve("reports"))));
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        "hinge: serving %s on http://%s:%d/ (Ctrl-C stops)%n",
        opened.description(), host, server.port());
    err.flush();
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  opened.close();
                  stop.countDown();
                }));
    stop.await();
    return ExitCodes.OK;
  }
}
