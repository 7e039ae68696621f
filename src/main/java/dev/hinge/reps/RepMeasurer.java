package dev.hinge.reps;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/** Measures a detected rep. */
public final class RepMeasurer {
  /** The floor break's acceleration is read in this window after the bar leaves the floor. */
  static final double FLOOR_BREAK_WINDOW_MS = 250;

  /** The bar's early speed is read over this long after the floor break. */
  static final double FLOOR_BREAK_SPEED_MS = 150;

  private RepMeasurer() {}

  public static RepMetrics measure(Kinematics k, Rep rep) {
    int a = rep.floorBreakFrame();
    int b = rep.lockoutFrame();
    double concMs = k.t(b) - k.t(a);
    double rise = k.barUpM()[b] - k.barUpM()[a];
    double peak = 0;
    for (int j = a; j <= b; j++) {
      peak = Math.max(peak, k.barVelocityMps()[j]);
    }
    OptionalDouble ecc =
        rep.phase(PhaseName.DESCENT)
            .filter(p -> p.endFrame() < k.frameCount() && p.endMs() > p.startMs())
            .map(p -> OptionalDouble.of(p.endMs() - p.startMs()))
            .orElse(OptionalDouble.empty());
    int kneeFrame = rep.phase(PhaseName.FLOOR_TO_KNEE).map(Phase::endFrame).orElse(a);
    double hipRise = k.up(Joint.HIP, kneeFrame) - k.up(Joint.HIP, a);
    double shoulderRise = k.up(Joint.SHOULDER, kneeFrame) - k.up(Joint.SHOULDER, a);
    double ratio = kneeFrame == a ? 1.0 : Math.min(10.0, hipRise / Math.max(0.01, shoulderRise));
    Phase lock = rep.phase(PhaseName.LOCKOUT).orElse(new Phase(PhaseName.LOCKOUT, b, b, 0, 0));
    double trunkLock = Series.medianOf(k.trunkDeg(), lock.startFrame(), lock.endFrame());
    // the feet stay planted through a pull, but their landmarks hide behind the plates: measure
    // from where mid-foot sits over the whole pull, not from each frame's guess
    double midFoot = Series.medianOf(k.midFootForwardM(), a, b);
    double[] wrist = k.forward(Joint.WRIST);
    double drift = 0;
    int driftFrame = a;
    for (int j = a; j <= b; j++) {
      double d = Math.abs(wrist[j] - midFoot);
      if (d > drift) {
        drift = d;
        driftFrame = j;
      }
    }
    double acc = floorBreakAcceleration(k, a, b);
    double meanVelocity = concMs > 0 ? rise / (concMs / 1000.0) : 0;
    double speedRatio = floorBreakSpeedRatio(k, a, b, peak, meanVelocity);
    double head = Series.medianOf(k.headDeg(), a, kneeFrame);
    int top = leanBackFrame(k, rep, lock);
    int[] plateau = leanPlateau(k, rep, top);
    double[] legs = legsAtTheTop(k, plateau);
    int kneeHeight = kneeHeightFrame(k, rep, a, b);
    double standingChord = standingChord(k, rep, lock);
    double minChord = Double.POSITIVE_INFINITY;
    for (int j = a; j <= kneeFrame; j++) {
      minChord = Math.min(minChord, k.trunkChordM()[j]);
    }
    RepMetrics.Builder m =
        RepMetrics.builder()
            .concentricMs(concMs)
            .eccentricMs(ecc)
            .meanConcentricVelocityMps(meanVelocity)
            .peakConcentricVelocityMps(peak)
            .barRiseM(rise)
            .trunkAngleFloorDeg(k.trunkDeg()[a])
            .trunkAngleLockoutDeg(trunkLock)
            // one frame's knee angle can jump when a shin is half hidden: the median of three
            .kneeAngleStartDeg(
                Series.medianOf(
                    k.kneeDeg(), Math.max(0, a - 1), Math.min(k.frameCount() - 1, a + 1)))
            .thighElevationStartDeg(thighElevation(k, a))
            .hipAngleStartDeg(k.hipDeg()[a])
            .hipShoulderRiseRatio(ratio)
            .trunkAngleChangeEarlyDeg(k.trunkDeg()[kneeHeight] - k.trunkDeg()[a])
            .barDrift(100 * drift, driftFrame)
            .floorBreakAccelerationMps2(acc)
            .floorBreakSpeedRatio(speedRatio)
            .headAngleDeg(head)
            .trunkChordRatio(minChord / standingChord)
            .trunkAngleKneeDeg(k.trunkDeg()[kneeHeight])
            .leanBackAtTheTop(Math.max(0, -k.trunkDeg()[top]), hipAtTheTop(k, plateau))
            .legsAtTheTop(legs[0], legs[1])
            .thighElevationSetupMinDeg(thighElevationSetupMin(k, a))
            .setupHandsSeenShare(handsSeen(k, setupFrom(k, a), a))
            .handsSeenShare(handsSeen(k, a, b));
    excursion(k, a, b, m);
    if (rep.missed()) {
      // read only here: the set's lockout height takes the whole clip's bar range
      m.riseToLockoutM(BarRange.of(k).map(r -> r.topM() - k.barUpM()[a]).orElse(rise));
    }
    return m.build();
  }

  /**
   * The largest gain in bar speed over {@link FloorBreak#ACCELERATION_SPAN_MS} early in the pull,
   * m/s².
   */
  static double floorBreakAcceleration(Kinematics k, int a, int b) {
    double[] v = k.barVelocityMps();
    double acc = 0;
    // a yank's jump in speed can straddle the detected floor break: start one span before it
    int start = a;
    while (start > 0 && k.t(a) - k.t(start - 1) <= FloorBreak.ACCELERATION_SPAN_MS) {
      start--;
    }
    int j2 = start;
    for (int j = start; j < b && k.t(j) - k.t(a) <= FLOOR_BREAK_WINDOW_MS; j++) {
      while (j2 < b && k.t(j2) - k.t(j) < FloorBreak.ACCELERATION_SPAN_MS) {
        j2++;
      }
      double dt = (k.t(j2) - k.t(j)) / 1000.0;
      if (dt > 0) {
        acc = Math.max(acc, (v[j2] - v[j]) / dt);
      }
    }
    return acc;
  }

  /**
   * How many times the rep's mean speed the lift starts at: over the first {@link
   * #FLOOR_BREAK_SPEED_MS} from the first frame the bar really moves (a tenth of its peak speed, so
   * that a boundary a frame early does not dilute it), for the bar and for the shoulders it hangs
   * from, whichever is less; 0 when that one fell (shoulders that sink as the bar starts: a dip, or
   * a tilting camera). The hands hang from the shoulders: a bar really torn off the floor takes
   * them along, while a hand landmark rebounding from a dip into the plate (bx_good018) moves the
   * hands alone. The shoulders' first 150 ms start where they start rising ({@link
   * #shouldersStart}): a lifter who takes the slack out raises them before the bar leaves the
   * floor, and a hand landmark that dips or stalls behind the plate places the bar's start late, in
   * the middle of a steady rise (a mirrored jur_deadlift2: the bar's start read 0.4 s late, 1.48
   * against 0.30).
   */
  static double floorBreakSpeedRatio(Kinematics k, int a, int b, double peak, double meanVelocity) {
    double concS = (k.t(b) - k.t(a)) / 1000.0;
    int moving = a;
    while (moving < b && k.barVelocityMps()[moving] < 0.1 * peak) {
      moving++;
    }
    double barRatio = meanVelocity > 0 ? speedOver(k, k.barUpM(), moving, b) / meanVelocity : 0;
    double[] sh = k.up(Joint.SHOULDER);
    double shoulderMean = concS > 0 ? (sh[b] - sh[a]) / concS : 0;
    double shoulderRatio =
        shoulderMean > 0 ? speedOver(k, sh, shouldersStart(k, moving, a, b), b) / shoulderMean : 0;
    return Math.max(0, Math.min(barRatio, shoulderRatio));
  }

  /** The shoulders are looked for rising at most this long before the bar moves. */
  static final double SHOULDERS_LEAD_S = 0.5;

  /**
   * A lead of the shoulders this short is the low-pass filter's (at 6 Hz it spreads a sudden start
   * over about as long), not the lifter's: only the lead beyond it moves their window.
   */
  static final double SHOULDERS_LEAD_TOLERANCE_S = 0.1;

  /**
   * Where the shoulders' first 150 ms starts: from the frame the bar moves, back while they rise at
   * a tenth of their peak speed over the pull or more (for at most {@link #SHOULDERS_LEAD_S}), less
   * {@link #SHOULDERS_LEAD_TOLERANCE_S}.
   */
  static int shouldersStart(Kinematics k, int moving, int a, int b) {
    double[] sh = k.up(Joint.SHOULDER);
    double peak = 0;
    for (int j = Math.max(1, a); j <= b; j++) {
      peak = Math.max(peak, speedBetween(k, sh, j - 1, j));
    }
    int start = moving;
    while (start > 0
        && k.t(moving) - k.t(start - 1) <= SHOULDERS_LEAD_S * 1000
        && speedBetween(k, sh, start - 1, start) >= 0.1 * peak
        && peak > 0) {
      start--;
    }
    int from = start;
    while (start < moving && k.t(start) - k.t(from) < SHOULDERS_LEAD_TOLERANCE_S * 1000) {
      start++;
    }
    return start;
  }

  /** The mean speed of {@code h} over {@link #FLOOR_BREAK_SPEED_MS} from frame {@code from}. */
  static double speedOver(Kinematics k, double[] h, int from, int b) {
    int to = from;
    while (to < b && k.t(to) - k.t(from) < FLOOR_BREAK_SPEED_MS) {
      to++;
    }
    return to > from ? speedBetween(k, h, from, to) : 0;
  }

  private static double speedBetween(Kinematics k, double[] h, int from, int to) {
    return (h[to] - h[from]) / ((k.t(to) - k.t(from)) / 1000.0);
  }

  /** How long before the floor break the set-up's lowest hips are looked for. */
  static final double SETUP_WINDOW_S = 1.0;

  /** How far around the top a lean-back is looked for: a lean the lifter does not hold counts. */
  static final double TOP_WINDOW_S = 0.5;

  /**
   * How far the trunk may lean back less than at its most and still count as the same lean-back:
   * the stretch over which the hips' angle is read.
   */
  static final double LEAN_PLATEAU_DEG = 3;

  /**
   * The hips' angle over the lean-back's plateau ({@link #leanPlateau}), as a median: the knee
   * landmark, hidden behind the plates or the far leg at the top, wobbles by 5–10° from frame to
   * frame, and the thigh with it.
   */
  static double hipAtTheTop(Kinematics k, int[] plateau) {
    return Series.medianOf(k.hipDeg(), plateau[0], plateau[1]);
  }

  /**
   * The rep's frames next to {@code top} whose trunk leans back within {@link #LEAN_PLATEAU_DEG} of
   * it: first and last.
   */
  static int[] leanPlateau(Kinematics k, Rep rep, int top) {
    double[] trunk = k.trunkDeg();
    double limit = trunk[top] + LEAN_PLATEAU_DEG;
    int from = top;
    while (from > rep.startFrame() && trunk[from - 1] <= limit) {
      from--;
    }
    int to = top;
    int last = Math.min(rep.endFrame(), k.frameCount() - 1);
    while (to < last && trunk[to + 1] <= limit) {
      to++;
    }
    return new int[] {from, to};
  }

  /**
   * How far the trunk leans back past the line from the ankle to the hip, degrees, and that line's
   * own lean back from vertical, each over the lean-back's plateau (median): the hips pushed
   * through and the shoulders behind them, read against the lifter's own legs rather than the
   * picture's vertical, which a tilted camera tilts. The ankle, not the knee: at the top the plates
   * hide the knees, not the feet.
   */
  static double[] legsAtTheTop(Kinematics k, int[] p) {
    double[] leg = new double[p[1] - p[0] + 1];
    double[] rel = new double[leg.length];
    for (int j = p[0]; j <= p[1]; j++) {
      leg[j - p[0]] = legLine(k, j);
      rel[j - p[0]] = -k.trunkDeg()[j] - leg[j - p[0]];
    }
    return new double[] {
      Series.medianOf(rel, 0, rel.length - 1), Series.medianOf(leg, 0, leg.length - 1)
    };
  }

  /** The line from the ankle up to the hip at frame {@code j}, degrees back from vertical. */
  static double legLine(Kinematics k, int j) {
    return -Math.toDegrees(
        Math.atan2(
            k.forward(Joint.HIP, j) - k.forward(Joint.ANKLE, j),
            k.up(Joint.HIP, j) - k.up(Joint.ANKLE, j)));
  }

  /** The top starts where the bar has risen this share of the way to lockout. */
  static final double TOP_SHARE = 0.8;

  /**
   * The frame the trunk leans back most around the top: from where the bar is {@link #TOP_SHARE} of
   * the way up (at most a second before lockout) to the end of the hold, and at least {@link
   * #TOP_WINDOW_S} on, but not past the first third of the descent. The second-most-leaned frame,
   * so that one jittery frame does not decide.
   */
  static int leanBackFrame(Kinematics k, Rep rep, Phase lock) {
    int half = (int) Math.round(TOP_WINDOW_S * k.fps());
    // from where the bar is 80 % of the way up: a lifter can lean back into the lockout
    double[] h = k.barUpM();
    int fb = rep.floorBreakFrame();
    double nearTop = h[fb] + TOP_SHARE * (h[rep.lockoutFrame()] - h[fb]);
    int from = rep.lockoutFrame();
    while (from > fb && h[from - 1] >= nearTop) {
      from--;
    }
    int to = Math.max(lock.endFrame(), rep.lockoutFrame() + half);
    Optional<Phase> descent = rep.phase(PhaseName.DESCENT);
    if (descent.isPresent()) {
      Phase d = descent.get();
      to =
          Math.min(
              to, Math.max(lock.endFrame(), d.startFrame() + (d.endFrame() - d.startFrame()) / 3));
    }
    to = Math.min(to, k.frameCount() - 1);
    int first = from;
    int second = from;
    for (int j = from; j <= to; j++) {
      if (k.trunkDeg()[j] < k.trunkDeg()[first]) {
        second = first;
        first = j;
      } else if (j != first && k.trunkDeg()[j] < k.trunkDeg()[second]) {
        second = j;
      }
    }
    return to > from ? second : first;
  }

  /**
   * Where the bar first reaches the lifter's standing knee height (the knees' height over the rep's
   * upper decile): unlike each frame's knee, it does not rise when the knees straighten early, so a
   * hips-first pull is read over the same stretch of bar travel as a good one.
   */
  static int kneeHeightFrame(Kinematics k, Rep rep, int a, int b) {
    // the rep's own frames hold its standing moments (lockout, the top of its set-up or descent):
    // read from them, not from the whole clip, which a long set would sort once per rep
    double knee =
        Series.quantile(k.up(Joint.KNEE), k.present(), rep.startFrame(), rep.endFrame(), 0.9);
    int j = a;
    while (j < b && k.barUpM()[j] < knee) {
      j++;
    }
    return j;
  }

  /**
   * The thigh's lowest angle above horizontal over the set-up's last {@link #SETUP_WINDOW_S}, over
   * the frames whose hands were seen (all of them if none was): where the plates hide the hands
   * they hide the knees just behind the bar too, and the model's guess for them can fold the thigh
   * flat (svr_deadlift: knees 28 cm in front of the ankles, hips visibly high).
   */
  static double thighElevationSetupMin(Kinematics k, int a) {
    int from = setupFrom(k, a);
    boolean anySeen = handsSeen(k, from, a) > 0;
    double min = thighElevation(k, a);
    for (int j = from + 1; j < a; j++) {
      if (!anySeen || !k.barFromShoulders()[j]) {
        min = Math.min(min, thighElevation(k, j));
      }
    }
    return min;
  }

  /** The first frame of the set-up's last {@link #SETUP_WINDOW_S} before the floor break. */
  static int setupFrom(Kinematics k, int a) {
    return Math.max(0, a - (int) Math.round(SETUP_WINDOW_S * k.fps()));
  }

  /** The share of frames {@code a}..{@code b} whose bar height came from the hands. */
  static double handsSeen(Kinematics k, int a, int b) {
    int seen = 0;
    for (int j = a; j <= b; j++) {
      if (!k.barFromShoulders()[j]) {
        seen++;
      }
    }
    return seen / (double) (b - a + 1);
  }

  /**
   * The hands' largest bow forward of the straight line from where the bar left the floor to where
   * it locked out (by height: at each height the straight path's place), over the frames the hands
   * were seen. A good bar path is close to that line, and many curve back towards the hips near the
   * top; measuring from the floor break's place instead would hide a drift that such a path
   * cancels.
   */
  static void excursion(Kinematics k, int a, int b, RepMetrics.Builder m) {
    double[] x = k.forward(Joint.WRIST);
    double[] h = k.barUpM();
    double rise = h[b] - h[a];
    double most = 0;
    int at = a;
    for (int j = a; j <= b; j++) {
      if (k.barFromShoulders()[j]) {
        continue;
      }
      double share = rise > 0 ? Math.max(0, Math.min(1, (h[j] - h[a]) / rise)) : 0;
      double bow = x[j] - (x[a] + share * (x[b] - x[a]));
      if (bow > most) {
        most = bow;
        at = j;
      }
    }
    m.barExcursion(100 * most, at);
  }

  /** The thigh's angle above horizontal, median over the floor break and its neighbours. */
  static double thighElevation(Kinematics k, int a) {
    int from = Math.max(0, a - 1);
    int to = Math.min(k.frameCount() - 1, a + 1);
    double[] e = new double[to - from + 1];
    for (int j = from; j <= to; j++) {
      double dy = k.up(Joint.HIP, j) - k.up(Joint.KNEE, j);
      double dx = Math.abs(k.forward(Joint.HIP, j) - k.forward(Joint.KNEE, j));
      e[j - from] = Math.toDegrees(Math.atan2(dy, dx));
    }
    return Series.medianOf(e, 0, e.length - 1);
  }

  /** The hip–shoulder distance standing tall: this rep's lockout, else the clip's longest. */
  private static double standingChord(Kinematics k, Rep rep, Phase lock) {
    if (!rep.partial() && lock.endFrame() > lock.startFrame()) {
      return Series.medianOf(k.trunkChordM(), lock.startFrame(), lock.endFrame());
    }
    double[] c = k.trunkChordM().clone();
    Arrays.sort(c);
    return c[(int) Math.round(0.95 * (c.length - 1))];
  }
}
