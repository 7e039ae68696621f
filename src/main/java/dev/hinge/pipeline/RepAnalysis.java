package dev.hinge.pipeline;

import dev.hinge.faults.Fault;
import dev.hinge.faults.FaultCode;
import dev.hinge.load.LoadEstimate;
import dev.hinge.reps.Rep;
import dev.hinge.reps.RepMetrics;
import java.util.List;
import java.util.Map;

/**
 * One rep with its metrics, load estimate and faults, and the judgements its own evidence could not
 * support (code → why), besides those the whole clip withheld.
 */
public record RepAnalysis(
    Rep rep,
    RepMetrics metrics,
    LoadEstimate load,
    List<Fault> faults,
    Map<FaultCode, String> notJudged) {
  public RepAnalysis {
    faults = List.copyOf(faults);
    notJudged = Map.copyOf(notJudged);
  }

  public RepAnalysis(Rep rep, RepMetrics metrics, LoadEstimate load, List<Fault> faults) {
    this(rep, metrics, load, faults, Map.of());
  }
}
