package dev.hinge.kinematics;

/** The detected view with a confidence in [0, 1]. */
public record View(ViewKind kind, double confidence) {}
