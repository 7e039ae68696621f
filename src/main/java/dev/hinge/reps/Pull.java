package dev.hinge.reps;

/**
 * One pull's frames, as rep detection places them. {@code descentStart} and {@code descentEnd} are
 * -1 when the clip ends before the lifter lowers the bar (or before it reaches the floor).
 *
 * @param floorBreak the last frame with the bar on the floor
 * @param lockout the first frame standing
 * @param end the last frame of the rep (the descent's end, else the last frame it can use)
 * @param rise the first frame of the rise with the bar in the high band
 */
record Pull(
    int setupStart,
    int floorBreak,
    int lockout,
    int descentStart,
    int descentEnd,
    int end,
    int rise) {

  boolean reachesTheFloor() {
    return descentEnd >= 0;
  }

  /** The same pull ending at {@code frame}, the bottom of a touch-and-go. */
  Pull endingAt(int frame) {
    return new Pull(setupStart, floorBreak, lockout, descentStart, frame, frame, rise);
  }

  /** The same pull starting at {@code setup} and leaving the floor at {@code floorBreakFrame}. */
  Pull startingAt(int setup, int floorBreakFrame) {
    return new Pull(setup, floorBreakFrame, lockout, descentStart, descentEnd, end, rise);
  }
}
