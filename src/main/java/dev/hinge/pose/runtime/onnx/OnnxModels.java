package dev.hinge.pose.runtime.onnx;

import dev.hinge.core.AtomicFiles;
import dev.hinge.core.HingeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ONNX twins of the TensorFlow Lite models: converted once (milliseconds), cached as {@code
 * <model>.v<converter version>.onnx}, and redone whenever the converter changes.
 */
public final class OnnxModels {
  private OnnxModels() {}

  /** Where the converted twin of {@code tflite} lives in {@code dir}. */
  public static Path pathFor(Path tflite, Path dir) {
    String base = tflite.getFileName().toString().replaceFirst("\\.tflite$", "");
    return dir.resolve(base + ".v" + TfliteToOnnx.VERSION + ".onnx");
  }

  /** Whether the cached conversion equals a fresh one (it is deterministic). */
  public static boolean upToDate(Path tflite, Path dir) {
    Path onnx = pathFor(tflite, dir);
    try {
      return Files.isRegularFile(onnx)
          && java.util.Arrays.equals(
              Files.readAllBytes(onnx), TfliteToOnnx.convert(Files.readAllBytes(tflite)));
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /** The converted model for {@code tflite}, converting it into {@code dir} if not there yet. */
  public static Path converted(Path tflite, Path dir) {
    Path onnx = pathFor(tflite, dir);
    if (Files.isRegularFile(onnx)) {
      return onnx;
    }
    try {
      byte[] bytes = TfliteToOnnx.convert(Files.readAllBytes(tflite));
      AtomicFiles.write(onnx, out -> out.write(bytes));
      return onnx;
    } catch (IOException | java.io.UncheckedIOException e) {
      throw HingeException.environment(
          "cannot convert " + tflite + " to ONNX in " + dir + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw HingeException.environment(
          "cannot convert "
              + tflite
              + " to ONNX: "
              + e.getMessage()
              + " (run 'hinge models verify')",
          e);
    }
  }
}
