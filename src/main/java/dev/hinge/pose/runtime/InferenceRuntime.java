package dev.hinge.pose.runtime;

import java.nio.file.Path;

/** Loads models for one inference library. */
public interface InferenceRuntime {
  /** A short name for reports, e.g. {@code tflite-2.6.2-xnnpack}. */
  String name();

  TensorModel load(Path modelFile, int threads);
}
