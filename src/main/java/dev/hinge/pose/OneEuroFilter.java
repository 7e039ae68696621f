package dev.hinge.pose;

/**
 * The one-euro filter exactly as MediaPipe implements it (one_euro_filter.cc), because the official
 * solution's output depends on its details: timestamps in nanoseconds; a sample whose timestamp is
 * not after the last one passes through unfiltered (so a frame at t = 0 is never filtered and does
 * not initialise the filter); the sampling frequency starts at 30 Hz and is updated from timestamps
 * only when both are non-zero; the speed is multiplied by {@code valueScale} (1 / object size) so
 * that the filter's strength does not depend on image size.
 */
public final class OneEuroFilter {
  private final double minCutoff;
  private final double beta;
  private final double derivateCutoff;
  private double frequency = 30.0;
  private long lastTimeNs;
  private final LowPass x = new LowPass();
  private final LowPass dx = new LowPass();

  public OneEuroFilter(double minCutoff, double beta, double derivateCutoff) {
    this.minCutoff = minCutoff;
    this.beta = beta;
    this.derivateCutoff = derivateCutoff;
  }

  public double apply(long timeNs, double valueScale, double value) {
    if (lastTimeNs >= timeNs) {
      return value;
    }
    if (lastTimeNs != 0 && timeNs != 0) {
      frequency = 1.0 / ((timeNs - lastTimeNs) * 1e-9);
    }
    lastTimeNs = timeNs;
    double dValue = x.hasLast() ? (value - x.lastRaw()) * valueScale * frequency : 0.0;
    double edValue = dx.apply(dValue, alpha(derivateCutoff));
    double cutoff = minCutoff + beta * Math.abs(edValue);
    return x.apply(value, alpha(cutoff));
  }

  private double alpha(double cutoff) {
    double te = 1.0 / frequency;
    double tau = 1.0 / (2 * Math.PI * cutoff);
    return 1.0 / (1.0 + tau / te);
  }

  /** Exponential smoothing with a given alpha; the first sample passes through. */
  static final class LowPass {
    private boolean initialised;
    private double raw;
    private double stored;

    double apply(double value, double alpha) {
      double result = initialised ? alpha * value + (1 - alpha) * stored : value;
      initialised = true;
      raw = value;
      stored = result;
      return result;
    }

    boolean hasLast() {
      return initialised;
    }

    double lastRaw() {
      return raw;
    }
  }
}
