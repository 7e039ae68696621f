package dev.hinge.faults;

import dev.hinge.kinematics.Kinematics;
import dev.hinge.reps.Phase;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.Rep;
import dev.hinge.reps.RepMetrics;
import dev.hinge.testing.HandMadeKinematics;
import dev.hinge.testing.HandMadeMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reps written by hand for the rule tests, at 30 fps: setup 0–10, floor break 10, bar at the knees
 * 20, lockout 40–50, descent 50–60; and the metrics of a clean pull, to be changed by name.
 */
final class HandMadeReps {
  static final int FLOOR_BREAK = 10;
  static final int KNEE = 20;
  static final int LOCKOUT = 40;

  private HandMadeReps() {}

  static Kinematics kinematics() {
    return HandMadeKinematics.frames(80, 30).build();
  }

  static Rep full() {
    return rep(
        false,
        false,
        phase(PhaseName.SETUP, 0, FLOOR_BREAK),
        phase(PhaseName.FLOOR_TO_KNEE, FLOOR_BREAK, KNEE),
        phase(PhaseName.KNEE_TO_LOCKOUT, KNEE, LOCKOUT),
        phase(PhaseName.LOCKOUT, LOCKOUT, 50),
        phase(PhaseName.DESCENT, 50, 60));
  }

  /** A partial rep that starts with the bar above the knees (from blocks, say). */
  static Rep fromAboveTheKnees() {
    return rep(
        true,
        false,
        phase(PhaseName.KNEE_TO_LOCKOUT, FLOOR_BREAK, LOCKOUT),
        phase(PhaseName.LOCKOUT, LOCKOUT, 50),
        phase(PhaseName.DESCENT, 50, 60));
  }

  /** A pull that stalled above the knees at frame 30 and came back down. */
  static Rep missed() {
    return new Rep(
        1,
        true,
        Optional.of("missed"),
        0,
        45,
        FLOOR_BREAK,
        30,
        List.of(
            phase(PhaseName.SETUP, 0, FLOOR_BREAK),
            phase(PhaseName.FLOOR_TO_KNEE, FLOOR_BREAK, KNEE),
            phase(PhaseName.KNEE_TO_LOCKOUT, KNEE, 30),
            phase(PhaseName.DESCENT, 30, 45)),
        true,
        true);
  }

  private static Rep rep(boolean partial, boolean missed, Phase... phases) {
    List<Phase> list = new ArrayList<>(List.of(phases));
    return new Rep(
        1,
        partial,
        partial ? Optional.of("partial") : Optional.empty(),
        list.get(0).startFrame(),
        list.get(list.size() - 1).endFrame(),
        FLOOR_BREAK,
        LOCKOUT,
        list,
        missed,
        true);
  }

  private static Phase phase(PhaseName name, int from, int to) {
    return new Phase(name, from, to, 1000.0 * from / 30, 1000.0 * to / 30);
  }

  /** The metrics of a clean, brisk pull: no rule fires on them. */
  static RepMetrics.Builder clean() {
    return HandMadeMetrics.clean();
  }

  static RepContext context(Rep rep, RepMetrics.Builder metrics) {
    return new RepContext(kinematics(), rep, metrics.build(), Optional.empty());
  }

  static RepContext context(Kinematics k, Rep rep, RepMetrics.Builder metrics) {
    return new RepContext(k, rep, metrics.build(), Optional.empty());
  }

  static RepContext context(Rep rep, RepMetrics.Builder metrics, BackCurvatureSource back) {
    return new RepContext(kinematics(), rep, metrics.build(), Optional.of(back));
  }

  /** What the rule finds on the rep, with nothing found before it. */
  static Optional<Finding> judge(FaultRule rule, RepContext c) {
    return rule.judge(c, new EarlierFindings());
  }
}
