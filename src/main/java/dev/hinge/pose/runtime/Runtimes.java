package dev.hinge.pose.runtime;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Picks the inference runtime. ONNX Runtime is the default everywhere: it covers every desktop
 * platform and, on the models converted from TensorFlow Lite, needs about half TensorFlow Lite
 * 2.6's CPU time per frame (see docs/perception.md). TensorFlow Lite stays available as the
 * reference the conversion is checked against.
 */
public final class Runtimes {
  private Runtimes() {}

  /** What the user asked for with {@code --runtime}. */
  public enum Choice {
    AUTO,
    TFLITE,
    ONNX
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
      case AUTO, ONNX -> new OrtRuntime(onnxDir(cacheDir));
    };
  }
}
