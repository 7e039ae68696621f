package dev.hinge.core;

/**
 * Receives progress of a long run. {@code fraction} is in [0, 1] for the whole run and never
 * decreases; {@code stage} names what is being done ("decoding", "pose", "analysis", ...).
 * Implementations must be cheap: the pipeline may call this once per frame.
 */
@FunctionalInterface
public interface ProgressListener {
  void progress(String stage, double fraction);

  ProgressListener NONE = (stage, fraction) -> {};
}
