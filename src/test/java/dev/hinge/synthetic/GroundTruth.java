package dev.hinge.synthetic;

import dev.hinge.faults.FaultCode;
import java.util.List;
import java.util.Set;

/** What the synthetic lifter really did, frame by frame and rep by rep. */
public record GroundTruth(
    double[] trunkDeg, double[] hipDeg, double[] kneeDeg, List<RepTruth> reps) {

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
