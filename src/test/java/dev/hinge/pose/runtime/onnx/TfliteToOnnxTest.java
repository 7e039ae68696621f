package dev.hinge.pose.runtime.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hinge.pose.runtime.onnx.TfliteGraph.DimMeta;
import dev.hinge.pose.runtime.onnx.TfliteGraph.Sparsity;
import dev.hinge.pose.runtime.onnx.TfliteGraph.TensorInfo;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of the converter with exact answers: half floats, densifying, bad input. */
class TfliteToOnnxTest {
  @Test
  void halfFloatsConvertExactly() {
    assertThat(TfliteToOnnx.halfToFloat((short) 0x3c00)).isEqualTo(1.0f);
    assertThat(TfliteToOnnx.halfToFloat((short) 0xc000)).isEqualTo(-2.0f);
    assertThat(TfliteToOnnx.halfToFloat((short) 0x3555)).isEqualTo(0.333251953125f);
    assertThat(TfliteToOnnx.halfToFloat((short) 0x7bff)).isEqualTo(65504f);
    assertThat(TfliteToOnnx.halfToFloat((short) 0x0001)).isEqualTo(5.9604645e-8f); // subnormal
    assertThat(TfliteToOnnx.halfToFloat((short) 0x8000)).isEqualTo(-0.0f);
    assertThat(TfliteToOnnx.halfToFloat((short) 0x7c00)).isEqualTo(Float.POSITIVE_INFINITY);
    assertThat(TfliteToOnnx.halfToFloat((short) 0x7e00)).isNaN();
  }

  /** A 3 × 4 fp32 matrix, rows dense and columns CSR, as the detector stores its 1×1 filters. */
  @Test
  void csrWeightsExpandToTheDenseMatrix() {
    float[] dense = {
      0, 1.5f, 0, 0, //
      0, 0, 0, 0, //
      2, 0, 0, -3
    };
    float[] values = {1.5f, 2, -3};
    int[] segments = {0, 1, 1, 3};
    int[] indices = {1, 0, 3};
    ByteBuffer data = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    data.asFloatBuffer().put(values);
    Sparsity sp =
        new Sparsity(
            new int[] {0, 1},
            new int[0],
            List.of(
                new DimMeta(false, 3, new int[0], new int[0]),
                new DimMeta(true, 0, segments, indices)));
    TensorInfo t = new TensorInfo(0, "w", new int[] {3, 4}, TfliteGraph.FLOAT32, data, sp);

    assertThat(TfliteToOnnx.densify(t)).containsExactly(dense);
  }

  @Test
  void sparseDataThatDoesNotAddUpIsRejected() {
    ByteBuffer data = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    Sparsity sp =
        new Sparsity(
            new int[] {0, 1},
            new int[0],
            List.of(
                new DimMeta(false, 2, new int[0], new int[0]),
                new DimMeta(true, 0, new int[] {0, 1, 1}, new int[] {0})));
    TensorInfo t = new TensorInfo(0, "w", new int[] {2, 2}, TfliteGraph.FLOAT32, data, sp);
    assertThatThrownBy(() -> TfliteToOnnx.densify(t)).hasMessageContaining("used 1 of 2 values");
  }

  @Test
  void aFileThatIsNotTfliteIsRejected() {
    assertThatThrownBy(() -> TfliteToOnnx.convert("hello, not a model".getBytes()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a TensorFlow Lite model");
  }
}
