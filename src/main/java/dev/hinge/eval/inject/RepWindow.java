package dev.hinge.eval.inject;

import dev.hinge.reps.Phase;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.Rep;

/**
 * The frames of one rep an injection works on: the floor break, the bar passing the knees, the
 * lockout, the start of the descent and the bar back down.
 */
public record RepWindow(
    int floorBreak, int kneePass, int lockout, int descentStart, int descentEnd) {

  public RepWindow {
    if (!(floorBreak <= kneePass
        && kneePass <= lockout
        && lockout <= descentStart
        && descentStart <= descentEnd)) {
      throw new IllegalArgumentException(
          "a rep's frames must come in order, found "
              + floorBreak
              + ", "
              + kneePass
              + ", "
              + lockout
              + ", "
              + descentStart
              + ", "
              + descentEnd);
    }
  }

  public static RepWindow of(Rep rep) {
    int fb = rep.floorBreakFrame();
    int lock = Math.max(fb, rep.lockoutFrame());
    int knee =
        Math.min(
            lock, Math.max(fb, rep.phase(PhaseName.FLOOR_TO_KNEE).map(Phase::endFrame).orElse(fb)));
    int descent = Math.max(lock, rep.phase(PhaseName.LOCKOUT).map(Phase::endFrame).orElse(lock));
    int end =
        Math.max(descent, rep.phase(PhaseName.DESCENT).map(Phase::endFrame).orElse(rep.endFrame()));
    return new RepWindow(fb, knee, lock, descent, end);
  }
}
