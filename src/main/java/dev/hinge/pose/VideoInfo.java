package dev.hinge.pose;

/**
 * The video a track came from. Width and height are those of the upright frame (after rotation);
 * rotation is the metadata rotation that was applied, in degrees clockwise.
 */
public record VideoInfo(
    String name, int width, int height, double fps, int rotation, double durationMs) {}
