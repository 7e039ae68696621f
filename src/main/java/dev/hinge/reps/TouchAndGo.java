package dev.hinge.reps;

import dev.hinge.kinematics.Kinematics;
import java.util.ArrayList;
import java.util.List;

/**
 * In touch-and-go the bar turns around at the floor without resting: the previous descent ends and
 * the next pull starts at the same instant, where the lifter moves slowest.
 */
final class TouchAndGo {
  /** A touch-and-go bottom lasts a frame or two at most, shorter than a dead stop's rest. */
  static final double MAX_MS = 400;

  private TouchAndGo() {}

  /**
   * The pulls with each touch-and-go bottom placed: a descent that ends within {@link #MAX_MS} of
   * the next floor break ends at the slowest frame between them, and the next pull starts there.
   * The bar may rest on the floor a moment while the body turns (hips rising first): the pull then
   * leaves the floor where the bar leaves the lowest height it reached.
   */
  static List<Pull> join(Kinematics k, List<Pull> pulls, double[] speed) {
    List<Pull> out = new ArrayList<>(pulls);
    double[] h = k.barUpM();
    for (int r = 1; r < out.size(); r++) {
      Pull prev = out.get(r - 1);
      Pull cur = out.get(r);
      int descentEnd = prev.descentEnd();
      if (descentEnd < 0 || k.t(cur.floorBreak()) - k.t(descentEnd) > MAX_MS) {
        continue;
      }
      int bottom = descentEnd;
      for (int j = descentEnd; j <= cur.floorBreak(); j++) {
        if (speed[j] < speed[bottom]) {
          bottom = j;
        }
      }
      out.set(r - 1, prev.endingAt(bottom));
      int floorBreak = bottom;
      int low = bottom;
      for (int j = bottom; j <= cur.rise(); j++) {
        if (h[j] < h[low]) {
          low = j;
        }
      }
      int leaves =
          RestFit.restEnd(
              new double[][] {h}, new double[] {h[low]}, cur.rise(), bottom, RestFit.LEVEL_M);
      if (leaves > bottom && leaves < cur.lockout() && k.t(leaves) - k.t(bottom) <= MAX_MS) {
        floorBreak = leaves;
      }
      out.set(r, cur.startingAt(bottom, floorBreak));
    }
    return out;
  }
}
