package dev.hinge.eval.inject;

import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.synthetic.GroundTruth;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import java.util.Collections;

/** A clean synthetic set without jitter, and what the injection tests measure on it. */
final class Synthetic {
  private Synthetic() {}

  /** 3 mm per pixel, lifter facing +x (the synthetic lifter faces right unless told otherwise). */
  static final TrackGeometry GEOMETRY = new TrackGeometry(0.003, 1);

  static SyntheticLifter.Result set(int reps, double lockoutHoldS) {
    SetSpec spec =
        new SetSpec(
            11,
            Collections.nCopies(
                reps, new SetSpec.RepSpec(1.0, lockoutHoldS, 1.2, java.util.Set.of())),
            false,
            1.78,
            30,
            3.5,
            0,
            800,
            0.0,
            0.0,
            0.0,
            false,
            true);
    return SyntheticLifter.generate(spec);
  }

  static RepWindow window(GroundTruth.RepTruth t) {
    return new RepWindow(
        t.floorBreakFrame(),
        t.kneeFrame(),
        t.lockoutFrame(),
        t.descentStartFrame(),
        t.descentEndFrame());
  }

  static double[] mid(PoseFrame f, BodyLandmark l, BodyLandmark r) {
    return TrackEdit.mid(f, l, r);
  }

  static double[] hip(PoseFrame f) {
    return mid(f, BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP);
  }

  static double[] shoulder(PoseFrame f) {
    return mid(f, BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER);
  }

  static double[] knee(PoseFrame f) {
    return mid(f, BodyLandmark.LEFT_KNEE, BodyLandmark.RIGHT_KNEE);
  }

  static double[] ankle(PoseFrame f) {
    return mid(f, BodyLandmark.LEFT_ANKLE, BodyLandmark.RIGHT_ANKLE);
  }

  static double[] wrist(PoseFrame f) {
    return mid(f, BodyLandmark.LEFT_WRIST, BodyLandmark.RIGHT_WRIST);
  }

  static double dist(double[] a, double[] b) {
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  }
}
