package dev.hinge.pose;

/**
 * A person found by the detector. Box and keypoints are normalised to the image (x by width, y by
 * height). Keypoint 0 is the hip centre, keypoint 1 a point above the head that sets the body's
 * size and direction ({@code keypoints} = {x0, y0, x1, y1, x2, y2, x3, y3}).
 */
public record Detection(
    float score, float xMin, float yMin, float width, float height, float[] keypoints) {

  public float kx(int k) {
    return keypoints[2 * k];
  }

  public float ky(int k) {
    return keypoints[2 * k + 1];
  }

  public float area() {
    return Math.max(0, width) * Math.max(0, height);
  }

  /** Intersection over union of the two boxes. */
  public float iou(Detection o) {
    float ix = Math.max(0, Math.min(xMin + width, o.xMin + o.width) - Math.max(xMin, o.xMin));
    float iy = Math.max(0, Math.min(yMin + height, o.yMin + o.height) - Math.max(yMin, o.yMin));
    float inter = ix * iy;
    float union = area() + o.area() - inter;
    return union > 0 ? inter / union : 0;
  }
}
