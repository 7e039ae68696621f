package dev.hinge.reps;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;

/**
 * Where the bar leaves the floor. The lifter's speed ramp places it first ({@link RampFit}); these
 * steps then read the bar's own departure from its rest, which the ramp misses when the lifter
 * moves before the bar (hips shooting up), when the pull starts slower than the landmarks jitter (a
 * grind), or when the hands wander while he sets his grip. The measurements behind each are in
 * docs/analysis.md.
 */
final class FloorBreak {
  /**
   * A bar that gains speed this fast over {@link #ACCELERATION_SPAN_MS} leaves the floor at once (a
   * yank): the zero-phase filter spreads that kink over a few frames either side, so its filtered
   * height creeps up before the bar really moves. JERKING_THE_BAR's gate is the same figure.
   */
  static final double YANK_MPS2 = 5.0;

  /**
   * A pull whose bar never reaches this speed is a grind: its ends are slower than the landmarks'
   * jitter and are placed from the bar's height instead. TOO_HEAVY's grind is the same figure.
   */
  static final double GRIND_PEAK_MPS = 0.45;

  /**
   * A bar's gain in speed is read over this span, here and in JERKING_THE_BAR's metric: a per-frame
   * second derivative of landmark positions is mostly jitter (on one real clip it read 2.4, 3.1 or
   * 5.5 m/s² from three near-identical tracks of the same pull).
   */
  static final double ACCELERATION_SPAN_MS = 100;

  /** How long before the trunk's speed ramp starts a floor break may still be placed, seconds. */
  static final double TRUNK_LEAD_S = 0.05;

  private FloorBreak() {}

  /**
   * Where the bar leaves its rest, for a lifter still in his setup (frames {@code
   * setupFrom}..{@code onset}): fitted by least squares ({@link RestFit#restInstant}) as the
   * resting height plus a multiple of the squared time since the break, from the start of the setup
   * window up to {@link RestFit#FIT_SHARE} of the pull's travel. Where the window is shorter than
   * {@code restFrames} or its best lies at the window's ends, the crossings of the bar's distance
   * from its rest ({@link RestFit#restEnd}). Returns -1 when neither places it.
   */
  static int barDeparture(
      double[] h,
      boolean[] present,
      int setupFrom,
      int onset,
      int rise,
      int prevEnd,
      int restFrames) {
    double[][] bar = {h};
    double[] barRest = {Series.medianOf(h, setupFrom, onset)};
    int to = fitEnd(h, rise, setupFrom, barRest[0]);
    if (to - setupFrom >= restFrames) {
      double t = RestFit.restInstant(bar, present, setupFrom, to, true);
      if (!Double.isNaN(t)) {
        return (int) Math.round(t);
      }
    }
    return RestFit.restEnd(bar, barRest, rise, prevEnd, RestFit.LEVEL_M);
  }

  /**
   * The bar's departure ({@link #barDeparture}) where the lifter rests still over the {@link
   * RestFit#WINDOW_S} before the coarse floor break {@code onset}; -1 where he does not, or where
   * the departure lands at or before the previous rep's end or more than {@code slack} from {@code
   * onset}.
   */
  static int fromStillSetup(Motion m, int prevEnd, int onset, int rise) {
    int setupFrom = Math.max(prevEnd, onset - m.restFrames());
    if (!RestFit.still(m.pose(), m.present(), setupFrom, onset)) {
      return -1;
    }
    int barStart =
        barDeparture(m.barUpM(), m.present(), setupFrom, onset, rise, prevEnd, m.restFrames());
    if (barStart <= prevEnd || Math.abs(barStart - onset) > m.slack()) {
      return -1;
    }
    return barStart;
  }

  /**
   * A grind's floor break: its speed-based start comes late, because it leaves the floor slower
   * than the landmarks jitter. When the bar is already more than 1 cm above its rest (10th
   * percentile since {@code from}) at {@code onset}, the break is fitted instead ({@link
   * RestFit#restInstant}) from the last frame within 1 cm of rest (and as many frames before it, at
   * least {@code restFrames}) up to {@link RestFit#FIT_SHARE} of the travel. A start that climbs
   * from 1 cm to that height in under {@code restFrames} is fast enough for the speed to place (a
   * yank, at full speed at once, is no parabola); there, and where too little of the rest is in
   * view, the bar, when more than 2 cm up, is walked back to where it was within 1 cm of rest.
   */
  static int slowStart(
      double[] h, boolean[] present, int from, int onset, int rise, int restFrames) {
    double rest = Series.quantile(h, present, from, onset, 0.1);
    if (Double.isNaN(rest) || h[onset] <= rest + RestFit.PLATEAU_BAND_M / 2) {
      return onset;
    }
    int j = onset;
    while (j > from && h[j - 1] > rest + RestFit.PLATEAU_BAND_M / 2) {
      j--;
    }
    int near = Math.max(from, j - 1);
    int to = fitEnd(h, rise, near, rest);
    if (to - near < restFrames) {
      return h[onset] > rest + RestFit.PLATEAU_BAND_M ? near : onset;
    }
    int a = Math.max(from, Math.min(near - (to - near), near - restFrames));
    double t = RestFit.restInstant(new double[][] {h}, present, a, to, true);
    if (t - a < restFrames / 2.0) {
      t = Double.NaN; // too little of the rest in view to fit it
    }
    if (!Double.isNaN(t)) {
      return (int) Math.round(t);
    }
    return h[onset] > rest + RestFit.PLATEAU_BAND_M ? near : onset;
  }

  /**
   * The last frame before {@code rise} (not before {@code floor}) where the bar is still within
   * {@link RestFit#FIT_SHARE} of its travel from {@code rest} to the top it climbs to from {@code
   * rise}: where a departure fit ends.
   */
  static int fitEnd(double[] h, int rise, int floor, double rest) {
    double top = h[rise];
    for (int i = rise; i < h.length && h[i] >= top; i++) {
      top = h[i];
    }
    int to = rise;
    while (to > floor && h[to] > rest + RestFit.FIT_SHARE * (top - rest)) {
      to--;
    }
    return to;
  }

  /**
   * Whether the bar gains speed at {@link #YANK_MPS2} or more over {@link #ACCELERATION_SPAN_MS}
   * from {@code onset}.
   */
  static boolean yank(Kinematics k, int onset) {
    double[] vb = k.barVelocityMps();
    int span = (int) Math.round(ACCELERATION_SPAN_MS / 1000.0 * k.fps());
    int b = Math.min(vb.length - 1, onset + Math.max(1, span));
    double dt = (k.t(b) - k.t(onset)) / 1000.0;
    return dt > 0 && (vb[b] - vb[onset]) / dt >= YANK_MPS2;
  }

  /**
   * Hands that wander while the grip is set rise a little (9 cm of a 50 cm pull on
   * formfit_deadlift); a trunk ramp that starts with the bar already this share of the way to
   * lockout is the trunk moving in the set-up (a hip bounce before the pull), not a bound.
   */
  static final double MAX_WANDER_SHARE = 0.4;

  /**
   * Hand landmarks that wander while the grip is set move by up to 10 cm (formfit_deadlift 9 cm,
   * rex_deadlift's hand-held camera 10 cm, the shoulders with them there); hands this far up and
   * the shoulders with them are a pull already under way.
   */
  static final double MAX_WANDER_M = 0.15;

  /**
   * Whether the bar was pulled from {@code from} to {@code to}, whatever the trunk's speed ramp
   * says: the hands rose at least {@link #MAX_WANDER_M} and the shoulders with them, by at least
   * {@link RepDetector#SHOULDERS_WITH_PULL} of that. A slow start takes the shoulders up with the
   * bar while the trunk's speed is still too low for its ramp to show (jqp_sumo, a grind off the
   * floor filmed by hand: hands 21 cm and shoulders 20 cm up a second before the ramp starts).
   */
  static boolean pulledBefore(Kinematics k, int from, int to) {
    double hands = k.barUpM()[to] - k.barUpM()[from];
    double shoulders = k.up(Joint.SHOULDER, to) - k.up(Joint.SHOULDER, from);
    return hands >= MAX_WANDER_M && shoulders >= RepDetector.SHOULDERS_WITH_PULL * hands;
  }

  /**
   * The bar cannot leave the floor before the lifter's hips or shoulders move: the hands hang from
   * the shoulders, and the legs' push moves the hips. A floor break more than {@link #TRUNK_LEAD_S}
   * before the trunk's own speed ramp starts ({@link RampFit#rampStart} on {@code trunk}, the speed
   * of hips and shoulders) comes from the hand landmarks wandering while the lifter sets his grip,
   * unless the bar was pulled by then ({@link #pulledBefore}). There the bar's departure is fitted
   * again from the height the hands have settled at by that bound, and kept if it lies between the
   * bound and as far after the trunk's start; else the bound is the floor break. Not for grinds
   * (bar never at {@link #GRIND_PEAK_MPS}), whose trunk speed ramps too gently for two crossings to
   * place its start.
   */
  static int notBeforeTheTrunk(
      Kinematics k,
      double[] trunk,
      int onset,
      int prevEnd,
      int coarseOnset,
      int lockout,
      int rest) {
    if (Series.max(k.barVelocityMps(), onset, lockout) < GRIND_PEAK_MPS) {
      return onset;
    }
    double peak = Series.max(trunk, Math.max(prevEnd, coarseOnset - rest), lockout);
    int start = RampFit.rampStart(trunk, Math.max(prevEnd, coarseOnset - 2 * rest), lockout, peak);
    int bound = start - (int) Math.round(TRUNK_LEAD_S * k.fps());
    double[] h = k.barUpM();
    if (bound <= onset
        || bound >= lockout
        || h[bound] - h[onset] > MAX_WANDER_SHARE * (h[lockout] - h[onset])
        || pulledBefore(k, onset, bound)) {
      return onset;
    }
    int from = Math.max(prevEnd, bound - rest / 2);
    int to = fitEnd(h, lockout, bound, Series.medianOf(h, from, bound));
    if (to - from >= rest) {
      double t = RestFit.restInstant(new double[][] {h}, k.present(), from, to, true);
      if (!Double.isNaN(t) && t >= bound && t <= 2 * start - bound) {
        return (int) Math.round(t);
      }
    }
    return bound;
  }
}
