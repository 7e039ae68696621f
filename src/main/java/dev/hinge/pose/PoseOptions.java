package dev.hinge.pose;

import dev.hinge.pose.model.PoseModel;
import dev.hinge.pose.runtime.InferenceBudget;

/**
 * How to run pose estimation: which landmark model, how many inference threads, whether to look for
 * scene cuts and whether to search zoomed windows of the picture for a lifter too small for the
 * detector (both on by default; {@link #matchingOfficial} turns both off and runs exactly as the
 * official solution does).
 */
public record PoseOptions(PoseModel model, int threads, boolean sceneCuts, boolean zoomedSearch) {
  public PoseOptions {
    if (model == PoseModel.DETECTOR) {
      throw new IllegalArgumentException("the detector is not a landmark model");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, found " + threads);
    }
  }

  public PoseOptions(PoseModel model, int threads) {
    this(model, threads, true, true);
  }

  /** The full model, with the inference threads of one analysis alone on this machine. */
  public static PoseOptions defaults() {
    return new PoseOptions(PoseModel.FULL, InferenceBudget.threadsFor(1));
  }

  /** The same model with {@code n} inference threads. */
  public PoseOptions withThreads(int n) {
    return new PoseOptions(model, n, sceneCuts, zoomedSearch);
  }

  /**
   * The same, finding the pose afresh where an edited video cuts to another shot ({@code true}), or
   * tracking through as the official MediaPipe solution does ({@code false}).
   */
  public PoseOptions withSceneCuts(boolean on) {
    return new PoseOptions(model, threads, on, zoomedSearch);
  }

  /**
   * The same model and threads, run exactly as the official MediaPipe solution runs: no scene-cut
   * handling, no zoomed search (for comparison with it: {@code --match-official}).
   */
  public PoseOptions matchingOfficial() {
    return new PoseOptions(model, threads, false, false);
  }
}
