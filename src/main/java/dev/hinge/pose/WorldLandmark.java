package dev.hinge.pose;

/** One world landmark: metres, origin between the hips, y pointing down; visibility in [0, 1]. */
public record WorldLandmark(double x, double y, double z, double visibility) {}
