package dev.hinge.cli;

import dev.hinge.core.HingeException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hinge} command. */
@Command(
    name = "hinge",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Deadlift form analysis from a phone video, soreness check-in and training journal.",
      "Hinge does not diagnose; see a clinician for any red-flag symptom."
    },
    subcommands = {
      AnalyzeCommand.class,
      ModelsCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      GuideCommand.class,
      CheckinCommand.class,
      JournalCommand.class,
      ServeCommand.class,
      WorkerCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:unexpected internal error",
      "2:usage error (unknown option, missing argument)",
      "3:invalid input (corrupt video, malformed JSON, out-of-range answer)",
      "4:nothing to analyse (no person found, too short, wrong camera angle)",
      "5:missing on this machine (models, npm)",
      "6:journal storage unusable (locked, unwritable)",
      "7:not found"
    })
public final class Main implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Whether the libraries' own logs and stack traces reach stderr ({@code --verbose}). */
  static volatile boolean verbose;

  /**
   * {@code --verbose}, on every command: FFmpeg's and the inference runtimes' own log lines, and
   * the stack trace of an internal error. Without it a user sees Hinge's one-line messages only.
   */
  @CommandLine.Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description = "also show the libraries' own logs (FFmpeg, TensorFlow Lite) and stack traces")
  void verbose(boolean on) {
    verbose = on;
    if (on) {
      // loads FFmpeg: only when asked for (its default, set on first use, is quiet)
      dev.hinge.video.FfmpegFrameSource.libraryLogs(true);
    }
    dev.hinge.pose.runtime.TfLiteRuntime.libraryLogs(on);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (for tests: no System.exit). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(Main::handle);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Turns a failure into one clear line on stderr and the matching exit code. */
  static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    if (e instanceof HingeException he) {
      err.println("hinge: " + he.getMessage());
      LOG.debug("failure", he);
      err.flush();
      return ExitCodes.of(he.kind());
    }
    if (e instanceof UncheckedIOException io) {
      err.println("hinge: " + io.getMessage());
      LOG.debug("I/O failure", io);
      err.flush();
      return ExitCodes.of(dev.hinge.core.ErrorKind.INVALID_INPUT);
    }
    if (verbose) {
      err.println("hinge: internal error: " + e);
      e.printStackTrace(err);
    } else {
      err.println(
          "hinge: internal error: "
              + e
              + " (a bug in Hinge: run again with --verbose for the details, and report them)");
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }

  /** The version from the jar's manifest, or "dev" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {
        "hinge " + (v == null ? "dev" : v), "Java " + System.getProperty("java.version")
      };
    }
  }
}
