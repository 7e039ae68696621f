package dev.hinge.kinematics;

import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.Landmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.WorldLandmark;
import java.util.Arrays;
import java.util.List;

/**
 * The frames of a side-view clip in which the pose model lost the lifter: his trunk drawn at under
 * {@link #LOST_SHARE} of its length in the picture, and pointing at the camera by the model's own
 * world landmarks (under {@link #LOST_SHARE} of the trunk in the picture's plane). Seen from the
 * side a lifter bends in the picture's plane, so his trunk keeps its length there: down to 0.67 of
 * the clip's 90th percentile in the picture and 0.87 in the world landmarks on the 12 side-view
 * clips of the development set. When the camera stands close and the near plate covers the lifter
 * at the top, BlazePose draws a crouched figure with a trunk a third of its length, pointing at the
 * camera (0.36 and 0.12 on one clip, for 0.7 s), and the hips and knees anywhere: those frames are
 * dropped and bridged like frames without a pose, so that no rep starts, ends or is judged on them.
 * Both must agree: a lifter walking away from the camera shrinks in the picture but not in the
 * world landmarks, and a landmark that jumps for a frame moves the picture alone. Front and oblique
 * views foreshorten a trunk that bends towards the camera and are not read; nor are frames without
 * world landmarks.
 */
final class PoseLoss {
  /** A frame's trunk under this share of the clip's 90th percentile: the pose is lost there. */
  static final double LOST_SHARE = 0.55;

  /**
   * A lost run also takes the frames next to it whose trunk is under this share in the picture or
   * in the world landmarks: the model slides into a wrong pose and out of it over a few frames,
   * through trunks between.
   */
  static final double EDGE_SHARE = 0.75;

  /**
   * Frames with a pose between two runs without one (no pose, or a lost one), next to a lost run,
   * over at most this long, are lost too: the model does not find the lifter again for a frame or
   * two while the plate still covers him (a mirrored copy of bx_good004: two frames, the hips drawn
   * at 228°, between 0.4 s without a pose and 0.2 s lost, made the bridged bar dip to the floor and
   * rise again: a second rep).
   */
  static final double ISLAND_MS = 100;

  /** The reference trunk length: this percentile of the trunk over the frames with a pose. */
  static final double REFERENCE_PERCENTILE = 0.9;

  private PoseLoss() {}

  /** Which frames lost the pose; none where {@code view} is not a side view. */
  static boolean[] lost(List<PoseFrame> frames, boolean[] present, ViewKind view) {
    int n = frames.size();
    if (view != ViewKind.SIDE) {
      return new boolean[n];
    }
    double[] trunk = new double[n];
    double[] inPlane = new double[n];
    double[] seen = new double[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      PoseFrame f = frames.get(i);
      trunk[i] = present[i] ? trunkPx(f) : Double.NaN;
      inPlane[i] = present[i] && f.hasWorld() ? inPlaneShare(f) : Double.NaN;
      if (Double.isFinite(trunk[i])) {
        seen[m++] = trunk[i];
      }
    }
    if (m == 0) {
      return new boolean[n];
    }
    double[] sorted = Arrays.copyOf(seen, m);
    Arrays.sort(sorted);
    double ref = sorted[(int) Math.min(m - 1, Math.floor(REFERENCE_PERCENTILE * m))];
    boolean[] lost = lost(trunk, inPlane, ref);
    double[] tMs = new double[n];
    for (int i = 0; i < n; i++) {
      tMs[i] = frames.get(i).tMs();
    }
    return withIslands(lost, present, tMs, ISLAND_MS);
  }

  /**
   * {@code lost} with every run of frames with a pose that are not lost, lasting at most {@code
   * maxMs} from its first frame to its last, marked lost too where the frames on both sides of it
   * are without a pose or lost and a lost frame is among those next runs. Poses that come and go
   * without a lost frame near (a detector that misses a small lifter now and then) are kept.
   */
  static boolean[] withIslands(boolean[] lost, boolean[] present, double[] tMs, double maxMs) {
    int n = lost.length;
    boolean[] out = lost.clone();
    int i = 0;
    while (i < n) {
      if (!present[i] || lost[i]) {
        i++;
        continue;
      }
      int a = i;
      while (i < n && present[i] && !lost[i]) {
        i++;
      }
      int b = i - 1; // [a, b] seen
      if (a == 0 || i == n || tMs[b] - tMs[a] > maxMs) {
        continue;
      }
      boolean nearLost = false;
      for (int j = a - 1; j >= 0 && (!present[j] || lost[j]) && !nearLost; j--) {
        nearLost = lost[j];
      }
      for (int j = b + 1; j < n && (!present[j] || lost[j]) && !nearLost; j++) {
        nearLost = lost[j];
      }
      if (nearLost) {
        Arrays.fill(out, a, b + 1, true);
      }
    }
    return out;
  }

  /**
   * Which frames are lost, from the trunk's length in the picture ({@code trunk}, pixels, against
   * {@code ref}) and its share in the picture's plane by the world landmarks ({@code inPlane}); NaN
   * where not known. Lost: both under {@link #LOST_SHARE}; and the frames next to a lost run where
   * either is under {@link #EDGE_SHARE}.
   */
  static boolean[] lost(double[] trunk, double[] inPlane, double ref) {
    int n = trunk.length;
    boolean[] lost = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (trunk[i] < LOST_SHARE * ref && inPlane[i] < LOST_SHARE) {
        lost[i] = true;
        for (int j = i - 1; j >= 0 && !lost[j] && edge(trunk[j], inPlane[j], ref); j--) {
          lost[j] = true;
        }
        for (int j = i + 1; j < n && !lost[j] && edge(trunk[j], inPlane[j], ref); j++) {
          lost[j] = true;
        }
      }
    }
    return lost;
  }

  private static boolean edge(double trunk, double inPlane, double ref) {
    return Double.isFinite(trunk)
        && Double.isFinite(inPlane)
        && (trunk < EDGE_SHARE * ref || inPlane < EDGE_SHARE);
  }

  /** The world trunk's (mid-hip to mid-shoulder) share in the picture's plane (x, y). */
  private static double inPlaneShare(PoseFrame f) {
    WorldLandmark ls = f.world(BodyLandmark.LEFT_SHOULDER);
    WorldLandmark rs = f.world(BodyLandmark.RIGHT_SHOULDER);
    WorldLandmark lh = f.world(BodyLandmark.LEFT_HIP);
    WorldLandmark rh = f.world(BodyLandmark.RIGHT_HIP);
    double x = 0.5 * (ls.x() + rs.x() - lh.x() - rh.x());
    double y = 0.5 * (ls.y() + rs.y() - lh.y() - rh.y());
    double z = 0.5 * (ls.z() + rs.z() - lh.z() - rh.z());
    double len = Math.sqrt(x * x + y * y + z * z);
    return len > 1e-9 ? Fast.hypot(x, y) / len : Double.NaN;
  }

  private static double trunkPx(PoseFrame f) {
    Landmark ls = f.image(BodyLandmark.LEFT_SHOULDER);
    Landmark rs = f.image(BodyLandmark.RIGHT_SHOULDER);
    Landmark lh = f.image(BodyLandmark.LEFT_HIP);
    Landmark rh = f.image(BodyLandmark.RIGHT_HIP);
    return Fast.hypot(
        0.5 * (ls.x() + rs.x() - lh.x() - rh.x()), 0.5 * (ls.y() + rs.y() - lh.y() - rh.y()));
  }
}
