package dev.hinge.video;

import java.util.OptionalLong;

/**
 * What the container says about a video stream. Width and height are upright (after {@code
 * rotationDeg}, clockwise, has been applied); {@code frameCountEstimate} comes from the container
 * and may be absent or wrong for variable-frame-rate files.
 */
public record VideoMetadata(
    String name,
    int width,
    int height,
    int rotationDeg,
    double fps,
    double durationMs,
    String codec,
    OptionalLong frameCountEstimate) {}
