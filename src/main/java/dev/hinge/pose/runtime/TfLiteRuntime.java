package dev.hinge.pose.runtime;

import dev.hinge.core.HingeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.tensorflow.lite.Interpreter;
import org.tensorflow.lite.Tensor;

/**
 * TensorFlow Lite 2.6 through its Java API, with the XNNPACK CPU delegate. The JNI library ships
 * inside the {@code tflite-native-cpu} jar (Linux and macOS x86-64 only); it is copied once into
 * the cache, named by its checksum, and loaded from there.
 */
public final class TfLiteRuntime implements InferenceRuntime {
  private static volatile boolean loaded;
  private static volatile boolean libraryLogs;

  /** The line TensorFlow Lite prints on stderr when it creates the XNNPACK delegate. */
  static final String XNNPACK_INFO = "INFO: Created TensorFlow Lite XNNPACK delegate for CPU.";

  /**
   * TensorFlow Lite's own log lines on stderr: its INFO line about the XNNPACK delegate is dropped
   * unless {@code verbose}; warnings and errors always pass.
   */
  public static void libraryLogs(boolean verbose) {
    libraryLogs = verbose;
  }

  private final Path nativeCacheDir;

  public TfLiteRuntime(Path nativeCacheDir) {
    this.nativeCacheDir = nativeCacheDir;
  }

  @Override
  public String name() {
    return "tflite-2.6.2-xnnpack";
  }

  @Override
  public TensorModel load(Path modelFile, int threads) {
    ensureNativeLoaded(nativeCacheDir);
    Interpreter.Options opts = new Interpreter.Options().setNumThreads(threads).setUseXNNPACK(true);
    Interpreter interpreter;
    try {
      interpreter =
          libraryLogs
              ? new Interpreter(modelFile.toFile(), opts)
              : NativeStderr.filtered(
                  () -> new Interpreter(modelFile.toFile(), opts),
                  line -> !line.equals(XNNPACK_INFO));
    } catch (IllegalArgumentException e) {
      throw HingeException.environment(
          "cannot load model "
              + modelFile
              + ": "
              + e.getMessage()
              + " (run 'hinge models verify', then 'hinge models install')",
          e);
    }
    return new TfLiteModel(interpreter);
  }

  static synchronized void ensureNativeLoaded(Path cacheDir) {
    if (loaded) {
      return;
    }
    String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
    String arch = System.getProperty("os.arch");
    String file = os.contains("mac") ? "libtensorflowlite_jni.dylib" : "libtensorflowlite_jni.so";
    try (InputStream in =
        TfLiteRuntime.class.getClassLoader().getResourceAsStream("native/lib/" + file)) {
      if (in == null) {
        throw HingeException.environment(
            "the TensorFlow Lite runtime has no native library for "
                + os
                + "/"
                + arch
                + " (shipped: linux-x86_64, osx-x86_64)");
      }
      byte[] bytes = in.readAllBytes();
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      Path dir = cacheDir.resolve("tflite-" + sha.substring(0, 16));
      Path lib = dir.resolve(file);
      if (!Files.exists(lib) || Files.size(lib) != bytes.length) {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "lib", ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, lib, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      System.load(lib.toAbsolutePath().toString());
      loaded = true;
    } catch (IOException | java.security.NoSuchAlgorithmException e) {
      throw HingeException.environment(
          "cannot install the TensorFlow Lite native library: " + e, e);
    } catch (UnsatisfiedLinkError e) {
      throw HingeException.environment(
          "cannot load the TensorFlow Lite native library on "
              + os
              + "/"
              + arch
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static final class TfLiteModel implements TensorModel {
    private final Interpreter interpreter;
    private final ByteBuffer inputBytes;
    private final FloatBuffer input;
    private final Object[] inputs;
    private final Map<Integer, Object> noOutputs = new HashMap<>();
    private final int[] inputShape;

    TfLiteModel(Interpreter interpreter) {
      this.interpreter = interpreter;
      Tensor in = interpreter.getInputTensor(0);
      this.inputShape = in.shape();
      this.inputBytes = ByteBuffer.allocateDirect(in.numBytes()).order(ByteOrder.nativeOrder());
      this.input = inputBytes.asFloatBuffer();
      this.inputs = new Object[] {inputBytes};
    }

    @Override
    public FloatBuffer input() {
      input.clear();
      return input;
    }

    @Override
    public int[] inputShape() {
      return inputShape.clone();
    }

    @Override
    public void run() {
      inputBytes.rewind();
      // Outputs are read in place from the interpreter's own tensors: no copy.
      interpreter.runForMultipleInputsOutputs(inputs, noOutputs);
    }

    @Override
    public int outputCount() {
      return interpreter.getOutputTensorCount();
    }

    @Override
    public int[] outputShape(int index) {
      return interpreter.getOutputTensor(index).shape();
    }

    @Override
    public FloatBuffer output(int index) {
      return interpreter
          .getOutputTensor(index)
          .buffer()
          .order(ByteOrder.nativeOrder())
          .asFloatBuffer();
    }

    @Override
    public void close() {
      interpreter.close();
    }
  }
}
