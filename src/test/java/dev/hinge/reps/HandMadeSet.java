package dev.hinge.reps;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.kinematics.ViewKind;
import dev.hinge.testing.HandMadeKinematics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * A set written by hand at 30 fps, without jitter: the bar (hands) rests at 0.2 m, rises to 0.7 m
 * with a (1 − cos) speed profile, is held, and comes back down; hips and shoulders move with it,
 * knees at 0.5 m. Each phase is given in frames, so every boundary is known exactly.
 */
final class HandMadeSet {
  static final double FPS = 30;
  static final double FLOOR_M = 0.2;
  static final double TOP_M = 0.7;

  private final List<double[]> bar = new ArrayList<>();
  private final List<Integer> floorBreaks = new ArrayList<>();
  private final List<Integer> lockouts = new ArrayList<>();
  private final List<Integer> descentEnds = new ArrayList<>();
  private double across;
  private boolean handsOnly;

  /** Resting at the floor for {@code frames}. */
  HandMadeSet rest(int frames) {
    return hold(FLOOR_M, frames);
  }

  private HandMadeSet hold(double m, int frames) {
    for (int i = 0; i < frames; i++) {
      add(m);
    }
    return this;
  }

  /** The hands at {@code m}; the body follows them unless only the hands move. */
  private void add(double m) {
    bar.add(new double[] {m, across, handsOnly ? FLOOR_M : m});
  }

  private HandMadeSet move(double from, double to, int frames) {
    for (int i = 1; i <= frames; i++) {
      double u = (double) i / frames;
      add(from + (to - from) * 0.5 * (1 - Math.cos(Math.PI * u)));
    }
    return this;
  }

  /** A full pull: up in {@code up} frames, held {@code hold}, lowered in {@code down}. */
  HandMadeSet pull(int up, int hold, int down) {
    floorBreaks.add(bar.size() - 1);
    move(FLOOR_M, TOP_M, up);
    lockouts.add(bar.size() - 1);
    hold(TOP_M, hold);
    move(TOP_M, FLOOR_M, down);
    descentEnds.add(bar.size() - 1);
    return this;
  }

  /**
   * A full pull whose top is never still: the lifter circles {@code swayM} across at 3 Hz over the
   * {@code hold} frames at the top (up and down, back and forth, a quarter turn apart, so his speed
   * never drops to zero), as a lifter who does not pause there, or landmarks that jitter, look.
   * {@code hold}: whole turns (a multiple of 10 frames) end where they started.
   */
  HandMadeSet pullWithRestlessTop(int up, int hold, int down, double swayM) {
    floorBreaks.add(bar.size() - 1);
    move(FLOOR_M, TOP_M, up);
    lockouts.add(bar.size() - 1);
    double start = across;
    for (int i = 1; i <= hold; i++) {
      double phase = 2 * Math.PI * 3 * i / FPS;
      across = start + swayM * 0.5 * Math.sin(phase);
      add(TOP_M - swayM * 0.5 * (1 - Math.cos(phase)));
    }
    across = start;
    move(TOP_M, FLOOR_M, down);
    descentEnds.add(bar.size() - 1);
    return this;
  }

  /**
   * A pull whose hold dips {@code dipM} half way through and comes back up before the way down (the
   * lifter shifting at the top; a camera that bobs).
   */
  HandMadeSet pullWithDipAtTheTop(int up, int hold, int down, double dipM) {
    floorBreaks.add(bar.size() - 1);
    move(FLOOR_M, TOP_M, up);
    lockouts.add(bar.size() - 1);
    hold(TOP_M, hold / 2);
    move(TOP_M, TOP_M - dipM, 5);
    move(TOP_M - dipM, TOP_M, 5);
    hold(TOP_M, hold - hold / 2);
    move(TOP_M, FLOOR_M, down);
    descentEnds.add(bar.size() - 1);
    return this;
  }

  /** A pull that stalls at {@code share} of the way up and comes back down. */
  HandMadeSet missed(double share, int up, int down) {
    floorBreaks.add(bar.size() - 1);
    double stall = FLOOR_M + share * (TOP_M - FLOOR_M);
    move(FLOOR_M, stall, up);
    lockouts.add(bar.size() - 1);
    move(stall, FLOOR_M, down);
    descentEnds.add(bar.size() - 1);
    return this;
  }

  /**
   * The hands alone rise to {@code share} of the way up and come back down, hips and shoulders
   * staying where they rest (the lifter setting his grip, or hand landmarks shifting).
   */
  HandMadeSet handsAlone(double share, int up, int down) {
    handsOnly = true;
    double top = FLOOR_M + share * (TOP_M - FLOOR_M);
    move(FLOOR_M, top, up);
    move(top, FLOOR_M, down);
    handsOnly = false;
    return this;
  }

  /**
   * Stands up empty-handed in {@code up} frames, stands a moment, then walks {@code metres} across
   * the picture in {@code frames}.
   */
  HandMadeSet standUpAndWalk(int up, double metres, int frames) {
    floorBreaks.add(bar.size() - 1);
    move(FLOOR_M, TOP_M, up);
    lockouts.add(bar.size() - 1);
    hold(TOP_M, 15);
    for (int i = 1; i <= frames; i++) {
      across = metres * i / frames;
      hold(TOP_M, 1);
    }
    return this;
  }

  /**
   * Starts standing with the hands at lockout height, bends down to the bar in {@code down} frames
   * and pulls at once, without resting at the floor.
   */
  HandMadeSet bendDownAndPull(int standing, int down, int up, int hold, int backDown) {
    hold(TOP_M, standing);
    // at a steady speed down and straight back up: the lifter never comes to rest at the bar
    for (int i = 1; i <= down; i++) {
      add(TOP_M + (FLOOR_M - TOP_M) * i / down);
    }
    floorBreaks.add(bar.size() - 1);
    for (int i = 1; i <= up; i++) {
      add(FLOOR_M + (TOP_M - FLOOR_M) * i / up);
    }
    lockouts.add(bar.size() - 1);
    hold(TOP_M, hold);
    move(TOP_M, FLOOR_M, backDown);
    descentEnds.add(bar.size() - 1);
    return this;
  }

  int floorBreak(int rep) {
    return floorBreaks.get(rep);
  }

  int lockout(int rep) {
    return lockouts.get(rep);
  }

  int descentEnd(int rep) {
    return descentEnds.get(rep);
  }

  Kinematics kinematics() {
    return kinematics(0, ViewKind.SIDE);
  }

  /**
   * The set with straight arms raised forward over the top half of each rise, up to {@code armDeg}
   * from hanging at the top (0: hanging, a deadlift; 90: a kettlebell swing to shoulder height),
   * seen from {@code view}.
   */
  Kinematics kinematics(double armDeg, ViewKind view) {
    int n = bar.size();
    double arm = 0.7;
    IntToDoubleFunction shoulder = i -> 0.9 + 1.1 * (bar.get(i)[2] - FLOOR_M);
    IntToDoubleFunction raise =
        i -> {
          double u = Math.max(0, (bar.get(i)[0] - FLOOR_M) / (TOP_M - FLOOR_M) - 0.5) / 0.5;
          return Math.toRadians(armDeg * u * u * (3 - 2 * u));
        };
    return HandMadeKinematics.frames(n, FPS)
        .view(view)
        .up(
            Joint.ELBOW,
            i -> shoulder.applyAsDouble(i) - arm / 2 * Math.cos(raise.applyAsDouble(i)))
        .forward(Joint.ELBOW, i -> bar.get(i)[1] + arm / 2 * Math.sin(raise.applyAsDouble(i)))
        .up(
            Joint.WRIST,
            i ->
                armDeg == 0
                    ? bar.get(i)[0]
                    : shoulder.applyAsDouble(i) - arm * Math.cos(raise.applyAsDouble(i)))
        .forward(Joint.WRIST, i -> bar.get(i)[1] + arm * Math.sin(raise.applyAsDouble(i)))
        .up(Joint.HIP, i -> 0.55 + 0.8 * (bar.get(i)[2] - FLOOR_M))
        .up(Joint.SHOULDER, shoulder)
        .up(Joint.KNEE, i -> 0.5)
        .up(Joint.ANKLE, i -> 0.1)
        .forward(Joint.HIP, i -> bar.get(i)[1] - 0.1)
        .forward(Joint.SHOULDER, i -> bar.get(i)[1])
        .forward(Joint.KNEE, i -> bar.get(i)[1] + 0.05)
        .forward(Joint.ANKLE, i -> bar.get(i)[1])
        .midFoot(i -> bar.get(i)[1])
        .build();
  }
}
