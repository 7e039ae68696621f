package dev.hinge.pose;

import java.util.List;
import java.util.Optional;

/**
 * Chooses which detected person to follow. The first time, the lifter is the person who is large
 * and central (a phone filming a set frames the lifter); after the lifter was lost, the person
 * nearest to where the lifter was last seen, relative to body size, so that a passer-by is not
 * picked up.
 */
public final class LifterSelector {
  private LifterSelector() {}

  /**
   * @param detections in image-normalised coordinates
   * @param lastHip the lifter's last hip centre and body size in pixels {x, y, size}, if known
   */
  public static Optional<Detection> choose(
      List<Detection> detections, int width, int height, Optional<double[]> lastHip) {
    Detection best = null;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (Detection d : detections) {
      double hx = d.kx(0) * width;
      double hy = d.ky(0) * height;
      double size = Math.hypot(d.kx(1) * width - hx, d.ky(1) * height - hy);
      double value;
      if (lastHip.isPresent()) {
        double[] l = lastHip.get();
        double dist = Math.hypot(hx - l[0], hy - l[1]) / Math.max(1, l[2]);
        value = -dist - 0.5 * Math.abs(Math.log(Math.max(1, size) / Math.max(1, l[2])));
      } else {
        double dx = (hx - width / 2.0) / width;
        double dy = (hy - height / 2.0) / height;
        double centrality = 1 - Math.min(1, 2 * Math.hypot(dx, dy));
        value = size / Math.max(width, height) * (0.5 + 0.5 * centrality) * d.score();
      }
      if (value > bestValue) {
        bestValue = value;
        best = d;
      }
    }
    return Optional.ofNullable(best);
  }
}
