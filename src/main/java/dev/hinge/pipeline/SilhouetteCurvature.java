package dev.hinge.pipeline;

import dev.hinge.faults.BackCurvatureSource;
import dev.hinge.pose.BackShape;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The back's bend from the pose track's per-frame silhouette measures ({@code back} in {@code
 * hinge.posetrack/1}): frames whose contour was found at fewer than {@link #MIN_COVERAGE} of the
 * stations are dropped, and each remaining frame is replaced by the median of the measured frames
 * within ±{@link #HALF_WINDOW} (the mask's edge jumps by a pixel or two from frame to frame). Frame
 * indices are positions in the track, as everywhere in the analysis.
 */
public final class SilhouetteCurvature implements BackCurvatureSource {
  /** Share of the sampling stations with a clean back contour for a frame to count. */
  static final double MIN_COVERAGE = 0.6;

  /** Median over this many frames either side. */
  static final int HALF_WINDOW = 2;

  private final double[] bend;
  private final double[] coverage;

  private SilhouetteCurvature(double[] bend, double[] coverage) {
    this.bend = bend;
    this.coverage = coverage;
  }

  /** A source when the track carries back measures; empty for tracks without them. */
  public static Optional<BackCurvatureSource> from(PoseTrack track) {
    List<PoseFrame> frames = track.frames();
    int n = frames.size();
    double[] raw = new double[n];
    double[] cov = new double[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      Optional<BackShape> b = frames.get(i).back();
      any |= b.isPresent();
      raw[i] = Double.NaN;
      if (b.isPresent() && b.get().hasBend() && b.get().coverage() >= MIN_COVERAGE) {
        raw[i] = b.get().bendDeg();
        cov[i] = b.get().coverage();
      }
    }
    if (!any) {
      return Optional.empty();
    }
    double[] smooth = new double[n];
    double[] window = new double[2 * HALF_WINDOW + 1];
    for (int i = 0; i < n; i++) {
      smooth[i] = Double.NaN;
      if (Double.isNaN(raw[i])) {
        continue;
      }
      int m = 0;
      for (int j = Math.max(0, i - HALF_WINDOW); j <= Math.min(n - 1, i + HALF_WINDOW); j++) {
        if (!Double.isNaN(raw[j])) {
          window[m++] = raw[j];
        }
      }
      smooth[i] = median(window, m);
    }
    return Optional.of(new SilhouetteCurvature(smooth, cov));
  }

  @Override
  public OptionalDouble bendDeg(int frame) {
    if (frame < 0 || frame >= bend.length || Double.isNaN(bend[frame])) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(bend[frame]);
  }

  @Override
  public double quality(int frame) {
    return frame < 0 || frame >= coverage.length ? 0 : coverage[frame];
  }

  static double median(double[] v, int n) {
    double[] s = Arrays.copyOf(v, n);
    Arrays.sort(s);
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
