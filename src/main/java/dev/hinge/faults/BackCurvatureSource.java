package dev.hinge.faults;

import java.util.OptionalDouble;

/**
 * The back's curvature between shoulder and hip, from a segmentation silhouette, if a pose source
 * provides one: signed degrees of bend, positive for flexion (rounding), negative for extension
 * (arching). No current source provides it; when absent the spine rules fall back to head, shoulder
 * and hip geometry with lower confidence.
 */
@FunctionalInterface
public interface BackCurvatureSource {
  OptionalDouble bendDeg(int frame);
}
