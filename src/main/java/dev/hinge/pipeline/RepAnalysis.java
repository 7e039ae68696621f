package dev.hinge.pipeline;

import dev.hinge.faults.Fault;
import dev.hinge.faults.FaultCode;
import dev.hinge.kinematics.ViewKind;
import dev.hinge.load.LoadEstimate;
import dev.hinge.reps.Rep;
import dev.hinge.reps.RepMetrics;
import java.util.List;
import java.util.Map;

/**
 * One rep with its metrics, load estimate and faults, the judgements its own evidence could not
 * support (code → why), besides those the whole clip withheld, and how the camera of the rep's shot
 * saw the lifter.
 */
public record RepAnalysis(
    Rep rep,
    RepMetrics metrics,
    LoadEstimate load,
    List<Fault> faults,
    Map<FaultCode, String> notJudged,
    ViewKind view) {
  public RepAnalysis {
    faults = List.copyOf(faults);
    notJudged = Map.copyOf(notJudged);
  }

  /**
   * Whether the camera saw the lifter's side (at an angle, perhaps): the trunk's angles and the
   * bar's distances ahead of the body mean something. From the front they are depth.
   */
  public boolean sideSeen() {
    return view != ViewKind.FRONT;
  }
}
