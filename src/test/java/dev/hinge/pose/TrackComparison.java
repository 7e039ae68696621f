package dev.hinge.pose;

import java.util.List;
import java.util.Locale;

/** Per-landmark distance between two pose tracks of the same video, in pixels and % of torso. */
record TrackComparison(
    double[] meanPx,
    double[] maxPx,
    double torsoPx,
    int frames,
    int framesOnlyInReference,
    int framesOnlyInOurs) {

  static TrackComparison of(PoseTrack reference, PoseTrack ours) {
    double[] sum = new double[BodyLandmark.COUNT];
    double[] max = new double[BodyLandmark.COUNT];
    double torso = 0;
    int n = 0;
    int onlyRef = 0;
    int onlyOurs = 0;
    int frames = Math.min(reference.frames().size(), ours.frames().size());
    for (int i = 0; i < frames; i++) {
      PoseFrame a = reference.frames().get(i);
      PoseFrame b = ours.frames().get(i);
      if (a.hasPose() && !b.hasPose()) {
        onlyRef++;
      }
      if (!a.hasPose() && b.hasPose()) {
        onlyOurs++;
      }
      if (!a.hasPose() || !b.hasPose()) {
        continue;
      }
      n++;
      torso += torsoLength(a);
      for (int k = 0; k < BodyLandmark.COUNT; k++) {
        double d = distancePx(a, b, k);
        sum[k] += d;
        max[k] = Math.max(max[k], d);
      }
    }
    double[] mean = new double[BodyLandmark.COUNT];
    for (int k = 0; k < mean.length; k++) {
      mean[k] = n > 0 ? sum[k] / n : Double.NaN;
    }
    return new TrackComparison(mean, max, n > 0 ? torso / n : Double.NaN, n, onlyRef, onlyOurs);
  }

  /**
   * Mean landmark distance, pixels, on the first frame where both tracks have a pose: the frame
   * whose region comes from the detector, before any tracking or smoothing.
   */
  static double firstFrameMeanPx(PoseTrack reference, PoseTrack ours) {
    int frames = Math.min(reference.frames().size(), ours.frames().size());
    for (int i = 0; i < frames; i++) {
      PoseFrame a = reference.frames().get(i);
      PoseFrame b = ours.frames().get(i);
      if (a.hasPose() && b.hasPose()) {
        double sum = 0;
        for (int k = 0; k < BodyLandmark.COUNT; k++) {
          sum += distancePx(a, b, k);
        }
        return sum / BodyLandmark.COUNT;
      }
    }
    return Double.NaN;
  }

  /** Mean world-landmark distance, millimetres, over the frames where both have world landmarks. */
  static double worldMeanMm(PoseTrack reference, PoseTrack ours) {
    int frames = Math.min(reference.frames().size(), ours.frames().size());
    double sum = 0;
    int n = 0;
    for (int i = 0; i < frames; i++) {
      List<WorldLandmark> a = reference.frames().get(i).world();
      List<WorldLandmark> b = ours.frames().get(i).world();
      if (a == null
          || b == null
          || a.size() < BodyLandmark.COUNT
          || b.size() < BodyLandmark.COUNT) {
        continue;
      }
      for (int k = 0; k < BodyLandmark.COUNT; k++) {
        double dx = a.get(k).x() - b.get(k).x();
        double dy = a.get(k).y() - b.get(k).y();
        double dz = a.get(k).z() - b.get(k).z();
        sum += Math.sqrt(dx * dx + dy * dy + dz * dz);
        n++;
      }
    }
    return n > 0 ? 1000 * sum / n : Double.NaN;
  }

  /** Image distance of landmark {@code k} between two frames, pixels. */
  private static double distancePx(PoseFrame a, PoseFrame b, int k) {
    return Math.hypot(
        a.image().get(k).x() - b.image().get(k).x(), a.image().get(k).y() - b.image().get(k).y());
  }

  static double torsoLength(PoseFrame f) {
    Landmark ls = f.image(BodyLandmark.LEFT_SHOULDER);
    Landmark rs = f.image(BodyLandmark.RIGHT_SHOULDER);
    Landmark lh = f.image(BodyLandmark.LEFT_HIP);
    Landmark rh = f.image(BodyLandmark.RIGHT_HIP);
    return Math.hypot(
        (ls.x() + rs.x() - lh.x() - rh.x()) / 2, (ls.y() + rs.y() - lh.y() - rh.y()) / 2);
  }

  double meanAllPx() {
    double s = 0;
    for (double v : meanPx) {
      s += v;
    }
    return s / meanPx.length;
  }

  double meanPctTorso() {
    return 100 * meanAllPx() / torsoPx;
  }

  String table() {
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT, "%-18s %8s %8s %8s%n", "landmark", "mean px", "max px", "% torso"));
    for (BodyLandmark l : BodyLandmark.values()) {
      int k = l.index();
      b.append(
          String.format(
              Locale.ROOT,
              "%-18s %8.2f %8.2f %8.2f%n",
              l.name().toLowerCase(Locale.ROOT),
              meanPx[k],
              maxPx[k],
              100 * meanPx[k] / torsoPx));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "frames %d (pose only in reference %d, only in Hinge %d), torso %.1f px: mean %.2f px = %.2f %% of torso",
            frames,
            framesOnlyInReference,
            framesOnlyInOurs,
            torsoPx,
            meanAllPx(),
            meanPctTorso()));
    return b.toString();
  }
}
