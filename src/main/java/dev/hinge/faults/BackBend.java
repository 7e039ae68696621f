package dev.hinge.faults;

import dev.hinge.reps.Phase;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.Rep;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The back's silhouette bend over the frames where the spine rules judge it: the median bend
 * (degrees, + rounding, − arching) and the mean quality of the frames it came from.
 */
record BackBend(double deg, double quality, int fromFrame, int toFrame) {
  /** Measured frames needed in the judged span before the silhouette is used. */
  static final int MIN_FRAMES = 3;

  /**
   * Confidence of the silhouette rules: lower than for the exact metrics, because the mask's edge
   * is the clothed back, not the spine. Multiplied by the view factor and the frames' quality.
   */
  static final double CONFIDENCE = 0.6;

  /** The bend over the rep's judged span, when the source measured enough of it. */
  static Optional<BackBend> of(RepContext c) {
    if (c.curvature().isEmpty()) {
      return Optional.empty();
    }
    int[] span = span(c.rep(), c.floorBreakFrame(), c.kneeFrame());
    return over(c.curvature().get(), span[0], span[1]);
  }

  /** The frames the silhouette is judged over (see {@link #span(Rep, int, int)}). */
  static int[] span(RepContext c) {
    return span(c.rep(), c.floorBreakFrame(), c.kneeFrame());
  }

  /**
   * Floor break to knee height; for a pull that starts above the knees, the first half of its
   * knee-to-lockout phase (standing tall, the silhouette reads the buttocks and shoulder blades,
   * not the spine).
   */
  static int[] span(Rep rep, int floorBreak, int kneeFrame) {
    if (rep.phase(PhaseName.FLOOR_TO_KNEE).isPresent()) {
      return new int[] {floorBreak, kneeFrame};
    }
    Phase up = rep.phase(PhaseName.KNEE_TO_LOCKOUT).orElse(null);
    if (up == null) {
      return new int[] {floorBreak, floorBreak};
    }
    int from = Math.max(floorBreak, up.startFrame());
    return new int[] {from, Math.max(from, (from + up.endFrame()) / 2)};
  }

  /**
   * The median bend over frames {@code from}..{@code to}, when at least {@link #MIN_FRAMES} of them
   * (or all of a shorter span) were measured.
   */
  static Optional<BackBend> over(BackCurvatureSource c, int from, int to) {
    double[] v = new double[Math.max(0, to - from + 1)];
    int n = 0;
    double quality = 0;
    for (int j = from; j <= to; j++) {
      OptionalDouble d = c.bendDeg(j);
      if (d.isPresent()) {
        v[n++] = d.getAsDouble();
        quality += c.quality(j);
      }
    }
    if (n == 0 || n < Math.min(MIN_FRAMES, v.length)) {
      return Optional.empty();
    }
    Arrays.sort(v, 0, n);
    double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return Optional.of(new BackBend(median, quality / n, from, to));
  }

  /** The silhouette rules' confidence on this rep. */
  double confidence(RepContext c) {
    return CONFIDENCE * c.viewFactor() * quality;
  }

  /** The silhouette rules' finding at severity {@code s}, past {@code threshold}. */
  Finding finding(RepContext c, Severity s, double threshold) {
    return new Finding(
        s,
        confidence(c),
        phase(c),
        new Evidence("backBendDeg", Evidence.oneDecimal(deg), threshold, fromFrame, toFrame));
  }

  /** A pull that starts above the knees is judged where it starts: a rounded back shows there. */
  static PhaseName phase(RepContext c) {
    return c.pullsFromTheFloor() ? PhaseName.FLOOR_TO_KNEE : PhaseName.KNEE_TO_LOCKOUT;
  }
}
