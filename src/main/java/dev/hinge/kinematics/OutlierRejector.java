package dev.hinge.kinematics;

/**
 * A robust filter run on each landmark before the low-pass (a Hampel filter in the image plane): a
 * point further from the median of its neighbours (a window of about half a second) than both a
 * multiple of their own spread and a share of the lifter's torso length is a landmark that jumped,
 * not a body that moved, and is rejected (then bridged like a hidden landmark). On pillarboxed
 * portrait clips BlazePose's ankles jump by 300+ px for a few frames; a low-pass alone would smear
 * that jump over a quarter of a second and move the mid-foot, the knee angle and the floor height.
 *
 * <p>Real motion keeps its values: over a symmetric window a monotonic movement's median is the
 * middle sample itself, so only turning points differ from it, by {@code a·(w/2)²} at most (8 cm at
 * a touch-and-go bounce of 10 m/s² with a 0.25 s half-window), under the torso share below.
 */
public final class OutlierRejector {
  /** Half the window, in seconds: an outlier run up to this long is outvoted by its neighbours. */
  public static final double HALF_WINDOW_S = 0.25;

  /** Least distance from the neighbours' median to count as a jump, as a share of torso length. */
  public static final double MIN_JUMP_TORSO = 0.35;

  /** Distance in robust standard deviations (1.4826 × median absolute deviation) to count. */
  public static final double SPREADS = 5;

  private OutlierRejector() {}

  /**
   * Which samples of one landmark jumped. {@code x} and {@code y} are image positions (NaN where
   * the landmark was not seen); samples outside {@code present} are neither judged nor used.
   */
  public static boolean[] reject(
      double[] x, double[] y, boolean[] present, int halfWindow, double minJumpPx) {
    int n = x.length;
    boolean[] out = new boolean[n];
    // running sums over the valid samples: a jump of D from its neighbours' median is at least
    // D/2 from their mean while it spans under half the window, so the mean screens cheaply
    double[] sx = new double[n + 1];
    double[] sy = new double[n + 1];
    int[] count = new int[n + 1];
    for (int i = 0; i < n; i++) {
      boolean ok = valid(x, y, present, i);
      sx[i + 1] = sx[i] + (ok ? x[i] : 0);
      sy[i + 1] = sy[i] + (ok ? y[i] : 0);
      count[i + 1] = count[i] + (ok ? 1 : 0);
    }
    double[] wx = new double[2 * halfWindow + 1];
    double[] wy = new double[2 * halfWindow + 1];
    double[] d = new double[2 * halfWindow + 1];
    for (int i = 0; i < n; i++) {
      if (!valid(x, y, present, i)) {
        continue;
      }
      int lo = Math.max(0, i - halfWindow);
      int hi = Math.min(n - 1, i + halfWindow);
      int m = count[hi + 1] - count[lo];
      if (m < 3) {
        continue;
      }
      double meanX = (sx[hi + 1] - sx[lo]) / m;
      double meanY = (sy[hi + 1] - sy[lo]) / m;
      double ex = x[i] - meanX;
      double ey = y[i] - meanY;
      if (ex * ex + ey * ey <= 0.25 * minJumpPx * minJumpPx) {
        continue;
      }
      m = 0;
      for (int k = lo; k <= hi; k++) {
        if (valid(x, y, present, k)) {
          wx[m] = x[k];
          wy[m++] = y[k];
        }
      }
      double mx = median(wx, m);
      double my = median(wy, m);
      double di = Fast.hypot(x[i] - mx, y[i] - my);
      if (di <= minJumpPx) {
        continue;
      }
      int k2 = 0;
      for (int k = lo; k <= hi; k++) {
        if (valid(x, y, present, k)) {
          d[k2++] = Fast.hypot(x[k] - mx, y[k] - my);
        }
      }
      double spread = 1.4826 * median(d, k2);
      out[i] = di > SPREADS * spread;
    }
    return out;
  }

  private static boolean valid(double[] x, double[] y, boolean[] present, int i) {
    return present[i] && !Double.isNaN(x[i]) && !Double.isNaN(y[i]);
  }

  /** The half-window in frames at {@code fps}: at least 3, so 30 fps clips get ±8 frames. */
  public static int halfWindowFrames(double fps) {
    return Math.max(3, (int) Math.round(HALF_WINDOW_S * fps));
  }

  /** Median of the first {@code m} values (reorders them). */
  static double median(double[] v, int m) {
    int mid = m / 2;
    double hi = select(v, m, mid);
    if (m % 2 == 1) {
      return hi;
    }
    double lo = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < mid; i++) {
      lo = Math.max(lo, v[i]);
    }
    return 0.5 * (lo + hi);
  }

  /** The k-th smallest of the first m values (Hoare's quickselect, in place). */
  private static double select(double[] v, int m, int k) {
    int lo = 0;
    int hi = m - 1;
    while (lo < hi) {
      double pivot = v[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (v[i] < pivot) {
          i++;
        }
        while (v[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double t = v[i];
          v[i] = v[j];
          v[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return v[k];
      }
    }
    return v[k];
  }
}
