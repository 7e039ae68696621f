package dev.hinge.faults;

/** A judgement the camera set-up does not allow, and why. */
public record SkippedJudgement(String judgement, String reason) {}
