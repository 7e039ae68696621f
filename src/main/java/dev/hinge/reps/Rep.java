package dev.hinge.reps;

import java.util.List;
import java.util.Optional;

/**
 * One pull. {@code floorBreakFrame} is where the bar leaves the floor (start of the concentric),
 * {@code lockoutFrame} where it stops rising. A partial rep says why in {@code partialReason}. A
 * {@code missed} pull is a partial rep whose bar stalled short of lockout and came back down: its
 * {@code lockoutFrame} is where it stalled. A full rep whose top the model did not see (the near
 * plate over the lifter) counts from the bar's rise and return, with {@code lockoutSeen} false:
 * nothing is judged at its top.
 */
public record Rep(
    int index,
    boolean partial,
    Optional<String> partialReason,
    int startFrame,
    int endFrame,
    int floorBreakFrame,
    int lockoutFrame,
    List<Phase> phases,
    boolean missed,
    boolean lockoutSeen) {

  public Rep {
    phases = List.copyOf(phases);
  }

  public Optional<Phase> phase(PhaseName name) {
    return phases.stream().filter(p -> p.name() == name).findFirst();
  }

  /** The same rep numbered {@code i} in its set. */
  Rep withIndex(int i) {
    return new Rep(
        i,
        partial,
        partialReason,
        startFrame,
        endFrame,
        floorBreakFrame,
        lockoutFrame,
        phases,
        missed,
        lockoutSeen);
  }

  /** This rep numbered {@code index}, its frames moved {@code offset} later. */
  public Rep shifted(int index, int offset) {
    List<Phase> moved = new java.util.ArrayList<>();
    for (Phase p : phases) {
      moved.add(
          new Phase(
              p.name(), p.startFrame() + offset, p.endFrame() + offset, p.startMs(), p.endMs()));
    }
    return new Rep(
        index,
        partial,
        partialReason,
        startFrame + offset,
        endFrame + offset,
        floorBreakFrame + offset,
        lockoutFrame + offset,
        moved,
        missed,
        lockoutSeen);
  }
}
