package dev.hinge.reps;

import dev.hinge.kinematics.Kinematics;
import java.util.List;
import java.util.Optional;

/**
 * One pull. {@code floorBreakFrame} is where the bar leaves the floor (start of the concentric),
 * {@code lockoutFrame} where it stops rising. A partial rep says why in {@code partialReason}. A
 * {@code missed} pull is a partial rep whose bar stalled short of lockout and came back down: its
 * {@code lockoutFrame} is where it stalled.
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
    boolean missed) {

  public Rep {
    phases = List.copyOf(phases);
  }

  public Optional<Phase> phase(PhaseName name) {
    return phases.stream().filter(p -> p.name() == name).findFirst();
  }

  /** How near the top a lost pose hides it: within this of the lockout phase, seconds. */
  static final double TOP_LOST_WITHIN_S = 0.1;

  /**
   * Whether the model lost the pose ({@link Kinematics#lost}) at this rep's top: on a frame of its
   * lockout phase (the lockout frame alone where it has none) or within {@link #TOP_LOST_WITHIN_S}
   * of it. The lockout was then not seen, and nothing is judged on it.
   */
  public boolean topLost(Kinematics k) {
    return topLost(
        k, lockoutFrame, phase(PhaseName.LOCKOUT).map(Phase::endFrame).orElse(lockoutFrame));
  }

  static boolean topLost(Kinematics k, int lockout, int lockEnd) {
    int r = (int) Math.round(TOP_LOST_WITHIN_S * k.fps());
    boolean[] lost = k.lost();
    for (int i = Math.max(0, lockout - r); i <= Math.min(k.frameCount() - 1, lockEnd + r); i++) {
      if (lost[i]) {
        return true;
      }
    }
    return false;
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
        missed);
  }
}
