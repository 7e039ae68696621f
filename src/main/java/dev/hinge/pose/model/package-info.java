/**
 * The BlazePose model files: where they come from (the npm package {@code @mediapipe/pose}), their
 * checksums, and the per-user cache that holds them.
 */
package dev.hinge.pose.model;
