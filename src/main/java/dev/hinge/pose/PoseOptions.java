package dev.hinge.pose;

import dev.hinge.pose.model.PoseModel;

/** How to run pose estimation: which landmark model, and how many inference threads. */
public record PoseOptions(PoseModel model, int threads) {
  public PoseOptions {
    if (model == PoseModel.DETECTOR) {
      throw new IllegalArgumentException("the detector is not a landmark model");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, found " + threads);
    }
  }

  public static PoseOptions defaults() {
    return new PoseOptions(
        PoseModel.FULL, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
  }
}
