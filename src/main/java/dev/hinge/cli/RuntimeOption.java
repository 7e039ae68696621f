package dev.hinge.cli;

import dev.hinge.core.AppDirs;
import dev.hinge.pose.runtime.InferenceRuntime;
import dev.hinge.pose.runtime.Runtimes;
import picocli.CommandLine.Option;

/** The {@code --runtime} option of the commands that run the pose models (a picocli mixin). */
final class RuntimeOption {
  @Option(
      names = "--runtime",
      paramLabel = "NAME",
      description =
          "pose inference runtime: onnx (ONNX Runtime: Linux, macOS and Windows, x86-64 and arm64)"
              + " or tflite (TensorFlow Lite 2.6, the reference: Linux/macOS x86-64 only); auto"
              + " takes the faster of the two per model where both run, measured once and"
              + " remembered, else onnx; reference: tflite where it runs, else onnx (default:"
              + " ${DEFAULT-VALUE})",
      defaultValue = "auto")
  Runtimes.Choice runtime = Runtimes.Choice.AUTO;

  InferenceRuntime create() {
    return Runtimes.create(runtime, AppDirs.forUser().cache());
  }
}
