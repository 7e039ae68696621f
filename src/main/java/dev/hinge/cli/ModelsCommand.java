package dev.hinge.cli;

import dev.hinge.core.AppDirs;
import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.pose.model.ModelStore;
import dev.hinge.pose.model.PoseModel;
import dev.hinge.pose.runtime.Runtimes;
import dev.hinge.pose.runtime.onnx.OnnxModels;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hinge models install|list|verify}: the pose models in the user's cache. */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    description = "Install, list or verify the pose models (cached per user, checksummed).",
    subcommands = {
      ModelsCommand.Install.class,
      ModelsCommand.ListModels.class,
      ModelsCommand.Verify.class
    })
public final class ModelsCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static ModelStore store() {
    return new ModelStore(AppDirs.forUser().models());
  }

  @Command(
      name = "install",
      mixinStandardHelpOptions = true,
      description = {
        "Download @mediapipe/pose@" + PoseModel.NPM_VERSION + " with npm (or read --from FILE),",
        "verify each model's SHA-256 and store it in the cache."
      })
  static final class Install implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--from",
        paramLabel = "FILE",
        description = "install offline from this npm package tarball (.tgz)")
    Path from;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      ModelStore store = store();
      store.install(
          Optional.ofNullable(from),
          line -> {
            err.println(line);
            err.flush();
          });
      Path onnxDir = Runtimes.onnxDir(AppDirs.forUser().cache());
      for (PoseModel m : PoseModel.values()) {
        OnnxModels.converted(store.path(m), onnxDir);
      }
      err.println("converted to ONNX for the portable runtime (--runtime onnx) in " + onnxDir);
      err.flush();
      spec.commandLine().getOut().println("models installed in " + store.dir());
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the models and whether they are installed.")
  static final class ListModels implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      print(spec.commandLine().getOut(), store().verify());
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = "Check every model's SHA-256; exit 5 if one is missing or damaged.")
  static final class Verify implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      List<ModelStore.Status> statuses = store().verify();
      print(spec.commandLine().getOut(), statuses);
      for (ModelStore.Status s : statuses) {
        if (s.state() == ModelStore.State.CORRUPT) {
          throw new HingeException(
              ErrorKind.ENVIRONMENT,
              "checksum mismatch for "
                  + s.path()
                  + ": expected sha256 "
                  + s.model().sha256()
                  + ", found "
                  + s.foundSha256()
                  + "; run 'hinge models install' to replace it");
        }
        Path onnxDir = Runtimes.onnxDir(AppDirs.forUser().cache());
        Path onnx = OnnxModels.pathFor(s.path(), onnxDir);
        if (s.state() == ModelStore.State.OK
            && Files.exists(onnx)
            && !OnnxModels.upToDate(s.path(), onnxDir)) {
          throw new HingeException(
              ErrorKind.ENVIRONMENT,
              "the ONNX conversion "
                  + onnx
                  + " differs from a fresh conversion of "
                  + s.path()
                  + "; run 'hinge models install' to redo it");
        }
        if (s.state() == ModelStore.State.MISSING) {
          throw new HingeException(
              ErrorKind.ENVIRONMENT,
              "model " + s.model().fileName() + " is not installed; run 'hinge models install'");
        }
      }
      return ExitCodes.OK;
    }
  }

  static void print(PrintWriter out, List<ModelStore.Status> statuses) {
    out.printf(Locale.ROOT, "%-20s %-28s %8s  %s%n", "model", "file", "size", "state");
    for (ModelStore.Status s : statuses) {
      out.printf(
          Locale.ROOT,
          "%-20s %-28s %6.1f MB  %s%n",
          s.model().displayName(),
          s.model().fileName(),
          s.model().sizeBytes() / 1e6,
          s.state().name().toLowerCase(Locale.ROOT));
    }
    out.printf("cache: %s%n", statuses.isEmpty() ? "" : statuses.get(0).path().getParent());
    Path onnxDir = Runtimes.onnxDir(AppDirs.forUser().cache());
    long converted =
        statuses.stream().filter(s -> Files.exists(OnnxModels.pathFor(s.path(), onnxDir))).count();
    out.printf(
        Locale.ROOT,
        "onnx:  %d of %d converted in %s (made by 'hinge models install' or on first use)%n",
        converted,
        statuses.size(),
        onnxDir);
    java.util.Map<String, String> chosen =
        dev.hinge.pose.runtime.AutoRuntime.remembered(AppDirs.forUser().cache());
    if (!chosen.isEmpty()) {
      out.println("runtime chosen by --runtime auto on this machine (measured once):");
      chosen.forEach((model, runtime) -> out.printf("  %-34s %s%n", model, runtime));
    }
    out.flush();
  }
}
