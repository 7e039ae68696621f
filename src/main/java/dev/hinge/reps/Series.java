package dev.hinge.reps;

import dev.hinge.kinematics.Derivative;
import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import java.util.Arrays;

/** Small operations on sampled series (one value per frame) that the rep steps share. */
final class Series {
  private Series() {}

  static double medianOf(double[] s, int from, int to) {
    double[] c = Arrays.copyOfRange(s, from, to + 1);
    Arrays.sort(c);
    int m = c.length / 2;
    return c.length % 2 == 1 ? c[m] : 0.5 * (c[m - 1] + c[m]);
  }

  static double max(double[] s, int from, int to) {
    double m = Double.NEGATIVE_INFINITY;
    for (int j = from; j <= to; j++) {
      m = Math.max(m, s[j]);
    }
    return m;
  }

  /** The {@code q} quantile of the present frames (nearest rank). */
  static double percentile(double[] s, boolean[] present, double q) {
    double[] c = new double[s.length];
    int k = 0;
    for (int i = 0; i < s.length; i++) {
      if (present[i]) {
        c[k++] = s[i];
      }
    }
    c = Arrays.copyOf(c, k);
    Arrays.sort(c);
    return c[(int) Math.round(q * (k - 1))];
  }

  /** The {@code q} quantile of the present frames from..to (nearest rank); NaN if none. */
  static double quantile(double[] s, boolean[] present, int from, int to, double q) {
    double[] c = new double[Math.max(0, to - from + 1)];
    int k = 0;
    for (int i = Math.max(0, from); i <= to && i < s.length; i++) {
      if (present[i]) {
        c[k++] = s[i];
      }
    }
    if (k == 0) {
      return Double.NaN;
    }
    c = Arrays.copyOf(c, k);
    Arrays.sort(c);
    return c[(int) Math.round(q * (k - 1))];
  }

  static int firstPresent(boolean[] p) {
    for (int i = 0; i < p.length; i++) {
      if (p[i]) {
        return i;
      }
    }
    return p.length;
  }

  static int lastPresent(boolean[] p) {
    for (int i = p.length - 1; i >= 0; i--) {
      if (p[i]) {
        return i;
      }
    }
    return 0;
  }

  /**
   * The last present frame of the stretch that starts at {@code from}, bridging gaps of at most
   * {@code maxGap} frames without a pose (a missed detection here and there): the stretch ends
   * before a longer gap (the lifter left the picture) or at the clip's end.
   */
  static int lastPresentFrom(boolean[] p, int from, int maxGap) {
    int last = from;
    for (int i = from; i < p.length && i - last <= maxGap + 1; i++) {
      if (p[i]) {
        last = i;
      }
    }
    return last;
  }

  /** The first present frame from {@code from} at or above {@code thr}, else -1. */
  static int firstAbove(double[] h, boolean[] p, int from, double thr) {
    for (int j = from; j < h.length; j++) {
      if (p[j] && h[j] >= thr) {
        return j;
      }
    }
    return -1;
  }

  /** The speed of the given joints together (root of the summed squared speeds), m/s. */
  static double[] speed(Kinematics k, Joint... joints) {
    int n = k.frameCount();
    double[] out = new double[n];
    for (Joint j : joints) {
      double[] vx = Derivative.central(k.forward(j), k.tMs());
      double[] vy = Derivative.central(k.up(j), k.tMs());
      for (int i = 0; i < n; i++) {
        out[i] += vx[i] * vx[i] + vy[i] * vy[i];
      }
    }
    for (int i = 0; i < n; i++) {
      out[i] = Math.sqrt(out[i]);
    }
    return out;
  }

  /**
   * The distance of frame {@code i} of the series {@code s} (one per coordinate) from {@code p}.
   */
  static double distance(double[][] s, double[] p, int i) {
    double sum = 0;
    for (int c = 0; c < s.length; c++) {
      double d = s[c][i] - p[c];
      sum += d * d;
    }
    return Math.sqrt(sum);
  }
}
