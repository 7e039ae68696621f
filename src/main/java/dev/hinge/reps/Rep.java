package dev.hinge.reps;

import java.util.List;
import java.util.Optional;

/**
 * One pull. {@code floorBreakFrame} is where the bar leaves the floor (start of the concentric),
 * {@code lockoutFrame} where it stops rising. A partial rep says why in {@code partialReason}.
 */
public record Rep(
    int index,
    boolean partial,
    Optional<String> partialReason,
    int startFrame,
    int endFrame,
    int floorBreakFrame,
    int lockoutFrame,
    List<Phase> phases) {

  public Rep {
    phases = List.copyOf(phases);
  }

  public Optional<Phase> phase(PhaseName name) {
    return phases.stream().filter(p -> p.name() == name).findFirst();
  }
}
