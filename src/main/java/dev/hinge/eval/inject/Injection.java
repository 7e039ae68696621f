package dev.hinge.eval.inject;

import dev.hinge.faults.FaultCode;
import dev.hinge.pose.PoseTrack;
import dev.hinge.reps.RepMetrics;
import java.util.List;

/**
 * A fault of a known size put into a real track. An injection changes the image landmarks of the
 * frames of one rep only (world landmarks, visibility and the back's silhouette are kept), so the
 * rest of the track, and the track's scale, stay the lifter's own.
 */
public sealed interface Injection
    permits HipsRiseEarly, BarDrift, LockoutLeanBack, FasterFloorBreak {

  /** What is injected, e.g. "hips rise early". */
  String kind();

  /** The size as printed, e.g. "10 cm". */
  String size();

  /** The size as a number, in the unit of {@link #size()}. */
  double sizeValue();

  /** The rule that should flag it. */
  FaultCode code();

  /** The name of the metric that rule reads. */
  String metric();

  /** That metric's value on a rep. */
  double metric(RepMetrics m);

  /**
   * The size this injection reached on one rep, in the unit of {@link #size()}, read where the
   * injection states it: the legs, the trunk or the frame count may not allow the full size.
   */
  double achieved(PoseTrack before, PoseTrack after, TrackGeometry geometry, RepWindow rep);

  /** The track with the fault in one rep's frames. */
  PoseTrack apply(PoseTrack track, TrackGeometry geometry, RepWindow rep);

  /** The track with the fault in each of these reps' frames. */
  default PoseTrack apply(PoseTrack track, TrackGeometry geometry, List<RepWindow> reps) {
    PoseTrack out = track;
    for (RepWindow r : reps) {
      out = apply(out, geometry, r);
    }
    return out;
  }

  /** The sizes the harness runs: from the ranges, the largest last. */
  static List<Injection> standard() {
    return List.of(
        new HipsRiseEarly(5),
        new HipsRiseEarly(10),
        new HipsRiseEarly(15),
        new BarDrift(3),
        new BarDrift(5),
        new BarDrift(10),
        new LockoutLeanBack(5, true),
        new LockoutLeanBack(10, true),
        new LockoutLeanBack(15, true),
        new LockoutLeanBack(20, true),
        new LockoutLeanBack(5, false),
        new LockoutLeanBack(10, false),
        new LockoutLeanBack(15, false),
        new LockoutLeanBack(20, false),
        new FasterFloorBreak(1.5),
        new FasterFloorBreak(2),
        new FasterFloorBreak(3));
  }
}
