package dev.hinge.pipeline;

import dev.hinge.faults.Fault;
import dev.hinge.load.LoadEstimate;
import dev.hinge.reps.Rep;
import dev.hinge.reps.RepMetrics;
import java.util.List;

/** One rep with its metrics, load estimate and faults. */
public record RepAnalysis(Rep rep, RepMetrics metrics, LoadEstimate load, List<Fault> faults) {
  public RepAnalysis {
    faults = List.copyOf(faults);
  }
}
