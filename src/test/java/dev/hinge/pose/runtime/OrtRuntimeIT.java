package dev.hinge.pose.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hinge.core.AppDirs;
import dev.hinge.pose.model.ModelStore;
import dev.hinge.pose.model.PoseModel;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The ONNX conversion computes the same function as the TensorFlow Lite original: both runtimes get
 * the same smooth random input, and every output agrees to within float rounding.
 */
class OrtRuntimeIT {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(PoseModel.class)
  void convertedModelMatchesTfLite(PoseModel model) {
    assumeTrue(Runtimes.tfliteSupportedHere(), "TensorFlow Lite has no natives here");
    AppDirs dirs = AppDirs.forUser();
    Path file = new ModelStore(dirs.models()).path(model);
    try (TensorModel tf = new TfLiteRuntime(dirs.cache()).load(file, 2);
        TensorModel ort = new OrtRuntime(dir).load(file, 2)) {
      assertThat(ort.inputShape()).isEqualTo(tf.inputShape());
      assertThat(ort.outputCount()).isEqualTo(tf.outputCount());
      Random r = new Random(7);
      for (int trial = 0; trial < 3; trial++) {
        float[] in = smoothImage(tf.inputShape(), r, model == PoseModel.DETECTOR ? -1f : 0f);
        tf.input().put(in);
        ort.input().put(in);
        tf.run();
        ort.run();
        for (int o = 0; o < tf.outputCount(); o++) {
          assertThat(ort.outputShape(o)).isEqualTo(tf.outputShape(o));
          FloatBuffer a = tf.output(o);
          FloatBuffer b = ort.output(o);
          double maxDiff = 0;
          double scale = 0;
          for (int i = 0; i < a.limit(); i++) {
            maxDiff = Math.max(maxDiff, Math.abs(a.get(i) - b.get(i)));
            scale = Math.max(scale, Math.abs(a.get(i)));
          }
          System.out.printf(
              "%s output %d %s: max |tflite - onnx| = %.2e (max |value| %.3g)%n",
              model, o, Arrays.toString(tf.outputShape(o)), maxDiff, scale);
          // float32 rounding in different kernel orders: relative 2e-3 of the output's range
          // (segmentation logits of random images reach 1e3, saturated either way) ...
          assertThat(maxDiff).isLessThanOrEqualTo(2e-3 * Math.max(1, scale));
          if (tf.outputShape(o)[tf.outputShape(o).length - 1] == 195) {
            // ... and the landmarks, in pixels of the 256 x 256 crop, within 0.05 px.
            assertThat(maxDiff).isLessThan(0.05);
          }
        }
      }
    }
  }

  /** A random image made of a few blurred blobs, in the model's input range. */
  static float[] smoothImage(int[] shape, Random r, float lo) {
    int h = shape[1];
    int w = shape[2];
    int c = shape[3];
    float[] out = new float[h * w * c];
    double[][] blobs = new double[6][5];
    for (double[] b : blobs) {
      b[0] = r.nextDouble() * w;
      b[1] = r.nextDouble() * h;
      b[2] = (0.05 + 0.2 * r.nextDouble()) * w;
      b[3] = r.nextDouble();
      b[4] = r.nextInt(c);
    }
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        for (int ch = 0; ch < c; ch++) {
          double v = 0.2;
          for (double[] b : blobs) {
            double d2 = ((x - b[0]) * (x - b[0]) + (y - b[1]) * (y - b[1])) / (b[2] * b[2]);
            v += (b[4] == ch ? 0.8 : 0.4) * b[3] * Math.exp(-d2);
          }
          out[(y * w + x) * c + ch] = lo + (1 - lo) * (float) Math.min(1, v);
        }
      }
    }
    return out;
  }
}
