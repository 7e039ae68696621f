package dev.hinge.pose.runtime.onnx;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The few ONNX protobuf messages a converted model needs (ModelProto, GraphProto, NodeProto,
 * AttributeProto, TensorProto, ValueInfoProto), written with protobuf's {@link CodedOutputStream}.
 * Field numbers follow {@code onnx.proto} (IR version 8).
 */
final class OnnxProto {
  static final int FLOAT = 1;
  static final int INT64 = 7;

  private OnnxProto() {}

  /** A message under construction. */
  static final class Msg {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CodedOutputStream out = CodedOutputStream.newInstance(bytes);

    Msg str(int field, String value) {
      try {
        out.writeString(field, value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    Msg int64(int field, long value) {
      try {
        out.writeInt64(field, value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    Msg int32(int field, int value) {
      try {
        out.writeInt32(field, value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    Msg float32(int field, float value) {
      try {
        out.writeFloat(field, value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    Msg bytes(int field, byte[] value) {
      try {
        out.writeBytes(field, ByteString.copyFrom(value));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    Msg msg(int field, Msg value) {
      return bytes(field, value.toBytes());
    }

    byte[] toBytes() {
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.toByteArray();
    }
  }

  /** NodeProto builder: inputs, outputs, op type, attributes. */
  static final class Node {
    final String opType;
    final List<String> inputs = new ArrayList<>();
    final List<String> outputs = new ArrayList<>();
    private final List<Msg> attributes = new ArrayList<>();

    Node(String opType, String output, String... inputs) {
      this.opType = opType;
      this.outputs.add(output);
      this.inputs.addAll(List.of(inputs));
    }

    Node ints(String name, long... values) {
      Msg a = new Msg().str(1, name);
      for (long v : values) {
        a.int64(8, v);
      }
      attributes.add(a.int32(20, 7));
      return this;
    }

    Node i(String name, long value) {
      attributes.add(new Msg().str(1, name).int64(3, value).int32(20, 2));
      return this;
    }

    Node f(String name, float value) {
      attributes.add(new Msg().str(1, name).float32(2, value).int32(20, 1));
      return this;
    }

    Node s(String name, String value) {
      attributes.add(
          new Msg()
              .str(1, name)
              .bytes(4, value.getBytes(java.nio.charset.StandardCharsets.UTF_8))
              .int32(20, 3));
      return this;
    }

    Msg build(String name) {
      Msg n = new Msg();
      for (String in : inputs) {
        n.str(1, in);
      }
      for (String o : outputs) {
        n.str(2, o);
      }
      n.str(3, name).str(4, opType);
      for (Msg a : attributes) {
        n.msg(5, a);
      }
      return n;
    }
  }

  static Msg floatTensor(String name, long[] dims, float[] values) {
    ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(values);
    Msg t = new Msg();
    for (long d : dims) {
      t.int64(1, d);
    }
    return t.int32(2, FLOAT).str(8, name).bytes(9, b.array());
  }

  static Msg int64Tensor(String name, long[] values) {
    ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    b.asLongBuffer().put(values);
    return new Msg().int64(1, values.length).int32(2, INT64).str(8, name).bytes(9, b.array());
  }

  /** ValueInfoProto for a float tensor of fixed shape. */
  static Msg valueInfo(String name, int[] shape) {
    Msg dims = new Msg();
    for (int d : shape) {
      dims.msg(1, new Msg().int64(1, d));
    }
    Msg tensorType = new Msg().int32(1, FLOAT).msg(2, dims);
    return new Msg().str(1, name).msg(2, new Msg().msg(1, tensorType));
  }

  static byte[] model(Msg graph, int opset, String producer) {
    return new Msg()
        .int64(1, 8)
        .str(2, producer)
        .msg(7, graph)
        .msg(8, new Msg().str(1, "").int64(2, opset))
        .toBytes();
  }
}
