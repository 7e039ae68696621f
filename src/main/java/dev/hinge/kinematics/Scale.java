package dev.hinge.kinematics;

/** Metres per image pixel in the lifter's plane, with its source and relative uncertainty. */
public record Scale(ScaleSource source, double metresPerPixel, double uncertaintyPct) {}
