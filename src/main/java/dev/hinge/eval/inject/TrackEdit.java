package dev.hinge.eval.inject;

import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.Landmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Small helpers the injections share: midpoints, moving landmarks, smooth ramps. */
final class TrackEdit {
  private TrackEdit() {}

  /** The midpoint of a left/right pair in the image, {x, y} in pixels. */
  static double[] mid(PoseFrame f, BodyLandmark left, BodyLandmark right) {
    Landmark a = f.image(left);
    Landmark b = f.image(right);
    return new double[] {(a.x() + b.x()) / 2, (a.y() + b.y()) / 2};
  }

  /** The frame with the image landmarks in {@code which} moved by (dx, dy) pixels. */
  static PoseFrame shift(PoseFrame f, List<BodyLandmark> which, double dx, double dy) {
    if (!f.hasPose() || (dx == 0 && dy == 0)) {
      return f;
    }
    List<Landmark> image = new ArrayList<>(f.image());
    for (BodyLandmark b : which) {
      Landmark l = image.get(b.index());
      image.set(
          b.index(), new Landmark(l.x() + dx, l.y() + dy, l.z(), l.visibility(), l.presence()));
    }
    return new PoseFrame(f.index(), f.tMs(), f.presence(), image, f.world(), f.back(), f.camera());
  }

  /** The track with each frame in [from, to] replaced by {@code edit}'s result. */
  static PoseTrack edit(PoseTrack t, int from, int to, UnaryOperator<PoseFrame> edit) {
    List<PoseFrame> frames = new ArrayList<>(t.frames());
    for (int i = Math.max(0, from); i <= Math.min(frames.size() - 1, to); i++) {
      frames.set(i, edit.apply(frames.get(i)));
    }
    return new PoseTrack(t.video(), t.model(), frames);
  }

  /** 0 at 0, 1 at 1, flat at both ends. */
  static double smoothstep(double x) {
    double c = Math.max(0, Math.min(1, x));
    return c * c * (3 - 2 * c);
  }

  /** The ramp from 0 at frame {@code a} to 1 at frame {@code b}. */
  static double rampUp(int i, int a, int b) {
    return b <= a ? (i >= a ? 1 : 0) : smoothstep((i - a) / (double) (b - a));
  }

  static final List<BodyLandmark> HIPS = List.of(BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP);
  static final List<BodyLandmark> KNEES = List.of(BodyLandmark.LEFT_KNEE, BodyLandmark.RIGHT_KNEE);
  static final List<BodyLandmark> HANDS =
      List.of(
          BodyLandmark.LEFT_WRIST,
          BodyLandmark.RIGHT_WRIST,
          BodyLandmark.LEFT_PINKY,
          BodyLandmark.RIGHT_PINKY,
          BodyLandmark.LEFT_INDEX,
          BodyLandmark.RIGHT_INDEX,
          BodyLandmark.LEFT_THUMB,
          BodyLandmark.RIGHT_THUMB);
  static final List<BodyLandmark> ELBOWS =
      List.of(BodyLandmark.LEFT_ELBOW, BodyLandmark.RIGHT_ELBOW);
}
