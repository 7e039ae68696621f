package dev.hinge.eval.inject;

import dev.hinge.faults.FaultCode;
import dev.hinge.pose.Landmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.reps.RepMetrics;
import dev.hinge.video.CameraShift;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bar is torn off the floor: the floor-to-knee part of the pull takes {@code factor} times less
 * time and ends at the same frame (the bar passes the knees when it did), the lifter holding his
 * start position for the frames this frees before it. The playback rate starts at {@code 2·factor −
 * 1} and falls evenly to 1 at the knees, so the pull goes on from there at his own speed without a
 * jolt, while leaving the floor the bar gains speed that much faster. Landmarks in the sped-up
 * frames are interpolated between the lifter's own frames; the rest of the rep is untouched.
 */
public record FasterFloorBreak(double factor) implements Injection {
  public FasterFloorBreak {
    if (!(factor >= 1)) {
      throw new IllegalArgumentException(
          "a faster floor break needs a factor ≥ 1, found " + factor);
    }
  }

  @Override
  public String kind() {
    return "faster floor break";
  }

  @Override
  public String size() {
    return String.format(Locale.ROOT, "%.1f×", factor);
  }

  @Override
  public double sizeValue() {
    return factor;
  }

  @Override
  public FaultCode code() {
    return FaultCode.JERKING_THE_BAR;
  }

  @Override
  public String metric() {
    return "floorBreakSpeedRatio";
  }

  @Override
  public double metric(RepMetrics m) {
    return m.floorBreakSpeedRatio();
  }

  /** How many times faster the floor-to-knee part is, in whole frames. */
  @Override
  public double achieved(PoseTrack before, PoseTrack after, TrackGeometry g, RepWindow r) {
    int n = r.kneePass() - r.floorBreak();
    return n < 2 ? 1 : (double) n / spedUpFrames(r);
  }

  /** Frames the floor-to-knee part takes once sped up. */
  int spedUpFrames(RepWindow r) {
    return Math.max(1, (int) Math.round((r.kneePass() - r.floorBreak()) / factor));
  }

  @Override
  public PoseTrack apply(PoseTrack track, TrackGeometry g, RepWindow r) {
    int a = r.floorBreak();
    int b = r.kneePass();
    if (b - a < 2) {
      return track;
    }
    int m = spedUpFrames(r);
    int start = b - m;
    List<PoseFrame> src = track.frames();
    List<PoseFrame> frames = new ArrayList<>(src);
    for (int i = a; i < start; i++) {
      frames.set(i, retimed(src.get(a), src.get(i)));
    }
    for (int i = start; i <= b; i++) {
      frames.set(i, retimed(at(src, a + warp(i - start, m, b - a)), src.get(i)));
    }
    return new PoseTrack(track.video(), track.model(), frames);
  }

  /**
   * Source frames played by output frame {@code t} of {@code m} when {@code n} source frames are
   * played in {@code m}: s(0) = 0, s(m) = n, the rate s' falling linearly to 1 at {@code m}.
   */
  static double warp(double t, int m, int n) {
    double quad = (m - n) / ((double) m * m);
    double lin = 1 - 2 * quad * m;
    return lin * t + quad * t * t;
  }

  /** The pose at fractional frame {@code s}: image landmarks interpolated, the rest the nearest. */
  static PoseFrame at(List<PoseFrame> src, double s) {
    int lo = (int) Math.floor(s);
    int hi = Math.min(src.size() - 1, lo + 1);
    double u = s - lo;
    PoseFrame a = src.get(lo);
    PoseFrame b = src.get(hi);
    if (!a.hasPose() || !b.hasPose() || u < 1e-9) {
      return u < 0.5 || !b.hasPose() ? a : b;
    }
    List<Landmark> image = new ArrayList<>(a.image().size());
    for (int j = 0; j < a.image().size(); j++) {
      Landmark p = a.image().get(j);
      Landmark q = b.image().get(j);
      image.add(
          new Landmark(
              p.x() + u * (q.x() - p.x()),
              p.y() + u * (q.y() - p.y()),
              p.z() + u * (q.z() - p.z()),
              p.visibility() + u * (q.visibility() - p.visibility()),
              p.presence() + u * (q.presence() - p.presence())));
    }
    PoseFrame near = u < 0.5 ? a : b;
    // the camera's shift is in the landmarks: it moves with them
    CameraShift camera =
        new CameraShift(
            a.camera().dxPx() + u * (b.camera().dxPx() - a.camera().dxPx()),
            a.camera().dyPx() + u * (b.camera().dyPx() - a.camera().dyPx()));
    return new PoseFrame(
        a.index(), a.tMs(), near.presence(), image, near.world(), near.back(), camera);
  }

  /** {@code pose}'s landmarks at {@code slot}'s place in the video (index and time). */
  static PoseFrame retimed(PoseFrame pose, PoseFrame slot) {
    return new PoseFrame(
        slot.index(),
        slot.tMs(),
        pose.presence(),
        pose.image(),
        pose.world(),
        pose.back(),
        pose.camera());
  }
}
