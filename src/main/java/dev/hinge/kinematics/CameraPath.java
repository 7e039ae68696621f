package dev.hinge.kinematics;

import dev.hinge.pose.PoseFrame;
import dev.hinge.video.CameraShift;
import java.util.List;

/**
 * The camera's path through a clip, from the shifts the pose stage measured on the background
 * ({@link PoseFrame#camera()}), and whether it moved enough to matter. Positions in the picture are
 * the lifter's motion plus the camera's: the analysis subtracts the camera's to measure the lifter
 * against the room. A camera counts as still, and nothing is subtracted, while it stays within
 * {@value #STILL_SHARE_OF_LIFTER} of the lifter's height in the picture of where it started (1.75
 * cm on a lifter of 1.75 m): below that, a measure on a still camera's background is noise (0.0–0.7
 * % of the lifter on the still cameras of the labelled real clips, docs/perception.md).
 *
 * @param dxPx the camera's shift across, per frame, pixels (zeros for a still camera)
 * @param dyPx the camera's shift down, per frame, pixels
 * @param maxPx the largest shift measured, pixels (also when counted as still)
 */
public record CameraPath(double[] dxPx, double[] dyPx, double maxPx, boolean moved) {
  public static final double STILL_SHARE_OF_LIFTER = 0.01;

  /**
   * The path of {@code frames}; {@code lifterPx} is the lifter's standing height in the picture
   * (NaN when unknown: then a shift of {@value #STILL_PX_UNKNOWN_LIFTER} px counts as a move).
   */
  public static CameraPath of(List<PoseFrame> frames, double lifterPx) {
    int n = frames.size();
    double[] dx = new double[n];
    double[] dy = new double[n];
    double max = 0;
    for (int i = 0; i < n; i++) {
      CameraShift s = frames.get(i).camera();
      dx[i] = s.dxPx();
      dy[i] = s.dyPx();
      max = Math.max(max, s.magnitudePx());
    }
    double still =
        Double.isFinite(lifterPx) && lifterPx > 0
            ? STILL_SHARE_OF_LIFTER * lifterPx
            : STILL_PX_UNKNOWN_LIFTER;
    if (max <= still) {
      return new CameraPath(new double[n], new double[n], max, false);
    }
    return new CameraPath(dx, dy, max, true);
  }

  static final double STILL_PX_UNKNOWN_LIFTER = 2.0;

  /** A still camera over {@code n} frames. */
  public static CameraPath still(int n) {
    return new CameraPath(new double[n], new double[n], 0, false);
  }
}
