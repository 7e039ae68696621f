package dev.hinge.pose.runtime;

import java.nio.FloatBuffer;

/**
 * A loaded model with one float input and float outputs, run in place: fill {@link #input()}, call
 * {@link #run()}, read {@link #output(int)}. Buffers are allocated once and reused; outputs are
 * valid until the next run. Not thread-safe.
 */
public interface TensorModel extends AutoCloseable {
  /** The input tensor's buffer, position 0, to be filled in the model's layout (NHWC). */
  FloatBuffer input();

  int[] inputShape();

  void run();

  int outputCount();

  int[] outputShape(int index);

  /** A read-only view of output {@code index}, position 0. */
  FloatBuffer output(int index);

  /** Index of the first output whose shape equals {@code shape}, or -1. */
  default int outputWithShape(int... shape) {
    for (int i = 0; i < outputCount(); i++) {
      if (java.util.Arrays.equals(outputShape(i), shape)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  void close();
}
