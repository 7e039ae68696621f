package dev.hinge.pose.runtime;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Picks the inference runtime. ONNX Runtime covers every desktop platform; TensorFlow Lite 2.6, the
 * reference the conversion is checked against, only Linux and macOS on x86-64. Where both run,
 * {@code auto} gives each model to whichever is faster on this machine ({@link AutoRuntime}):
 * neither wins everywhere (docs/perception.md). {@code reference} is TensorFlow Lite where it runs,
 * else ONNX Runtime, however fast: the two agree to 0.02 px on one frame, but the tracker feeds
 * each frame's landmarks into the next frame's crop, so over a clip the differences grow, and on
 * the development set a few verdicts near a threshold differ between them (docs/eval.md). What must
 * give the same figures on every machine ({@code hinge eval}, the tests) runs on one runtime.
 */
public final class Runtimes {
  private Runtimes() {}

  /** What the user asked for with {@code --runtime}. */
  public enum Choice {
    AUTO,
    TFLITE,
    ONNX,
    REFERENCE
  }

  /**
   * True on the platforms TensorFlow Lite 2.6's Java natives ship for: Linux and macOS on x86-64.
   */
  public static boolean tfliteSupportedHere() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
    return x64 && (os.contains("linux") || os.contains("mac"));
  }

  /** Where the models converted to ONNX are cached. */
  public static Path onnxDir(Path cacheDir) {
    return cacheDir.resolve("onnx");
  }

  /**
   * The runtime for {@code choice}. {@code cacheDir} holds TensorFlow Lite's unpacked native
   * library and the converted ONNX models.
   */
  public static InferenceRuntime create(Choice choice, Path cacheDir) {
    return switch (choice) {
      case TFLITE -> new TfLiteRuntime(cacheDir);
      case ONNX -> new OrtRuntime(onnxDir(cacheDir));
      case REFERENCE ->
          tfliteSupportedHere() ? new TfLiteRuntime(cacheDir) : new OrtRuntime(onnxDir(cacheDir));
      case AUTO ->
          tfliteSupportedHere()
              ? new AutoRuntime(
                  new OrtRuntime(onnxDir(cacheDir)), new TfLiteRuntime(cacheDir), cacheDir)
              : new OrtRuntime(onnxDir(cacheDir));
    };
  }
}
