package dev.hinge.pose;

/**
 * MediaPipe's LandmarksSmoothingCalculator with a one-euro filter per coordinate: pixels in, pixels
 * out, speeds scaled by the inverse object size, unless value scaling is disabled (world landmarks,
 * in metres). {@link #reset()} when the person is lost, as MediaPipe does on an empty packet.
 *
 * <p>The object size is the caller's: the pose graph in the package (PoseLandmarkFiltering) feeds
 * both the body and the auxiliary smoother an {@code OBJECT_SCALE_ROI}, the alignment rectangle of
 * the frame's unfiltered auxiliary points, whose side is twice their distance. Only without it does
 * the calculator fall back to the mean side of the landmarks' bounding box ({@link
 * #boundingBoxScale}).
 */
public final class LandmarkSmoother {
  private final int count;
  private final double minCutoff;
  private final double beta;
  private final double derivateCutoff;
  private final boolean valueScaling;
  private OneEuroFilter[] filters;

  public LandmarkSmoother(
      int count, double minCutoff, double beta, double derivateCutoff, boolean valueScaling) {
    this.count = count;
    this.minCutoff = minCutoff;
    this.beta = beta;
    this.derivateCutoff = derivateCutoff;
    this.valueScaling = valueScaling;
  }

  /** Body landmarks: min cutoff 0.05, beta 80 (the web default {@code smoothLandmarks: true}). */
  public static LandmarkSmoother landmarks(int count) {
    return new LandmarkSmoother(count, 0.05, 80, 1, true);
  }

  /** The two auxiliary points that place the next frame's region: min cutoff 0.01, beta 10. */
  public static LandmarkSmoother auxiliary() {
    return new LandmarkSmoother(2, 0.01, 10, 1, true);
  }

  /** World landmarks, metres: min cutoff 0.1, beta 40, no value scaling. */
  public static LandmarkSmoother world(int count) {
    return new LandmarkSmoother(count, 0.1, 40, 1, false);
  }

  public void reset() {
    filters = null;
  }

  /**
   * Smooths in place. {@code xyz} holds {x, y, z} per landmark (stride 3) starting at {@code
   * offset}; x, y, z in pixels (z on x's scale), or metres for world landmarks.
   */
  public void apply(long timeNs, float[] xyz, int offset, int stride) {
    apply(timeNs, xyz, offset, stride, valueScaling ? boundingBoxScale(xyz, offset, stride) : 1.0);
  }

  /** The same with the object size given, pixels (ignored without value scaling). */
  public void apply(long timeNs, float[] xyz, int offset, int stride, double objectScale) {
    if (filters == null) {
      filters = new OneEuroFilter[count * 3];
      for (int i = 0; i < filters.length; i++) {
        filters[i] = new OneEuroFilter(minCutoff, beta, derivateCutoff);
      }
    }
    double valueScale = 1.0;
    if (valueScaling) {
      if (!(objectScale >= 1e-6)) {
        return;
      }
      valueScale = 1.0 / objectScale;
    }
    for (int i = 0; i < count; i++) {
      int o = offset + i * stride;
      for (int c = 0; c < 3; c++) {
        xyz[o + c] = (float) filters[i * 3 + c].apply(timeNs, valueScale, xyz[o + c]);
      }
    }
  }

  /** The mean side of the bounding box of the {@code count} landmarks at {@code offset}. */
  double boundingBoxScale(float[] xyz, int offset, int stride) {
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (int i = 0; i < count; i++) {
      int o = offset + i * stride;
      minX = Math.min(minX, xyz[o]);
      maxX = Math.max(maxX, xyz[o]);
      minY = Math.min(minY, xyz[o + 1]);
      maxY = Math.max(maxY, xyz[o + 1]);
    }
    return ((maxX - minX) + (maxY - minY)) / 2;
  }
}
