package dev.hinge.reps;

/** One phase of a rep: inclusive frame range and its times. */
public record Phase(PhaseName name, int startFrame, int endFrame, double startMs, double endMs) {}
