package dev.hinge.pose;

import java.nio.FloatBuffer;

/**
 * Measures the back's bend on the landmark model's segmentation output (a square grid of per-pixel
 * logits over the region of interest; a logit above 0 is a probability above 0.5, so the sigmoid is
 * never evaluated). Along the hip→shoulder chord, at {@link #STATIONS} stations between 15 % and 85
 * % of its length, a ray goes out on the back's side (perpendicular to the chord, away from the
 * belly) until the mask ends; the contour's offsets from the chord are fitted with a parabola and
 * its curvature over the chord becomes a bend angle, 4·atan(2·sagitta / chord) (the angle a
 * circular arc of that sagitta subtends). Positive: the back bulges away from the chord (flexion,
 * rounding); negative: it dips towards it (extension, arching).
 *
 * <p>Works in the mask's own pixel coordinates (pixel i's centre at i + 0.5, the landmark model's
 * input pixels). The region is square and rotated rigidly, so angles and length ratios there equal
 * those in the image. Holds its scratch arrays: nothing is allocated per frame. Not thread-safe.
 */
public final class BackSilhouette {
  static final int STATIONS = 15;
  static final double FIRST = 0.15;
  static final double LAST = 0.85;

  /** Ray step, mask pixels. */
  private static final double STEP = 0.5;

  /** A boundary counts when the mask stays outside for this far beyond it (mask pixels). */
  private static final double CLEAR_PX = 3.0;

  /** The contour is searched out to this share of the chord's length. */
  private static final double MAX_OFFSET = 0.8;

  /** Chords shorter than this (mask pixels) are too coarse to measure. */
  private static final double MIN_CHORD_PX = 12;

  /** The fit needs this many stations, at least two in each half of the chord. */
  static final int MIN_STATIONS = 6;

  private final double[] xs = new double[STATIONS];
  private final double[] os = new double[STATIONS];

  /**
   * @param mask logits, row-major, {@code size × size}, position ignored (absolute reads)
   * @param hx hip (midpoint) in mask pixels
   * @param sx shoulder (midpoint) in mask pixels
   * @param facingRight the lifter's handedness in these coordinates: true when, as in an image with
   *     y down, the lifter faces +x while up is −y (the back is then on the −x side when standing)
   */
  public BackShape measure(
      FloatBuffer mask, int size, double hx, double hy, double sx, double sy, boolean facingRight) {
    double dx = sx - hx;
    double dy = sy - hy;
    double len = Math.hypot(dx, dy);
    if (!(len >= MIN_CHORD_PX)) {
      return new BackShape(Double.NaN, 0);
    }
    dx /= len;
    dy /= len;
    // the back's side: the chord turned a quarter towards the back
    double nx = facingRight ? dy : -dy;
    double ny = facingRight ? -dx : dx;
    int found = 0;
    int low = 0;
    int high = 0;
    double maxOff = MAX_OFFSET * len;
    for (int s = 0; s < STATIONS; s++) {
      double t = FIRST + (LAST - FIRST) * s / (STATIONS - 1);
      double px = hx + t * (sx - hx);
      double py = hy + t * (sy - hy);
      double off = boundary(mask, size, px, py, nx, ny, maxOff);
      if (Double.isNaN(off)) {
        continue;
      }
      xs[found] = (t - 0.5) * len;
      os[found] = off;
      found++;
      if (t < 0.5) {
        low++;
      } else if (t > 0.5) {
        high++;
      }
    }
    double coverage = (double) found / STATIONS;
    if (found < MIN_STATIONS || low < 2 || high < 2) {
      return new BackShape(Double.NaN, coverage);
    }
    // the parabola's sagitta over the stations' span (+ when the middle lies further out), the
    // circle through that arc, and the angle that circle subtends over the whole chord
    double w = (LAST - FIRST) / 2 * len;
    double sagitta = -quadratic(xs, os, found) * w * w;
    double curvature = 2 * sagitta / (w * w + sagitta * sagitta);
    double half = Math.max(-1, Math.min(1, curvature * len / 2));
    double bend = Math.toDegrees(2 * Math.asin(half));
    return new BackShape(bend, coverage);
  }

  /**
   * Distance along (nx, ny) from (px, py) to the first inside→outside crossing that stays outside
   * for {@link #CLEAR_PX}; NaN when the start is outside the body, or the ray leaves the mask
   * first.
   */
  static double boundary(
      FloatBuffer mask, int size, double px, double py, double nx, double ny, double maxOff) {
    double prev = logit(mask, size, px, py);
    if (!(prev > 0)) {
      return Double.NaN;
    }
    int clearSteps = (int) Math.ceil(CLEAR_PX / STEP);
    double crossing = Double.NaN;
    int outside = 0;
    for (double o = STEP; o <= maxOff + CLEAR_PX; o += STEP) {
      double v = logit(mask, size, px + o * nx, py + o * ny);
      if (Double.isNaN(v)) {
        return Double.NaN;
      }
      if (v > 0) {
        crossing = Double.NaN;
        outside = 0;
      } else {
        if (outside == 0) {
          if (o > maxOff) {
            return Double.NaN;
          }
          // linear interpolation of the zero crossing between the two samples
          crossing = o - STEP + STEP * prev / (prev - v);
        }
        outside++;
        if (outside >= clearSteps) {
          return crossing;
        }
      }
      prev = v;
    }
    return Double.NaN;
  }

  /** Bilinear logit at a point in mask pixels (pixel centres at i + 0.5); NaN outside the grid. */
  static double logit(FloatBuffer mask, int size, double x, double y) {
    double fx = x - 0.5;
    double fy = y - 0.5;
    if (!(fx >= 0 && fy >= 0 && fx <= size - 1 && fy <= size - 1)) {
      return Double.NaN;
    }
    int x0 = Math.min((int) fx, size - 2);
    int y0 = Math.min((int) fy, size - 2);
    double ax = fx - x0;
    double ay = fy - y0;
    int i = y0 * size + x0;
    double a = mask.get(i);
    double b = mask.get(i + 1);
    double c = mask.get(i + size);
    double d = mask.get(i + size + 1);
    double top = a + (b - a) * ax;
    double bottom = c + (d - c) * ax;
    return top + (bottom - top) * ay;
  }

  /** Least-squares y = a + b·x + c·x²; returns c. */
  static double quadratic(double[] x, double[] y, int n) {
    double s0 = n;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    double t0 = 0;
    double t1 = 0;
    double t2 = 0;
    for (int i = 0; i < n; i++) {
      double xi = x[i];
      double x2 = xi * xi;
      s1 += xi;
      s2 += x2;
      s3 += x2 * xi;
      s4 += x2 * x2;
      t0 += y[i];
      t1 += xi * y[i];
      t2 += x2 * y[i];
    }
    // Cramer's rule on the normal equations
    double det = det3(s0, s1, s2, s1, s2, s3, s2, s3, s4);
    if (det == 0) {
      return 0;
    }
    return det3(s0, s1, t0, s1, s2, t1, s2, s3, t2) / det;
  }

  private static double det3(
      double a, double b, double c, double d, double e, double f, double g, double h, double i) {
    return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
  }
}
