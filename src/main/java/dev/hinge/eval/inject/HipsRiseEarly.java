package dev.hinge.eval.inject;

import dev.hinge.faults.FaultCode;
import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.reps.RepMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The hips rise ahead of the shoulders off the floor: from the floor break they climb faster than
 * the lifter's own until, as the bar passes the knees, they are {@code cm} higher; they stay that
 * much higher for the first third of the way on to lockout (so the bar passes the knees with them
 * up, even if the analysis places that moment a few frames later), and by lockout they are back on
 * his own path. The shoulders are left where they were (they lag), so the hips swing up and back on
 * the trunk's own length, behind the shoulders, and the knees straighten early: each knee moves as
 * a knee joining the lifter's own shank (from his ankle, planted) and thigh would move to reach the
 * raised hip, bent the same way.
 */
public record HipsRiseEarly(double cm) implements Injection {

  @Override
  public String kind() {
    return "hips rise early";
  }

  @Override
  public String size() {
    return String.format(Locale.ROOT, "%.0f cm", cm);
  }

  @Override
  public double sizeValue() {
    return cm;
  }

  @Override
  public FaultCode code() {
    return FaultCode.HIPS_SHOOT_UP;
  }

  @Override
  public String metric() {
    return "trunkAngleKneeDeg";
  }

  @Override
  public double metric(RepMetrics m) {
    return m.trunkAngleKneeDeg();
  }

  /** Centimetres the hips were raised at the knee pass. */
  @Override
  public double achieved(PoseTrack before, PoseTrack after, TrackGeometry g, RepWindow r) {
    PoseFrame a = before.frames().get(r.kneePass());
    PoseFrame b = after.frames().get(r.kneePass());
    if (!a.hasPose()) {
      return Double.NaN;
    }
    double ya = TrackEdit.mid(a, BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP)[1];
    double yb = TrackEdit.mid(b, BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP)[1];
    return (ya - yb) * g.metresPerPixel() * 100;
  }

  /** How much of the raise is in place at frame {@code i}. */
  static double weight(int i, RepWindow r) {
    if (i < r.floorBreak() || i >= r.lockout()) {
      return 0;
    }
    if (i <= r.kneePass()) {
      return TrackEdit.rampUp(i, r.floorBreak(), r.kneePass());
    }
    int held = r.kneePass() + (r.lockout() - r.kneePass()) / 3;
    return 1 - TrackEdit.rampUp(i, held, r.lockout());
  }

  @Override
  public PoseTrack apply(PoseTrack track, TrackGeometry g, RepWindow r) {
    // the feet stay planted through a pull, but the ankle landmarks jitter (the plates hide them):
    // the knees are moved by where a knee on the rep's median ankle and shank would go
    List<double[]> ankles = new ArrayList<>();
    List<Double> shanks = new ArrayList<>();
    for (int i = r.floorBreak(); i <= r.lockout(); i++) {
      PoseFrame f = track.frames().get(i);
      if (f.hasPose()) {
        double[] a = TrackEdit.mid(f, BodyLandmark.LEFT_ANKLE, BodyLandmark.RIGHT_ANKLE);
        double[] k = TrackEdit.mid(f, BodyLandmark.LEFT_KNEE, BodyLandmark.RIGHT_KNEE);
        ankles.add(a);
        shanks.add(Math.hypot(k[0] - a[0], k[1] - a[1]));
      }
    }
    if (ankles.isEmpty()) {
      return track;
    }
    double[] ankle = {
      median(ankles.stream().mapToDouble(a -> a[0]).toArray()),
      median(ankles.stream().mapToDouble(a -> a[1]).toArray())
    };
    double shank = median(shanks.stream().mapToDouble(Double::doubleValue).toArray());
    double raisePx = g.pixels(cm);
    return TrackEdit.edit(
        track,
        r.floorBreak(),
        r.lockout(),
        f -> raise(f, raisePx * weight(f.index(), r), g.forwardX(), ankle, shank));
  }

  /**
   * The frame with the hips {@code px} higher on the trunk's circle about the shoulders, and the
   * knees moved as a knee on {@code ankle} with a shank of {@code shank} pixels would move: bent
   * the same way, or straight on the line from ankle to hip where the legs, as the landmarks
   * measure them, do not reach that high. The full raise is always applied: on real tracks the
   * plates hide the lower legs and their measured lengths are too unsure to cap it.
   */
  static PoseFrame raise(PoseFrame f, double px, int forwardX, double[] ankle, double shank) {
    if (!f.hasPose() || px == 0) {
      return f;
    }
    double[] s = TrackEdit.mid(f, BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER);
    double[] h = TrackEdit.mid(f, BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP);
    double[] k = TrackEdit.mid(f, BodyLandmark.LEFT_KNEE, BodyLandmark.RIGHT_KNEE);
    double thigh = Math.hypot(h[0] - k[0], h[1] - k[1]);
    double[] h2 = hipAt(s, h, px, forwardX);
    double[] before = knee(ankle, shank, thigh, k, h);
    double[] after = knee(ankle, shank, thigh, k, h2);
    PoseFrame out = TrackEdit.shift(f, TrackEdit.HIPS, h2[0] - h[0], h2[1] - h[1]);
    return TrackEdit.shift(out, TrackEdit.KNEES, after[0] - before[0], after[1] - before[1]);
  }

  /**
   * The hip {@code p} pixels higher, moved back on the circle of the trunk's length about the
   * shoulder {@code s} (image y grows downwards); a hip slightly ahead of the shoulders, near
   * standing, moves back by as much as one behind them would.
   */
  static double[] hipAt(double[] s, double[] h, double p, int forwardX) {
    double trunk = Math.hypot(h[0] - s[0], h[1] - s[1]);
    double gap = h[1] - s[1];
    double gap2 = Math.max(-trunk, Math.min(trunk, gap - p));
    double back =
        Math.sqrt(trunk * trunk - gap2 * gap2) - Math.sqrt(Math.max(0, trunk * trunk - gap * gap));
    return new double[] {h[0] - forwardX * back, s[1] + gap2};
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /**
   * Where a knee joins a shank from the ankle {@code a} and a thigh to the hip {@code h2}: the two
   * circles' crossing on the side the knee {@code k} is bent to (straight, towards the hip, when
   * the hip is out of reach).
   */
  static double[] knee(double[] a, double shank, double thigh, double[] k, double[] h2) {
    double dx = h2[0] - a[0];
    double dy = h2[1] - a[1];
    double d = Math.hypot(dx, dy);
    if (d < 1e-9 || d <= Math.abs(shank - thigh)) {
      return new double[] {k[0], k[1]};
    }
    if (d >= shank + thigh) {
      double s = shank / (shank + thigh);
      return new double[] {a[0] + dx * s, a[1] + dy * s};
    }
    double along = (shank * shank - thigh * thigh + d * d) / (2 * d);
    double off = Math.sqrt(Math.max(0, shank * shank - along * along));
    double bend = Math.signum(dx * (k[1] - a[1]) - dy * (k[0] - a[0]));
    if (bend == 0) {
      bend = 1;
    }
    double px = a[0] + along * dx / d;
    double py = a[1] + along * dy / d;
    // (-dy, dx)/d is the unit normal whose cross product with (dx, dy) is positive
    return new double[] {px - bend * off * dy / d, py + bend * off * dx / d};
  }
}
