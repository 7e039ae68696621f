package dev.hinge.pose.runtime.onnx;

import com.google.flatbuffers.Table;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The first subgraph of a TensorFlow Lite flatbuffer, read into plain records: tensors (shape,
 * type, constant bytes, sparsity) and operators (builtin code, inputs, outputs, options). Only what
 * the converter needs; field numbers follow TensorFlow Lite's {@code schema.fbs}.
 */
public record TfliteGraph(
    List<TensorInfo> tensors, List<Op> ops, int[] inputs, int[] outputs, int version) {

  // Builtin operator codes (schema.fbs, enum BuiltinOperator).
  public static final int ADD = 0;
  public static final int CONCATENATION = 2;
  public static final int CONV_2D = 3;
  public static final int DEPTHWISE_CONV_2D = 4;
  public static final int DEPTH_TO_SPACE = 5;
  public static final int DEQUANTIZE = 6;
  public static final int LOGISTIC = 14;
  public static final int MAX_POOL_2D = 17;
  public static final int RESHAPE = 22;
  public static final int RESIZE_BILINEAR = 23;
  public static final int PAD = 34;
  public static final int DENSIFY = 124;

  // Tensor types (enum TensorType).
  public static final int FLOAT32 = 0;
  public static final int FLOAT16 = 1;
  public static final int INT32 = 2;

  /** A tensor; {@code data} is null for activations, little-endian bytes for constants. */
  public record TensorInfo(
      int index, String name, int[] shape, int type, ByteBuffer data, Sparsity sparsity) {
    public int elements() {
      int n = 1;
      for (int d : shape) {
        n *= d;
      }
      return n;
    }

    public boolean constant() {
      return data != null;
    }
  }

  /** Sparse tensor layout: traversal order, block map, and one entry per traversed dimension. */
  public record Sparsity(int[] traversalOrder, int[] blockMap, List<DimMeta> dims) {}

  /** One dimension of a sparse tensor: dense with a size, or CSR with segments and indices. */
  public record DimMeta(boolean sparse, int denseSize, int[] segments, int[] indices) {}

  /** An operator and the option fields the converter uses (unused ones stay at their default). */
  public record Op(int code, int[] inputs, int[] outputs, Options options) {}

  /**
   * Builtin options, flattened: padding (0 SAME, 1 VALID), strides, filter size, depth multiplier,
   * fused activation (0 none, 1 RELU, 2 RELU_N1_TO_1, 3 RELU6, 4 TANH), concatenation axis, block
   * size, resize flags.
   */
  public record Options(
      int padding,
      int strideW,
      int strideH,
      int filterW,
      int filterH,
      int depthMultiplier,
      int activation,
      int dilationW,
      int dilationH,
      int axis,
      int blockSize,
      boolean alignCorners,
      boolean halfPixelCenters) {
    static final Options NONE = new Options(0, 1, 1, 1, 1, 1, 0, 1, 1, 0, 1, false, false);
  }

  /** Reads {@code bytes} (a whole .tflite file). */
  public static TfliteGraph read(byte[] bytes) {
    ByteBuffer bb = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.length < 8
        || !"TFL3".equals(new String(bytes, 4, 4, java.nio.charset.StandardCharsets.US_ASCII))) {
      throw new IllegalArgumentException("not a TensorFlow Lite model (no TFL3 identifier)");
    }
    Node model = new Node(bb.getInt(0), bb);
    int version = model.i32(0, 0);
    int[] codes = new int[model.vlen(1)];
    for (int i = 0; i < codes.length; i++) {
      Node oc = model.vtab(1, i);
      codes[i] = Math.max(oc.i32(3, 0), oc.i8(0, 0));
    }
    if (model.vlen(2) < 1) {
      throw new IllegalArgumentException("model has no subgraph");
    }
    Node sg = model.vtab(2, 0);
    List<TensorInfo> tensors = new ArrayList<>();
    for (int i = 0; i < sg.vlen(0); i++) {
      Node t = sg.vtab(0, i);
      int buffer = t.i32(2, 0);
      ByteBuffer data = null;
      if (buffer > 0) {
        Node b = model.vtab(4, buffer);
        int o = b.off(0);
        if (o != 0 && b.vlen(0) > 0) {
          int start = b.vstart(0);
          data =
              bb.duplicate()
                  .position(start)
                  .limit(start + b.vlen(0))
                  .slice()
                  .order(ByteOrder.LITTLE_ENDIAN);
        }
      }
      tensors.add(new TensorInfo(i, t.str(3), t.ints(0), t.i8(1, 0), data, sparsity(t.tab(6))));
    }
    List<Op> ops = new ArrayList<>();
    for (int i = 0; i < sg.vlen(3); i++) {
      Node op = sg.vtab(3, i);
      int code = codes[op.i32(0, 0)];
      ops.add(new Op(code, op.ints(1), op.ints(2), options(code, op.tab(4))));
    }
    return new TfliteGraph(tensors, ops, sg.ints(1), sg.ints(2), version);
  }

  private static Sparsity sparsity(Node sp) {
    if (sp == null) {
      return null;
    }
    List<DimMeta> dims = new ArrayList<>();
    for (int d = 0; d < sp.vlen(2); d++) {
      Node dm = sp.vtab(2, d);
      boolean sparse = dm.i8(0, 0) == 1;
      int[] segments = sparse ? indexVector(dm.i8(2, 0), dm.tab(3)) : new int[0];
      int[] indices = sparse ? indexVector(dm.i8(4, 0), dm.tab(5)) : new int[0];
      dims.add(new DimMeta(sparse, dm.i32(1, 0), segments, indices));
    }
    return new Sparsity(sp.ints(0), sp.ints(1), dims);
  }

  /** A SparseIndexVector union member: 1 Int32Vector, 2 Uint16Vector, 3 Uint8Vector. */
  private static int[] indexVector(int type, Node v) {
    if (v == null) {
      return new int[0];
    }
    int n = v.vlen(0);
    int start = v.vstart(0);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] =
          switch (type) {
            case 1 -> v.bb().getInt(start + 4 * i);
            case 2 -> v.bb().getShort(start + 2 * i) & 0xffff;
            case 3 -> v.bb().get(start + i) & 0xff;
            default ->
                throw new IllegalArgumentException("unknown sparse index vector type " + type);
          };
    }
    return out;
  }

  private static Options options(int code, Node o) {
    if (o == null) {
      return Options.NONE;
    }
    return switch (code) {
      // Conv2DOptions: padding, stride_w, stride_h, fused_activation_function, dilation_w,
      // dilation_h
      case CONV_2D ->
          new Options(
              o.i8(0, 0),
              o.i32(1, 1),
              o.i32(2, 1),
              1,
              1,
              1,
              o.i8(3, 0),
              o.i32(4, 1),
              o.i32(5, 1),
              0,
              1,
              false,
              false);
      // DepthwiseConv2DOptions: padding, stride_w, stride_h, depth_multiplier, activation,
      // dilations
      case DEPTHWISE_CONV_2D ->
          new Options(
              o.i8(0, 0),
              o.i32(1, 1),
              o.i32(2, 1),
              1,
              1,
              o.i32(3, 1),
              o.i8(4, 0),
              o.i32(5, 1),
              o.i32(6, 1),
              0,
              1,
              false,
              false);
      // Pool2DOptions: padding, stride_w, stride_h, filter_width, filter_height, activation
      case MAX_POOL_2D ->
          new Options(
              o.i8(0, 0),
              o.i32(1, 1),
              o.i32(2, 1),
              o.i32(3, 1),
              o.i32(4, 1),
              1,
              o.i8(5, 0),
              1,
              1,
              0,
              1,
              false,
              false);
      // AddOptions: fused_activation_function
      case ADD -> new Options(0, 1, 1, 1, 1, 1, o.i8(0, 0), 1, 1, 0, 1, false, false);
      // ConcatenationOptions: axis, fused_activation_function
      case CONCATENATION ->
          new Options(0, 1, 1, 1, 1, 1, o.i8(1, 0), 1, 1, o.i32(0, 0), 1, false, false);
      // DepthToSpaceOptions: block_size
      case DEPTH_TO_SPACE -> new Options(0, 1, 1, 1, 1, 1, 0, 1, 1, 0, o.i32(0, 1), false, false);
      // ResizeBilinearOptions: new_height, new_width (deprecated), align_corners,
      // half_pixel_centers
      case RESIZE_BILINEAR ->
          new Options(0, 1, 1, 1, 1, 1, 0, 1, 1, 0, 1, o.i8(2, 0) != 0, o.i8(3, 0) != 0);
      default -> Options.NONE;
    };
  }

  /** Flatbuffer table access through the library's {@link Table} base. */
  private static final class Node extends Table {
    Node(int pos, ByteBuffer bb) {
      __reset(pos, bb);
    }

    ByteBuffer bb() {
      return bb;
    }

    int off(int id) {
      return __offset(4 + 2 * id);
    }

    int vlen(int id) {
      int o = off(id);
      return o == 0 ? 0 : __vector_len(o);
    }

    int vstart(int id) {
      return __vector(off(id));
    }

    Node tab(int id) {
      int o = off(id);
      return o == 0 ? null : new Node(__indirect(o + bb_pos), bb);
    }

    Node vtab(int id, int i) {
      return new Node(__indirect(__vector(off(id)) + 4 * i), bb);
    }

    int[] ints(int id) {
      int n = vlen(id);
      int[] r = new int[n];
      if (n > 0) {
        int s = vstart(id);
        for (int i = 0; i < n; i++) {
          r[i] = bb.getInt(s + 4 * i);
        }
      }
      return r;
    }

    int i32(int id, int dflt) {
      int o = off(id);
      return o == 0 ? dflt : bb.getInt(o + bb_pos);
    }

    int i8(int id, int dflt) {
      int o = off(id);
      return o == 0 ? dflt : bb.get(o + bb_pos);
    }

    String str(int id) {
      int o = off(id);
      return o == 0 ? null : __string(o + bb_pos);
    }
  }

  @Override
  public String toString() {
    return "TfliteGraph[tensors="
        + tensors.size()
        + ", ops="
        + ops.size()
        + ", inputs="
        + Arrays.toString(inputs)
        + ", outputs="
        + Arrays.toString(outputs)
        + "]";
  }
}
