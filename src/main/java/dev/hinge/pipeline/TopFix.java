package dev.hinge.pipeline;

import dev.hinge.faults.FaultCode;
import java.util.List;

/** One of the things to fix first: the fault, the reps it showed on, and the cue. */
public record TopFix(FaultCode code, List<Integer> reps, String cue) {
  public TopFix {
    reps = List.copyOf(reps);
  }
}
