package dev.hinge.pose;

/**
 * One image landmark: x and y in pixels of the upright frame (origin top-left), z on the same scale
 * as x (relative depth, hip-centred), visibility and presence as probabilities in [0, 1].
 */
public record Landmark(double x, double y, double z, double visibility, double presence) {}
