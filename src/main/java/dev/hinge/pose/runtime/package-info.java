/**
 * Running neural network models: a small interface ({@link dev.hinge.pose.runtime.TensorModel}) so
 * the pose pipeline does not depend on one inference library, and its TensorFlow Lite
 * implementation.
 */
package dev.hinge.pose.runtime;
