package dev.hinge.kinematics;

/** Central differences on a sampled signal with its own time stamps (variable frame rate safe). */
public final class Derivative {
  private Derivative() {}

  /** d/dt of {@code s} per second, with one-sided differences at the ends. */
  public static double[] central(double[] s, double[] tMs) {
    int n = s.length;
    double[] d = new double[n];
    if (n < 2) {
      return d;
    }
    for (int i = 0; i < n; i++) {
      int a = Math.max(0, i - 1);
      int b = Math.min(n - 1, i + 1);
      double dt = (tMs[b] - tMs[a]) / 1000.0;
      d[i] = dt > 0 ? (s[b] - s[a]) / dt : 0.0;
    }
    return d;
  }
}
