package dev.hinge.pose.runtime.onnx;

import dev.hinge.pose.runtime.onnx.OnnxProto.Msg;
import dev.hinge.pose.runtime.onnx.OnnxProto.Node;
import dev.hinge.pose.runtime.onnx.TfliteGraph.DimMeta;
import dev.hinge.pose.runtime.onnx.TfliteGraph.Op;
import dev.hinge.pose.runtime.onnx.TfliteGraph.Options;
import dev.hinge.pose.runtime.onnx.TfliteGraph.Sparsity;
import dev.hinge.pose.runtime.onnx.TfliteGraph.TensorInfo;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts the BlazePose TensorFlow Lite models into ONNX (opset 13), so that ONNX Runtime can run
 * them on platforms TensorFlow Lite's Java natives do not cover (Apple Silicon, Windows, Linux
 * arm64).
 *
 * <p>Constant sub-graphs are folded at conversion time: fp16 weights ({@code DEQUANTIZE}) become
 * fp32, and the detector's sparse weights ({@code DENSIFY}) are expanded to dense. Activations are
 * laid out NCHW inside the graph (ONNX's convention), but the model's input and outputs keep
 * TensorFlow Lite's NHWC shapes and names, so a caller sees the same tensors either way. Only the
 * operators these models use are supported; anything else fails with the operator's code.
 */
public final class TfliteToOnnx {
  /** Bumped whenever the converter's output changes, so cached conversions are redone. */
  public static final int VERSION = 1;

  private static final int OPSET = 13;
  private static final int[] NHWC_TO_NCHW = {0, 3, 1, 2};

  private final TfliteGraph g;
  private final Map<Integer, float[]> folded = new HashMap<>();
  private final List<Msg> nodes = new ArrayList<>();
  private final List<Msg> initializers = new ArrayList<>();
  private int counter;

  private TfliteToOnnx(TfliteGraph g) {
    this.g = g;
  }

  /** Converts a whole .tflite file into the bytes of an .onnx file. */
  public static byte[] convert(byte[] tflite) {
    return new TfliteToOnnx(TfliteGraph.read(tflite)).run();
  }

  private byte[] run() {
    for (int i = 0; i < g.tensors().size(); i++) {
      TensorInfo t = g.tensors().get(i);
      if (t.constant() && t.sparsity() == null && t.type() == TfliteGraph.FLOAT32) {
        folded.put(i, floats(t.data(), t.elements(), false));
      }
    }
    Msg graph = new Msg();
    for (int in : g.inputs()) {
      TensorInfo t = g.tensors().get(in);
      graph.msg(11, OnnxProto.valueInfo(ioName(t), t.shape()));
      if (t.shape().length == 4) {
        node(new Node("Transpose", name(in), ioName(t)).ints("perm", 0, 3, 1, 2));
      } else {
        node(new Node("Identity", name(in), ioName(t)));
      }
    }
    for (Op op : g.ops()) {
      convert(op);
    }
    for (int out : g.outputs()) {
      TensorInfo t = g.tensors().get(out);
      if (t.shape().length == 4) {
        node(new Node("Transpose", ioName(t), name(out)).ints("perm", 0, 2, 3, 1));
      } else {
        node(new Node("Identity", ioName(t), name(out)));
      }
      graph.msg(12, OnnxProto.valueInfo(ioName(t), t.shape()));
    }
    for (Msg n : nodes) {
      graph.msg(1, n);
    }
    graph.str(2, "hinge-tflite-to-onnx");
    for (Msg init : initializers) {
      graph.msg(5, init);
    }
    return OnnxProto.model(graph, OPSET, "hinge tflite-to-onnx v" + VERSION);
  }

  private void convert(Op op) {
    Options o = op.options();
    int out = op.outputs()[0];
    switch (op.code()) {
      case TfliteGraph.DENSIFY -> folded.put(out, densify(g.tensors().get(op.inputs()[0])));
      case TfliteGraph.DEQUANTIZE -> {
        int in = op.inputs()[0];
        TensorInfo t = g.tensors().get(in);
        if (folded.containsKey(in)) {
          folded.put(out, folded.get(in));
        } else if (t.constant() && t.type() == TfliteGraph.FLOAT16) {
          folded.put(out, floats(t.data(), t.elements(), true));
        } else {
          throw unsupported(op, "DEQUANTIZE of a non-constant or non-fp16 tensor");
        }
      }
      case TfliteGraph.CONV_2D, TfliteGraph.DEPTHWISE_CONV_2D -> conv(op, o);
      case TfliteGraph.ADD -> {
        String a = operand(op.inputs()[0], out);
        String b = operand(op.inputs()[1], out);
        activation(new Node("Add", "", a, b), o.activation(), out);
      }
      case TfliteGraph.CONCATENATION -> {
        int rank = shape(out).length;
        int axis = o.axis() < 0 ? o.axis() + rank : o.axis();
        if (rank == 4) {
          axis = indexOf(NHWC_TO_NCHW, axis);
        }
        String[] ins = new String[op.inputs().length];
        for (int i = 0; i < ins.length; i++) {
          ins[i] = operand(op.inputs()[i], out);
        }
        activation(new Node("Concat", "", ins).i("axis", axis), o.activation(), out);
      }
      case TfliteGraph.DEPTH_TO_SPACE ->
          node(
              new Node("DepthToSpace", name(out), name(op.inputs()[0]))
                  .i("blocksize", o.blockSize())
                  .s("mode", "DCR"));
      case TfliteGraph.LOGISTIC -> node(new Node("Sigmoid", name(out), name(op.inputs()[0])));
      case TfliteGraph.MAX_POOL_2D -> {
        int[] in = shape(op.inputs()[0]);
        int[] pads = pads(o.padding(), in, shape(out), o.filterH(), o.filterW(), o, 1, 1);
        activation(
            new Node("MaxPool", "", name(op.inputs()[0]))
                .ints("kernel_shape", o.filterH(), o.filterW())
                .ints("strides", o.strideH(), o.strideW())
                .ints("pads", pads[0], pads[1], pads[2], pads[3]),
            o.activation(),
            out);
      }
      case TfliteGraph.RESHAPE -> reshape(op);
      case TfliteGraph.RESIZE_BILINEAR -> {
        int[] s = shape(out);
        String sizes = int64Const(new long[] {s[0], s[3], s[1], s[2]});
        String mode =
            o.alignCorners() ? "align_corners" : o.halfPixelCenters() ? "half_pixel" : "asymmetric";
        node(
            new Node("Resize", name(out), name(op.inputs()[0]), "", "", sizes)
                .s("mode", "linear")
                .s("coordinate_transformation_mode", mode));
      }
      case TfliteGraph.PAD -> {
        TensorInfo p = g.tensors().get(op.inputs()[1]);
        int rank = p.shape()[0];
        long[] before = new long[rank];
        long[] after = new long[rank];
        for (int d = 0; d < rank; d++) {
          int src = rank == 4 ? NHWC_TO_NCHW[d] : d;
          before[d] = p.data().getInt(8 * src);
          after[d] = p.data().getInt(8 * src + 4);
        }
        long[] pads = new long[2 * rank];
        System.arraycopy(before, 0, pads, 0, rank);
        System.arraycopy(after, 0, pads, rank, rank);
        node(
            new Node("Pad", name(out), name(op.inputs()[0]), int64Const(pads))
                .s("mode", "constant"));
      }
      default -> throw unsupported(op, "operator code " + op.code() + " is not supported");
    }
  }

  private void conv(Op op, Options o) {
    int x = op.inputs()[0];
    int wIndex = op.inputs()[1];
    float[] w = constant(wIndex, op);
    int[] ws = shape(wIndex); // CONV_2D: [O, KH, KW, I]; DEPTHWISE: [1, KH, KW, C*M]
    int kh = ws[1];
    int kw = ws[2];
    boolean depthwise = op.code() == TfliteGraph.DEPTHWISE_CONV_2D;
    int outCh = depthwise ? ws[3] : ws[0];
    int inPerGroup = depthwise ? 1 : ws[3];
    float[] onnxW = new float[w.length];
    for (int oc = 0; oc < outCh; oc++) {
      for (int ic = 0; ic < inPerGroup; ic++) {
        for (int y = 0; y < kh; y++) {
          for (int xx = 0; xx < kw; xx++) {
            int src =
                depthwise
                    ? (y * kw + xx) * outCh + oc
                    : ((oc * kh + y) * kw + xx) * inPerGroup + ic;
            onnxW[((oc * inPerGroup + ic) * kh + y) * kw + xx] = w[src];
          }
        }
      }
    }
    String wName = floatConst(new long[] {outCh, inPerGroup, kh, kw}, onnxW);
    int[] in = shape(x);
    int[] out = shape(op.outputs()[0]);
    int[] pads = pads(o.padding(), in, out, kh, kw, o, o.dilationH(), o.dilationW());
    List<String> inputs = new ArrayList<>(List.of(name(x), wName));
    if (op.inputs().length > 2 && op.inputs()[2] >= 0) {
      inputs.add(floatConst(new long[] {outCh}, constant(op.inputs()[2], op)));
    }
    Node conv =
        new Node("Conv", "", inputs.toArray(String[]::new))
            .ints("kernel_shape", kh, kw)
            .ints("strides", o.strideH(), o.strideW())
            .ints("dilations", o.dilationH(), o.dilationW())
            .ints("pads", pads[0], pads[1], pads[2], pads[3])
            .i("group", depthwise ? in[3] : 1);
    activation(conv, o.activation(), op.outputs()[0]);
  }

  /** TensorFlow's SAME padding (extra row/column at the end) as explicit ONNX pads, or zeros. */
  private static int[] pads(
      int padding, int[] in, int[] out, int kh, int kw, Options o, int dh, int dw) {
    if (padding != 0) {
      return new int[4];
    }
    int th = Math.max((out[1] - 1) * o.strideH() + (kh - 1) * dh + 1 - in[1], 0);
    int tw = Math.max((out[2] - 1) * o.strideW() + (kw - 1) * dw + 1 - in[2], 0);
    return new int[] {th / 2, tw / 2, th - th / 2, tw - tw / 2};
  }

  private void reshape(Op op) {
    int in = op.inputs()[0];
    int out = op.outputs()[0];
    String src = name(in);
    if (shape(in).length == 4) {
      src = tmp();
      node(new Node("Transpose", src, name(in)).ints("perm", 0, 2, 3, 1));
    }
    int[] s = shape(out);
    long[] target = new long[s.length];
    for (int i = 0; i < s.length; i++) {
      target[i] = s[i];
    }
    if (s.length == 4) {
      String flat = tmp();
      node(new Node("Reshape", flat, src, int64Const(target)));
      node(new Node("Transpose", name(out), flat).ints("perm", 0, 3, 1, 2));
    } else {
      node(new Node("Reshape", name(out), src, int64Const(target)));
    }
  }

  /** Emits {@code n} writing tensor {@code out}, followed by its fused activation if any. */
  private void activation(Node n, int fused, int out) {
    if (fused == 0) {
      n.outputs.set(0, name(out));
      node(n);
      return;
    }
    String mid = tmp();
    n.outputs.set(0, mid);
    node(n);
    switch (fused) {
      case 1 -> node(new Node("Relu", name(out), mid));
      case 2 -> node(new Node("Clip", name(out), mid, scalar(-1f), scalar(1f)));
      case 3 -> node(new Node("Clip", name(out), mid, scalar(0f), scalar(6f)));
      case 4 -> node(new Node("Tanh", name(out), mid));
      default -> throw new IllegalArgumentException("unsupported fused activation " + fused);
    }
  }

  /**
   * An elementwise operand: an activation's name, or a constant laid out to broadcast against the
   * NCHW activation {@code like}.
   */
  private String operand(int index, int like) {
    if (!folded.containsKey(index)) {
      return name(index);
    }
    float[] v = folded.get(index);
    int[] s = shape(index);
    if (shape(like).length == 4 && s.length == 1) {
      return floatConst(new long[] {s[0], 1, 1}, v);
    }
    if (shape(like).length == 4 && s.length == 4) {
      float[] t = new float[v.length];
      int n = s[0];
      int h = s[1];
      int w = s[2];
      int c = s[3];
      for (int b = 0; b < n; b++) {
        for (int y = 0; y < h; y++) {
          for (int x = 0; x < w; x++) {
            for (int ch = 0; ch < c; ch++) {
              t[((b * c + ch) * h + y) * w + x] = v[((b * h + y) * w + x) * c + ch];
            }
          }
        }
      }
      return floatConst(new long[] {n, c, h, w}, t);
    }
    long[] dims = new long[s.length];
    for (int i = 0; i < s.length; i++) {
      dims[i] = s[i];
    }
    return floatConst(dims, v);
  }

  private float[] constant(int index, Op op) {
    float[] v = folded.get(index);
    if (v == null) {
      throw unsupported(op, "expected a constant weight tensor at " + index);
    }
    return v;
  }

  /** Expands a sparse fp16 or fp32 constant to dense (TensorFlow Lite's format converter). */
  static float[] densify(TensorInfo t) {
    Sparsity sp = t.sparsity();
    if (sp == null) {
      throw new IllegalArgumentException("tensor " + t.name() + " is not sparse");
    }
    if (sp.blockMap().length > 0) {
      throw new IllegalArgumentException("block-sparse tensor " + t.name() + " is not supported");
    }
    int[] shape = t.shape();
    int nonZero = t.data().remaining() / (t.type() == TfliteGraph.FLOAT16 ? 2 : 4);
    float[] values = floats(t.data(), nonZero, t.type() == TfliteGraph.FLOAT16);
    float[] dense = new float[t.elements()];
    int[] idx = new int[shape.length];
    int[] next = {0};
    populate(sp, shape, values, dense, idx, 0, 0, next);
    if (next[0] != values.length) {
      throw new IllegalArgumentException(
          "sparse tensor " + t.name() + ": used " + next[0] + " of " + values.length + " values");
    }
    return dense;
  }

  private static void populate(
      Sparsity sp,
      int[] shape,
      float[] src,
      float[] dst,
      int[] idx,
      int level,
      int prev,
      int[] next) {
    if (level == idx.length) {
      int flat = 0;
      int[] orig = new int[shape.length];
      for (int i = 0; i < idx.length; i++) {
        orig[sp.traversalOrder()[i]] = idx[i];
      }
      for (int d = 0; d < shape.length; d++) {
        flat = flat * shape[d] + orig[d];
      }
      dst[flat] = src[next[0]++];
      return;
    }
    DimMeta m = sp.dims().get(level);
    if (!m.sparse()) {
      for (int i = 0; i < m.denseSize(); i++) {
        idx[level] = i;
        populate(sp, shape, src, dst, idx, level + 1, prev * m.denseSize() + i, next);
      }
    } else {
      for (int i = m.segments()[prev]; i < m.segments()[prev + 1]; i++) {
        idx[level] = m.indices()[i];
        populate(sp, shape, src, dst, idx, level + 1, i, next);
      }
    }
  }

  static float[] floats(ByteBuffer data, int count, boolean half) {
    float[] out = new float[count];
    for (int i = 0; i < count; i++) {
      out[i] = half ? halfToFloat(data.getShort(2 * i)) : data.getFloat(4 * i);
    }
    return out;
  }

  /** IEEE 754 binary16 to binary32 (Java 17 has no Float.float16ToFloat). */
  static float halfToFloat(short h) {
    int bits = h & 0xffff;
    int sign = (bits & 0x8000) << 16;
    int exp = (bits >>> 10) & 0x1f;
    int mant = bits & 0x3ff;
    if (exp == 0) {
      float v = mant * 0x1p-24f;
      return sign == 0 ? v : -v;
    }
    if (exp == 31) {
      return Float.intBitsToFloat(sign | 0x7f800000 | (mant << 13));
    }
    return Float.intBitsToFloat(sign | ((exp + 112) << 23) | (mant << 13));
  }

  private String floatConst(long[] dims, float[] values) {
    String n = "c" + (counter++);
    initializers.add(OnnxProto.floatTensor(n, dims, values));
    return n;
  }

  private String scalar(float v) {
    return floatConst(new long[0], new float[] {v});
  }

  private String int64Const(long[] values) {
    String n = "c" + (counter++);
    initializers.add(OnnxProto.int64Tensor(n, values));
    return n;
  }

  private String tmp() {
    return "m" + (counter++);
  }

  private void node(Node n) {
    nodes.add(n.build("n" + nodes.size()));
  }

  private int[] shape(int index) {
    return g.tensors().get(index).shape();
  }

  private static String name(int index) {
    return "t" + index;
  }

  private static String ioName(TensorInfo t) {
    return t.name() == null ? "t" + t.index() : t.name();
  }

  private static int indexOf(int[] a, int v) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == v) {
        return i;
      }
    }
    throw new IllegalArgumentException("axis " + v);
  }

  private static IllegalArgumentException unsupported(Op op, String why) {
    return new IllegalArgumentException("cannot convert operator " + op.code() + ": " + why);
  }
}
