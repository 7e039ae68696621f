package dev.hinge.reps;

/**
 * Where a speed ramp starts or ends: the ramp's line extended to zero, so that the end is sharp and
 * not fooled by the jitter a small threshold would wait out.
 */
final class RampFit {
  /**
   * The band of a speed ramp, as shares of its peak, that {@link #rampEnd} and {@link
   * #rampStartFitted} fit a line to: above the jitter at rest, below the rounded peak.
   */
  static final double RAMP_HIGH = 0.6;

  /** The band's lower edge (see {@link #RAMP_HIGH}). */
  static final double RAMP_LOW = 0.15;

  private RampFit() {}

  /**
   * Where a speed ramp starts: the line through the crossings of a quarter and half of the peak,
   * extended back to zero. Exact for a ramp, and unlike a small threshold not fooled by jitter.
   * {@code from} where the crossings are not there.
   */
  static int rampStart(double[] v, int from, int to, double peak) {
    double q = crossingUp(v, from, to, 0.25 * peak);
    double h = crossingUp(v, from, to, 0.5 * peak);
    if (Double.isNaN(q) || Double.isNaN(h)) {
      return from;
    }
    return (int) Math.round(Math.max(from - 0.0, 2 * q - h) >= 0 ? 2 * q - h : from);
  }

  /**
   * Where a speed ramp starts: the least-squares line through every frame of the rising speed
   * between {@link #RAMP_LOW} and {@link #RAMP_HIGH} of its peak, extended back to zero; the two
   * crossings of {@link #rampStart} where that band has fewer than three frames. Every frame
   * counts, so one jittery frame at a crossing moves it less. Used for the descent, not the pull's
   * start, where a setup's wobble can straddle the low level (docs/analysis.md).
   */
  static int rampStartFitted(double[] v, int from, int to, double peak) {
    double high = crossingUp(v, from, to, RAMP_HIGH * peak);
    if (!Double.isNaN(high)) {
      for (int i = (int) Math.floor(high); i >= Math.max(1, from); i--) {
        if (v[i] <= RAMP_LOW * peak) {
          double t = lineZero(v, i, (int) Math.ceil(high));
          if (!Double.isNaN(t)) {
            return (int) Math.round(Math.max(from, t));
          }
          break;
        }
      }
    }
    return rampStart(v, from, to, peak);
  }

  /**
   * Where a speed ramp ends, scanning back from {@code to}: the least-squares line through every
   * frame of the falling speed between {@link #RAMP_HIGH} and {@link #RAMP_LOW} of its peak,
   * extended to zero (the mirror of {@link #rampStartFitted}), else the mirror of {@link
   * #rampStart}; {@code to} where neither is there (the speed still falling at {@code to}).
   */
  static int rampEnd(double[] v, int to, int from, double peak) {
    double high = crossingDown(v, to, from, RAMP_HIGH * peak);
    if (!Double.isNaN(high)) {
      for (int i = (int) Math.ceil(high); i <= Math.min(v.length - 1, to); i++) {
        if (v[i] <= RAMP_LOW * peak) {
          double t = lineZero(v, (int) Math.floor(high), i);
          if (!Double.isNaN(t)) {
            return (int) Math.round(t);
          }
          break;
        }
      }
    }
    double q = crossingDown(v, to, from, 0.25 * peak);
    double h = crossingDown(v, to, from, 0.5 * peak);
    // a falling ramp crosses the quarter after the half; the other way round the two crossings
    // belong to different dips (the speed still high at the window's end, an earlier dip found)
    if (Double.isNaN(q) || Double.isNaN(h) || q < h) {
      return to;
    }
    return (int) Math.round(2 * q - h);
  }

  /** Where the least-squares line through {@code v[a..b]} crosses zero; NaN if under 3 frames. */
  static double lineZero(double[] v, int a, int b) {
    if (b - a < 2) {
      return Double.NaN;
    }
    double n = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (int i = a; i <= b; i++) {
      n++;
      sx += i;
      sy += v[i];
      sxx += (double) i * i;
      sxy += i * v[i];
    }
    double beta = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    if (!(Math.abs(beta) > 1e-9)) {
      return Double.NaN;
    }
    return -(sy - beta * sx) / n / beta;
  }

  private static double crossingUp(double[] v, int from, int to, double level) {
    for (int i = Math.max(1, from); i <= to; i++) {
      if (v[i] >= level && v[i - 1] < level) {
        return i - 1 + (level - v[i - 1]) / (v[i] - v[i - 1]);
      }
    }
    return Double.NaN;
  }

  private static double crossingDown(double[] v, int to, int from, double level) {
    for (int i = Math.min(v.length - 2, to); i >= from; i--) {
      if (v[i] >= level && v[i + 1] < level) {
        return i + (v[i] - level) / (v[i] - v[i + 1]);
      }
    }
    return Double.NaN;
  }
}
