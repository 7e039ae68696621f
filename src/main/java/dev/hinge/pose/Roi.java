package dev.hinge.pose;

/**
 * A rotated rectangle of the image that the landmark model looks at, in pixels: centre, size and
 * rotation (radians, clockwise in image coordinates, 0 = upright).
 */
public record Roi(double cx, double cy, double width, double height, double rotationRad) {

  /** MediaPipe's alignment-points rectangle scaled ×1.25 and made square on its long side. */
  public static Roi fromAlignmentPoints(double x0, double y0, double x1, double y1) {
    double size = 2 * Math.hypot(x1 - x0, y1 - y0);
    double rotation = normaliseRadians(Math.PI / 2 - Math.atan2(-(y1 - y0), x1 - x0));
    double side = size * 1.25;
    return new Roi(x0, y0, side, side, rotation);
  }

  static double normaliseRadians(double a) {
    return a - 2 * Math.PI * Math.floor((a + Math.PI) / (2 * Math.PI));
  }

  /** Image point for a point of the ROI given in [0, 1]² (u right, v down, in the ROI's frame). */
  public double imageX(double u, double v) {
    double dx = (u - 0.5) * width;
    double dy = (v - 0.5) * height;
    return cx + dx * Math.cos(rotationRad) - dy * Math.sin(rotationRad);
  }

  public double imageY(double u, double v) {
    double dx = (u - 0.5) * width;
    double dy = (v - 0.5) * height;
    return cy + dx * Math.sin(rotationRad) + dy * Math.cos(rotationRad);
  }
}
