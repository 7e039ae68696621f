package dev.hinge.eval.inject;

import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.Landmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Smooth noise on every image landmark of a track, of the kind another inference runtime, CPU or
 * thread count puts in it: the tracker takes each frame's crop from the last frame's landmarks, so
 * a difference does not come and go from one frame to the next but drifts. Each landmark's x and y
 * get their own first-order autoregressive noise with time constant {@link #TAU_S} and a standard
 * deviation of {@code torsoShare} of the lifter's torso (the median shoulder–hip distance in the
 * picture, so the noise is the same share of the lifter whatever the resolution). Visibility, world
 * landmarks and the back's silhouette are left as they are. Seeded: the same seed gives the same
 * track.
 */
public record LandmarkNoise(double torsoShare, long seed) {
  /** How long a landmark's error lasts, seconds (one third of it left after this). */
  static final double TAU_S = 0.2;

  public LandmarkNoise {
    if (!(torsoShare >= 0) || torsoShare > 0.5) {
      throw new IllegalArgumentException(
          "noise must be 0 to 50 % of the torso; found " + torsoShare * 100 + " %");
    }
  }

  /** The track with the noise added to every frame that has a pose. */
  public PoseTrack apply(PoseTrack t) {
    double torso = torsoPx(t);
    double sd = torsoShare * torso;
    if (sd == 0 || t.frames().isEmpty()) {
      return t;
    }
    Random rnd = new Random(seed);
    int n = BodyLandmark.values().length;
    double[] state = new double[2 * n];
    for (int i = 0; i < state.length; i++) {
      state[i] = rnd.nextGaussian();
    }
    List<PoseFrame> out = new ArrayList<>(t.frames().size());
    double lastT = t.frames().get(0).tMs();
    for (PoseFrame f : t.frames()) {
      double dt = Math.max(0, f.tMs() - lastT) / 1000;
      lastT = f.tMs();
      double a = Math.exp(-dt / TAU_S);
      double b = Math.sqrt(1 - a * a);
      for (int i = 0; i < state.length; i++) {
        state[i] = a * state[i] + b * rnd.nextGaussian();
      }
      if (!f.hasPose()) {
        out.add(f);
        continue;
      }
      List<Landmark> image = new ArrayList<>(f.image().size());
      for (int i = 0; i < f.image().size(); i++) {
        Landmark l = f.image().get(i);
        double dx = i < n ? sd * state[2 * i] : 0;
        double dy = i < n ? sd * state[2 * i + 1] : 0;
        image.add(new Landmark(l.x() + dx, l.y() + dy, l.z(), l.visibility(), l.presence()));
      }
      out.add(
          new PoseFrame(f.index(), f.tMs(), f.presence(), image, f.world(), f.back(), f.camera()));
    }
    return new PoseTrack(t.video(), t.model(), out);
  }

  /** The median distance from the shoulders' midpoint to the hips', pixels; 0 without a pose. */
  static double torsoPx(PoseTrack t) {
    double[] d = new double[t.frames().size()];
    int m = 0;
    for (PoseFrame f : t.frames()) {
      if (!f.hasPose()) {
        continue;
      }
      double[] s = TrackEdit.mid(f, BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER);
      double[] h = TrackEdit.mid(f, BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP);
      d[m++] = Math.hypot(s[0] - h[0], s[1] - h[1]);
    }
    if (m == 0) {
      return 0;
    }
    double[] s = Arrays.copyOf(d, m);
    Arrays.sort(s);
    return s[m / 2];
  }
}
