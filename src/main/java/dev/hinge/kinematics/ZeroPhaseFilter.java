package dev.hinge.kinematics;

/**
 * A second-order Butterworth low-pass run forward and backward (as {@code filtfilt} does), so the
 * filtered signal has no lag: the floor break is not pushed later by the smoothing. The analysis is
 * offline, so a non-causal filter costs nothing.
 */
public final class ZeroPhaseFilter {
  private final double b0;
  private final double b1;
  private final double b2;
  private final double a1;
  private final double a2;
  private final int pad;

  public ZeroPhaseFilter(double cutoffHz, double sampleHz) {
    double fc = Math.min(cutoffHz, 0.45 * sampleHz);
    double k = Math.tan(Math.PI * fc / sampleHz);
    double norm = 1.0 / (1.0 + Math.sqrt(2.0) * k + k * k);
    b0 = k * k * norm;
    b1 = 2.0 * b0;
    b2 = b0;
    a1 = 2.0 * (k * k - 1.0) * norm;
    a2 = (1.0 - Math.sqrt(2.0) * k + k * k) * norm;
    pad = (int) Math.ceil(3.0 * sampleHz / fc);
  }

  /** Returns the filtered copy of {@code x}; the ends are padded by odd reflection. */
  public double[] apply(double[] x) {
    int n = x.length;
    if (n < 3) {
      return x.clone();
    }
    int p = Math.min(pad, n - 1);
    double[] ext = new double[n + 2 * p];
    for (int i = 0; i < p; i++) {
      ext[i] = 2 * x[0] - x[p - i];
      ext[n + p + i] = 2 * x[n - 1] - x[n - 2 - i];
    }
    System.arraycopy(x, 0, ext, p, n);
    pass(ext);
    reverse(ext);
    pass(ext);
    reverse(ext);
    double[] out = new double[n];
    System.arraycopy(ext, p, out, 0, n);
    return out;
  }

  private void pass(double[] s) {
    double x1 = s[0];
    double x2 = s[0];
    double y1 = s[0];
    double y2 = s[0];
    for (int i = 0; i < s.length; i++) {
      double x0 = s[i];
      double y0 = b0 * x0 + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
      x2 = x1;
      x1 = x0;
      y2 = y1;
      y1 = y0;
      s[i] = y0;
    }
  }

  private static void reverse(double[] s) {
    for (int i = 0, j = s.length - 1; i < j; i++, j--) {
      double t = s[i];
      s[i] = s[j];
      s[j] = t;
    }
  }
}
