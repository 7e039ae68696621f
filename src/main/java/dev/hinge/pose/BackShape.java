package dev.hinge.pose;

/**
 * The back's silhouette between shoulder and hip in one frame, measured on the landmark model's
 * segmentation output: {@code bendDeg} is the angle the back contour subtends over the hip–shoulder
 * chord (positive: bulging away from the belly, i.e. flexion or rounding; negative: dipping towards
 * it, i.e. extension or arching), NaN when too little of the contour was found; {@code coverage} is
 * the share of the sampling stations along the chord where a clean boundary was found (0–1).
 */
public record BackShape(double bendDeg, double coverage) {

  public boolean hasBend() {
    return Double.isFinite(bendDeg);
  }
}
