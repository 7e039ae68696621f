package dev.hinge.kinematics;

/**
 * One shot of a video, measured on its own: its kinematics index its own frames, the first of which
 * is frame {@code firstFrame} of the whole video.
 */
public record Shot(int firstFrame, Kinematics kinematics) {}
