/**
 * TensorFlow Lite to ONNX conversion of the BlazePose models: a flatbuffer reader ({@link
 * dev.hinge.pose.runtime.onnx.TfliteGraph}), the converter ({@link
 * dev.hinge.pose.runtime.onnx.TfliteToOnnx}) and the cache of converted models.
 */
package dev.hinge.pose.runtime.onnx;
