package dev.hinge.eval.inject;

import dev.hinge.faults.FaultCode;
import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.Landmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.reps.RepMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Leaning back at the top: the upper body (head, shoulders; the elbows half as much) turns back
 * about the hips so that at lockout the trunk is {@code deg} past vertical, whatever the lifter's
 * own angle there. It comes in over the last half of knee-to-lockout. {@code hold}: he stays leaned
 * back until the descent starts, and straightens over its first third; otherwise he leans back for
 * a moment and is back to his own posture as many frames after lockout as it took to get there. The
 * hands stay on the bar, at his own height and place.
 */
public record LockoutLeanBack(double deg, boolean hold) implements Injection {

  static final List<BodyLandmark> TURNED =
      List.of(
          BodyLandmark.NOSE,
          BodyLandmark.LEFT_EYE_INNER,
          BodyLandmark.LEFT_EYE,
          BodyLandmark.LEFT_EYE_OUTER,
          BodyLandmark.RIGHT_EYE_INNER,
          BodyLandmark.RIGHT_EYE,
          BodyLandmark.RIGHT_EYE_OUTER,
          BodyLandmark.LEFT_EAR,
          BodyLandmark.RIGHT_EAR,
          BodyLandmark.MOUTH_LEFT,
          BodyLandmark.MOUTH_RIGHT,
          BodyLandmark.LEFT_SHOULDER,
          BodyLandmark.RIGHT_SHOULDER);

  @Override
  public String kind() {
    return hold ? "leans back at lockout, held" : "leans back at lockout, brief";
  }

  @Override
  public String size() {
    return String.format(Locale.ROOT, "%.0f°", deg);
  }

  @Override
  public double sizeValue() {
    return deg;
  }

  @Override
  public FaultCode code() {
    return FaultCode.LOCKOUT_HYPEREXTENSION;
  }

  @Override
  public String metric() {
    return "leanBackFromLegsDeg";
  }

  @Override
  public double metric(RepMetrics m) {
    return m.leanBackFromLegsDeg();
  }

  /** Degrees past vertical the trunk leans at lockout. */
  @Override
  public double achieved(PoseTrack before, PoseTrack after, TrackGeometry g, RepWindow r) {
    PoseFrame b = after.frames().get(r.lockout());
    return b.hasPose() ? -trunkDeg(b, g.forwardX()) : Double.NaN;
  }

  double weight(int i, RepWindow r) {
    int in = r.kneePass() + (r.lockout() - r.kneePass()) / 2;
    if (i <= r.lockout()) {
      return TrackEdit.rampUp(i, in, r.lockout());
    }
    if (hold) {
      int out = r.descentStart() + Math.max(1, (r.descentEnd() - r.descentStart()) / 3);
      return i <= r.descentStart() ? 1 : 1 - TrackEdit.rampUp(i, r.descentStart(), out);
    }
    return 1 - TrackEdit.rampUp(i, r.lockout(), r.lockout() + (r.lockout() - in));
  }

  /** The trunk's lean from vertical in the image, degrees, positive towards where he faces. */
  static double trunkDeg(PoseFrame f, int forwardX) {
    double[] s = TrackEdit.mid(f, BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER);
    double[] h = TrackEdit.mid(f, BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP);
    return Math.toDegrees(Math.atan2(forwardX * (s[0] - h[0]), h[1] - s[1]));
  }

  @Override
  public PoseTrack apply(PoseTrack track, TrackGeometry g, RepWindow r) {
    PoseFrame top = track.frames().get(r.lockout());
    if (!top.hasPose()) {
      return track;
    }
    double turn = trunkDeg(top, g.forwardX()) + deg;
    int last = hold ? r.descentEnd() : r.lockout() + (r.lockout() - r.kneePass());
    return TrackEdit.edit(
        track, r.kneePass(), last, f -> lean(f, turn * weight(f.index(), r), g.forwardX()));
  }

  /** The frame with the upper body turned back by {@code deg} about the hips. */
  static PoseFrame lean(PoseFrame f, double deg, int forwardX) {
    if (!f.hasPose() || deg == 0) {
      return f;
    }
    double[] h = TrackEdit.mid(f, BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP);
    List<Landmark> image = new ArrayList<>(f.image());
    for (BodyLandmark b : TURNED) {
      image.set(b.index(), turn(image.get(b.index()), h, deg, forwardX));
    }
    for (BodyLandmark b : TrackEdit.ELBOWS) {
      image.set(b.index(), turn(image.get(b.index()), h, deg / 2, forwardX));
    }
    return new PoseFrame(f.index(), f.tMs(), f.presence(), image, f.world(), f.back(), f.camera());
  }

  /**
   * Turns a landmark about {@code h} by {@code deg} backwards: in (forward, up) coordinates a point
   * straight above the hip ends {@code deg} behind vertical.
   */
  static Landmark turn(Landmark l, double[] h, double deg, int forwardX) {
    double fwd = forwardX * (l.x() - h[0]);
    double up = h[1] - l.y();
    double c = Math.cos(Math.toRadians(deg));
    double s = Math.sin(Math.toRadians(deg));
    double fwd2 = fwd * c - up * s;
    double up2 = fwd * s + up * c;
    return new Landmark(h[0] + forwardX * fwd2, h[1] - up2, l.z(), l.visibility(), l.presence());
  }
}
