package dev.hinge.faults;

import java.util.OptionalDouble;

/**
 * The back's curvature between shoulder and hip, from a segmentation silhouette, if a pose source
 * provides one: signed degrees of bend, positive for flexion (rounding), negative for extension
 * (arching). Tracks made by Hinge's own pose stage carry it (the landmark model's segmentation
 * output, see {@code dev.hinge.pose.BackSilhouette}); when absent the spine rules fall back to
 * head, shoulder and hip geometry with lower confidence.
 */
@FunctionalInterface
public interface BackCurvatureSource {
  OptionalDouble bendDeg(int frame);

  /** How well the frame's silhouette was seen, 0–1 (1 unless the source says otherwise). */
  default double quality(int frame) {
    return 1.0;
  }
}
