package dev.hinge.pose.model;

import java.util.Locale;

/**
 * The model files Hinge uses, all from {@code @mediapipe/pose@0.5.1675469404}, with the SHA-256 of
 * each as published there. The detector ships in the package as {@code
 * pose_solution_packed_assets.data}, which is byte for byte {@code pose_detection.tflite}.
 */
public enum PoseModel {
  DETECTOR(
      "pose_detection.tflite",
      "pose_solution_packed_assets.data",
      "a63c614bef30d35947f13be361820b1e4e3bec9cfeebf4d11216a18373108e85",
      2_962_288L),
  LITE(
      "pose_landmark_lite.tflite",
      "pose_landmark_lite.tflite",
      "f17bfbecadb61c3be1baa8b8d851cc6619c870a87167b32848ad20db306b9d61",
      2_819_824L),
  FULL(
      "pose_landmark_full.tflite",
      "pose_landmark_full.tflite",
      "e9a5c5cb17f736fafd4c2ec1da3b3d331d6edbe8a0d32395855aeb2cdfd64b9f",
      6_440_512L),
  HEAVY(
      "pose_landmark_heavy.tflite",
      "pose_landmark_heavy.tflite",
      "59e42d71bcd44cbdbabc419f0ff76686595fd265419566bd4009ef703ea8e1fe",
      27_709_200L);

  public static final String NPM_PACKAGE = "@mediapipe/pose";
  public static final String NPM_VERSION = "0.5.1675469404";

  private final String fileName;
  private final String packageEntry;
  private final String sha256;
  private final long sizeBytes;

  PoseModel(String fileName, String packageEntry, String sha256, long sizeBytes) {
    this.fileName = fileName;
    this.packageEntry = packageEntry;
    this.sha256 = sha256;
    this.sizeBytes = sizeBytes;
  }

  public String fileName() {
    return fileName;
  }

  /** The file's name inside the npm tarball (under {@code package/}). */
  public String packageEntry() {
    return packageEntry;
  }

  public String sha256() {
    return sha256;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  /** {@code blazepose-full} etc.; the detector is {@code blazepose-detector}. */
  public String displayName() {
    return "blazepose-" + (this == DETECTOR ? "detector" : name().toLowerCase(Locale.ROOT));
  }
}
