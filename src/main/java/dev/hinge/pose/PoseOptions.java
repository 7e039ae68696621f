package dev.hinge.pose;

import dev.hinge.pose.model.PoseModel;
import dev.hinge.pose.runtime.InferenceBudget;

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

  /** The full model, with the inference threads of one analysis alone on this machine. */
  public static PoseOptions defaults() {
    return new PoseOptions(PoseModel.FULL, InferenceBudget.threadsFor(1));
  }

  /** The same model with {@code n} inference threads. */
  public PoseOptions withThreads(int n) {
    return new PoseOptions(model, n);
  }
}
