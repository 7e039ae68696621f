package dev.hinge.cli;

import dev.hinge.core.AppDirs;
import dev.hinge.core.HingeException;
import dev.hinge.journal.Journal;
import dev.hinge.journal.ReportStore;
import dev.hinge.journal.VideoStore;
import dev.hinge.pipeline.VideoAnalyzer;
import dev.hinge.pose.PoseOptions;
import dev.hinge.pose.VideoPoseTracker;
import dev.hinge.pose.model.ModelStore;
import dev.hinge.web.LanAddress;
import dev.hinge.web.Pairing;
import dev.hinge.web.WebServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
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

  @Option(
      names = "--host",
      description =
          "address to listen on (default: 127.0.0.1; with --lan, this machine's LAN address)")
  String host;

  @Option(
      names = "--lan",
      description =
          "serve to phones on this Wi-Fi: listen on the LAN address, require a token (saved in the"
              + " data folder unless --token or HINGE_TOKEN gives one) and show a QR code of a"
              + " pairing link; Enter shows a new one")
  boolean lan;

  @picocli.CommandLine.Mixin JournalOption journal = new JournalOption();

  @Option(
      names = "--token",
      description =
          "access token required on every request (needed to listen beyond loopback; default:"
              + " HINGE_TOKEN)")
  Optional<String> token = Optional.empty();

  @Option(names = "--max-upload-mb", description = "largest video upload in MB (default: 2000)")
  long maxUploadMb = WebServer.Uploads.DEFAULT_MAX_BYTES / 1_000_000;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description =
          "analyses this server runs at once (default: one per core; 0: none, the web app only,"
              + " while `hinge worker` processes sharing --db and the video directory run them)")
  int workers = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws InterruptedException {
    if (token.isPresent() && token.get().isBlank()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--token is empty: an empty token protects nothing; give a token, or leave --token out"
              + " to listen on 127.0.0.1 only");
    }
    if (workers < 0) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--workers must be 0 (web only) or more, found " + workers);
    }
    // an empty HINGE_TOKEN is an unset one
    Optional<String> t =
        token.or(() -> Optional.ofNullable(System.getenv("HINGE_TOKEN")).filter(v -> !v.isBlank()));
    AppDirs dirs = AppDirs.forUser();
    Optional<Path> tokenFile = Optional.empty();
    if (lan && t.isEmpty()) {
      tokenFile = Optional.of(dirs.data().resolve(TOKEN_FILE));
      t = Optional.of(savedToken(tokenFile.get()));
    }
    String address = host != null ? host : lan ? LanAddress.find().getHostAddress() : "127.0.0.1";
    Journal opened = journal.open();
    WebServer server;
    try {
      VideoAnalyzer analyzer =
          VideoAnalyzer.of(
              new VideoPoseTracker(new ModelStore(dirs.models()), runtimeOption.create()),
              // the analyses running at once share the cores: one inference budget in the JVM
              PoseOptions.defaults()
                  .withThreads(
                      dev.hinge.pose.runtime.InferenceBudget.threadsFor(Math.max(1, workers))));
      WebServer.Uploads uploads =
          new WebServer.Uploads(
              new VideoStore(dirs.data().resolve("videos")),
              analyzer,
              maxUploadMb * 1_000_000,
              workers);
      server =
          WebServer.start(
              opened,
              address,
              port,
              t,
              Optional.of(uploads),
              Optional.of(new ReportStore(dirs.data().resolve("reports"))));
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
    PrintWriter err = spec.commandLine().getErr();
    String base = server.baseUrl(address);
    err.printf("hinge: serving %s on %s/ (Ctrl-C stops)%n", opened.description(), base);
    tokenFile.ifPresent(
        f ->
            err.printf(
                "hinge: access token in %s (scripts send it as Authorization: Bearer; delete the"
                    + " file to unpair every phone)%n",
                f));
    err.flush();
    if (lan) {
      PrintWriter out = spec.commandLine().getOut();
      printPairing(out, base, server.newPairingCode());
      Thread more =
          new Thread(
              () -> {
                try {
                  BufferedReader in =
                      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                  while (in.readLine() != null) {
                    printPairing(out, base, server.newPairingCode());
                  }
                } catch (IOException e) {
                  // no terminal to read: the first code is all there is
                }
              },
              "hinge-pairing");
      more.setDaemon(true);
      more.start();
    }
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

  /** Where {@code --lan} keeps the token it made, in the data folder. */
  static final String TOKEN_FILE = "serve-token";

  /**
   * The token saved in {@code file}, made (256 random bits, readable by this user only) when there
   * is none: paired phones stay paired across restarts; deleting the file unpairs them all.
   */
  static String savedToken(Path file) {
    try {
      if (Files.isRegularFile(file)) {
        String saved = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (saved.length() >= 20) {
          return saved;
        }
      }
      byte[] b = new byte[32];
      new SecureRandom().nextBytes(b);
      String made = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), ".serve-token", ".tmp");
      try {
        if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(tmp, made + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
      return made;
    } catch (IOException e) {
      throw new HingeException(
          dev.hinge.core.ErrorKind.STORAGE,
          "cannot read or save the access token in " + file + ": " + e.getMessage(),
          e);
    }
  }

  /** The pairing link as a QR code and as text, and how long it is good for. */
  static void printPairing(PrintWriter out, String base, Pairing.Code code) {
    String link = base + "/pair?code=" + code.value();
    out.println();
    out.println(
        "Pair a phone: scan this with its camera (on the same Wi-Fi as this computer). Good for "
            + Pairing.CODE_LIFETIME.toMinutes()
            + " minutes; press Enter here for a new one.");
    out.print(TerminalQr.render(link));
    out.println("  " + link);
    out.println();
    out.flush();
  }
}
