package dev.hinge.pose.runtime;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.hinge.core.HingeException;
import dev.hinge.pose.runtime.onnx.OnnxModels;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ONNX Runtime's CPU provider, running the models converted from TensorFlow Lite (see {@link
 * OnnxModels}). The portable path: its natives cover Linux x86-64 and arm64, macOS x86-64 and Apple
 * Silicon, and Windows x86-64. Inputs and outputs are pre-allocated direct buffers bound to the
 * session, so a run copies nothing on the Java side.
 */
public final class OrtRuntime implements InferenceRuntime {
  private final Path conversionDir;

  /** {@code conversionDir}: where converted models are cached, next to the originals. */
  public OrtRuntime(Path conversionDir) {
    this.conversionDir = conversionDir;
  }

  @Override
  public String name() {
    return "onnxruntime-" + version() + "-cpu";
  }

  private static String version() {
    try {
      return OrtEnvironment.getEnvironment().getVersion();
    } catch (RuntimeException | UnsatisfiedLinkError e) {
      return "?";
    }
  }

  @Override
  public TensorModel load(Path modelFile, int threads) {
    Path onnx = OnnxModels.converted(modelFile, conversionDir);
    try {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions opts = new OrtSession.SessionOptions();
      opts.setIntraOpNumThreads(threads);
      opts.setInterOpNumThreads(1);
      opts.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      opts.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      // Keep ONNX Runtime's memory arena and memory pattern (its defaults). Turning both off saved
      // 30-60 MB of peak RSS on one 2-core VM but made every run allocate and fault in its
      // activations afresh, which on another (AMD EPYC, 2026-12-01) made inference 4x slower
      // (full landmark model 13 -> 54 ms). Without spinning, the decoder thread and the other
      // workers of `hinge serve` get the cores back between runs (lite +10 %).
      opts.addConfigEntry("session.intra_op.allow_spinning", "0");
      OrtSession session = env.createSession(onnx.toString(), opts);
      return new OrtModel(env, session, opts);
    } catch (OrtException e) {
      throw HingeException.environment(
          "ONNX Runtime cannot load " + onnx + ": " + e.getMessage(), e);
    } catch (UnsatisfiedLinkError e) {
      throw HingeException.environment(
          "ONNX Runtime has no native library for "
              + System.getProperty("os.name")
              + "/"
              + System.getProperty("os.arch")
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static final class OrtModel implements TensorModel {
    private final OrtSession session;
    private final OrtSession.SessionOptions opts;
    private final String inputName;
    private final int[] inputShape;
    private final FloatBuffer input;
    private final OnnxTensor inputTensor;
    private final Map<String, OnnxTensor> inputs;
    private final List<int[]> outputShapes = new ArrayList<>();
    private final List<FloatBuffer> outputs = new ArrayList<>();
    private final Map<String, OnnxTensor> pinned = new LinkedHashMap<>();

    OrtModel(OrtEnvironment env, OrtSession session, OrtSession.SessionOptions opts)
        throws OrtException {
      this.session = session;
      this.opts = opts;
      Map.Entry<String, NodeInfo> in = session.getInputInfo().entrySet().iterator().next();
      this.inputName = in.getKey();
      long[] shape = ((TensorInfo) in.getValue().getInfo()).getShape();
      this.inputShape = toInts(shape);
      this.input = direct(elements(inputShape));
      this.inputTensor = OnnxTensor.createTensor(env, input, shape);
      this.inputs = Map.of(inputName, inputTensor);
      for (Map.Entry<String, NodeInfo> out : session.getOutputInfo().entrySet()) {
        long[] s = ((TensorInfo) out.getValue().getInfo()).getShape();
        FloatBuffer buf = direct(elements(toInts(s)));
        outputShapes.add(toInts(s));
        outputs.add(buf);
        pinned.put(out.getKey(), OnnxTensor.createTensor(env, buf, s));
      }
    }

    private static FloatBuffer direct(int n) {
      return ByteBuffer.allocateDirect(4 * n).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    private static int[] toInts(long[] s) {
      int[] r = new int[s.length];
      for (int i = 0; i < s.length; i++) {
        r[i] = (int) s[i];
      }
      return r;
    }

    private static int elements(int[] s) {
      int n = 1;
      for (int d : s) {
        n *= d;
      }
      return n;
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
      try {
        session.run(inputs, pinned).close();
      } catch (OrtException e) {
        throw new IllegalStateException("ONNX Runtime failed: " + e.getMessage(), e);
      }
    }

    @Override
    public int outputCount() {
      return outputs.size();
    }

    @Override
    public int[] outputShape(int index) {
      return outputShapes.get(index).clone();
    }

    @Override
    public FloatBuffer output(int index) {
      return outputs.get(index).duplicate().clear().asReadOnlyBuffer();
    }

    @Override
    public void close() {
      inputTensor.close();
      pinned.values().forEach(OnnxTensor::close);
      try {
        session.close();
      } catch (OrtException e) {
        // closing only frees native memory; nothing to report
      }
      opts.close();
    }
  }
}
