package dev.hinge.reps;

import dev.hinge.kinematics.Kinematics;
import java.util.Arrays;

/**
 * Where a movement leaves a rest or comes to one. Near a rest the speed ramps from zero, so the
 * distance from the rest grows with the square of the time: fitted by least squares ({@link
 * #restInstant}) or read from two levels of its square root ({@link #restEnd}). A series is given
 * as one array per coordinate ({@code double[][]}), a rest point as one value per coordinate.
 */
final class RestFit {
  /** The rest (setup before a pull, the lockout after it) is read over up to this long. */
  static final double WINDOW_S = 0.3;

  /** The lower displacement level at which a departure from rest is read, in metres. */
  static final double LEVEL_M = 0.015;

  /** ... and at least this many times the landmarks' jitter about the rest. */
  static final double LEVEL_NOISE = 3.0;

  /** How far the bar may sit above its resting height (or below its top) and still be there. */
  static final double PLATEAU_BAND_M = 0.02;

  /**
   * The share of a movement's travel from its rest over which its departure is fitted: the (1 −
   * cos) speed profile stays within 6 % of a parabola there.
   */
  static final double FIT_SHARE = 0.15;

  private RestFit() {}

  /** {@link #WINDOW_S} in frames, at least 1. */
  static int windowFrames(Kinematics k) {
    return Math.max(1, (int) Math.round(WINDOW_S * k.fps()));
  }

  /**
   * The instant a movement leaves a rest ({@code leaving}) or comes to one, by least squares over
   * frames {@code from}..{@code to}: each series is fitted as a constant plus a multiple of the
   * squared time since (or until) the instant, and flat on the rest side. Returns the best instant
   * on a quarter-frame grid, or NaN when the best lies at the window's ends.
   */
  static double restInstant(double[][] s, boolean[] present, int from, int to, boolean leaving) {
    double best = Double.POSITIVE_INFINITY;
    double bestT = Double.NaN;
    for (double t0 = from; t0 <= to; t0 += 0.25) {
      double sse = 0;
      for (double[] x : s) {
        double n = 0, sg = 0, sgg = 0, sx = 0, sxg = 0, sxx = 0;
        for (int i = from; i <= to; i++) {
          if (!present[i]) {
            continue;
          }
          double d = leaving ? i - t0 : t0 - i;
          double g = d > 0 ? d * d : 0;
          n++;
          sg += g;
          sgg += g * g;
          sx += x[i];
          sxg += x[i] * g;
          sxx += x[i] * x[i];
        }
        double cgg = sgg - sg * sg / n;
        double cxg = sxg - sg * sx / n;
        double cxx = sxx - sx * sx / n;
        sse += cgg > 1e-12 ? cxx - cxg * cxg / cgg : cxx;
      }
      if (sse < best) {
        best = sse;
        bestT = t0;
      }
    }
    if (bestT <= from + 1 || bestT >= to - 1) {
      return Double.NaN;
    }
    return bestT;
  }

  /**
   * Where a movement leaves (or comes to) a rest at {@code restPoint}, scanning from {@code
   * moving}, a frame well inside the movement, towards {@code limit}: the square root of the
   * distance from the rest is a straight line through the instant of rest, so the line through its
   * crossings of {@code level} and four times it (the square root doubles) is extended to zero.
   * Returns -1 when the crossings are not there.
   */
  static int restEnd(double[][] s, double[] restPoint, int moving, int limit, double level) {
    double hi = Math.sqrt(4 * level);
    double lo = Math.sqrt(level);
    int step = limit < moving ? -1 : 1;
    double tHi = Double.NaN;
    double prev = Math.sqrt(Series.distance(s, restPoint, moving));
    for (int i = moving + step; step < 0 ? i >= Math.max(0, limit) : i <= limit; i += step) {
      double d = Math.sqrt(Series.distance(s, restPoint, i));
      if (Double.isNaN(tHi)) {
        if (prev >= hi && d < hi) {
          tHi = i - step + step * (prev - hi) / (prev - d);
        }
      } else if (prev >= lo && d < lo) {
        double tLo = i - step + step * (prev - lo) / (prev - d);
        return (int) Math.round(2 * tLo - tHi);
      }
      prev = d;
    }
    return -1;
  }

  /** The median point of {@code s} over frames {@code from}..{@code to}. */
  static double[] restPoint(double[][] s, int from, int to) {
    double[] p = new double[s.length];
    for (int c = 0; c < s.length; c++) {
      p[c] = Series.medianOf(s[c], from, to);
    }
    return p;
  }

  /**
   * Whether the series rests still over frames {@code from}..{@code to}: it stays so close to its
   * median that a departure of {@link #LEVEL_M} stands {@link #LEVEL_NOISE} times above its jitter.
   */
  static boolean still(double[][] s, boolean[] present, int from, int to) {
    if (to - from < 2) {
      return false;
    }
    double[] p = restPoint(s, from, to);
    return LEVEL_NOISE * jitter(s, present, p, from, to, Double.NaN) <= LEVEL_M;
  }

  /**
   * How far from a rest point a series must be to have clearly left it: {@link #LEVEL_NOISE} times
   * its jitter there (frames from..to), and at least half of {@link #PLATEAU_BAND_M}.
   */
  static double departure(double[][] s, boolean[] present, double[] p, int from, int to) {
    return Math.max(PLATEAU_BAND_M / 2, LEVEL_NOISE * jitter(s, present, p, from, to, 0));
  }

  /** The median distance of the present frames from..to from {@code p}; {@code none} if none. */
  private static double jitter(
      double[][] s, boolean[] present, double[] p, int from, int to, double none) {
    double[] d = new double[to - from + 1];
    int m = 0;
    for (int i = from; i <= to; i++) {
      if (present[i]) {
        d[m++] = Series.distance(s, p, i);
      }
    }
    return m > 0 ? Series.medianOf(Arrays.copyOf(d, m), 0, m - 1) : none;
  }
}
