package dev.hinge.eval.inject;

import dev.hinge.faults.FaultCode;
import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.reps.RepMetrics;
import java.util.Locale;

/**
 * The bar swings away from the legs: the hands (wrists and fingers) move {@code cm} further forward
 * of where the lifter held them, reached over the first fifth of the pull, held, and given back
 * over its last fifth, so the bar still leaves from and locks out over his own spot. The elbows
 * follow half way; the bar's height is his own.
 */
public record BarDrift(double cm) implements Injection {
  /** Share of the pull (floor break to lockout) over which the drift builds up and goes again. */
  static final double RAMP_SHARE = 0.2;

  @Override
  public String kind() {
    return "bar drifts forward";
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
    return FaultCode.BAR_DRIFT;
  }

  @Override
  public String metric() {
    return "barExcursionCm";
  }

  @Override
  public double metric(RepMetrics m) {
    return m.barExcursionCm();
  }

  /** Centimetres the hands moved forward half way through the pull. */
  @Override
  public double achieved(PoseTrack before, PoseTrack after, TrackGeometry g, RepWindow r) {
    int mid = (r.floorBreak() + r.lockout()) / 2;
    PoseFrame a = before.frames().get(mid);
    PoseFrame b = after.frames().get(mid);
    if (!a.hasPose()) {
      return Double.NaN;
    }
    double xa = TrackEdit.mid(a, BodyLandmark.LEFT_WRIST, BodyLandmark.RIGHT_WRIST)[0];
    double xb = TrackEdit.mid(b, BodyLandmark.LEFT_WRIST, BodyLandmark.RIGHT_WRIST)[0];
    return g.forwardX() * (xb - xa) * g.metresPerPixel() * 100;
  }

  static double weight(int i, RepWindow r) {
    int a = r.floorBreak();
    int b = r.lockout();
    if (i <= a || i >= b) {
      return 0;
    }
    int ramp = Math.max(1, (int) Math.round(RAMP_SHARE * (b - a)));
    return Math.min(TrackEdit.rampUp(i, a, a + ramp), 1 - TrackEdit.rampUp(i, b - ramp, b));
  }

  @Override
  public PoseTrack apply(PoseTrack track, TrackGeometry g, RepWindow r) {
    double px = g.forwardX() * g.pixels(cm);
    return TrackEdit.edit(
        track,
        r.floorBreak(),
        r.lockout(),
        f -> {
          double w = weight(f.index(), r);
          return TrackEdit.shift(
              TrackEdit.shift(f, TrackEdit.HANDS, w * px, 0), TrackEdit.ELBOWS, w * px / 2, 0);
        });
  }
}
