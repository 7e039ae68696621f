package dev.hinge.synthetic;

import dev.hinge.faults.FaultCode;
import java.util.List;
import java.util.Set;

/**
 * What the synthetic lifter really did, frame by frame and rep by rep. {@code backBendDeg} is the
 * spine's bend between shoulder and hip (positive rounding, negative arching): what a segmentation
 * silhouette would show.
 */
public record GroundTruth(
    double[] trunkDeg,
    double[] hipDeg,
    double[] kneeDeg,
    double[] backBendDeg,
    List<RepTruth> reps) {

  /** Frames of a rep's boundaries, its true mean concentric velocity and the injected faults. */
  public record RepTruth(
      int floorBreakFrame,
      int kneeFrame,
      int lockoutFrame,
      int descentStartFrame,
      int descentEndFrame,
      double meanConcentricVelocityMps,
      Set<FaultCode> faults) {}
}
