package dev.hinge.faults;

/** What a finding rests on: the metric, its value, the threshold crossed, and the frames. */
public record Evidence(String metric, double value, double threshold, int fromFrame, int toFrame) {}
