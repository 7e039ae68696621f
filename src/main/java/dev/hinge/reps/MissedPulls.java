package dev.hinge.reps;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import java.util.ArrayList;
import java.util.List;

/**
 * Pulls that stalled: the bar left the floor, rose past the low band but never to the high band,
 * and came back down.
 */
final class MissedPulls {
  /** A missed pull rises at least this much from its floor break. */
  static final double MIN_RISE_M = 0.10;

  private MissedPulls() {}

  /**
   * One missed pull's frames.
   *
   * @param stall where the rise's speed ramp ends (at the latest the highest frame)
   * @param end the end of the way down
   */
  record Missed(int setupStart, int floorBreak, int stall, int end) {}

  /**
   * The missed pulls of the clip: their way down ends where the lifter's speed ramps down (as a
   * rep's coarse end does), the floor break is placed from the speed ramp and then, as for a grind,
   * from the bar's fitted departure ({@link FloorBreak#barDeparture}, {@link
   * FloorBreak#slowStart}); the setup reaches back over the frames at the low band, at most 5 s.
   * Not where the lifter walks meanwhile.
   */
  static List<Missed> find(Motion m, BarRange bar) {
    Kinematics k = m.k();
    double[] h = m.barUpM();
    double[] v = m.speed();
    boolean[] present = m.present();
    double lowThr = bar.lowM();
    List<Missed> out = new ArrayList<>();
    for (Run r : stalls(h, present, lowThr, bar.highM())) {
      int from = r.lastLow();
      int stall = r.top();
      int to = r.backLow();
      double vPeak = Series.max(v, from, to);
      double vMove =
          Math.max(
              CoarsePull.MOVING_SHARE * vPeak,
              Math.max(CoarsePull.MOVING_FLOOR_MPS, m.noiseFloor()));
      int onset = from;
      while (onset > 0 && v[onset - 1] > vMove && h[onset - 1] <= lowThr) {
        onset--;
      }
      onset = Math.max(0, onset - 1);
      int ramp = RampFit.rampStart(v, Math.max(0, onset - 10), stall, Series.max(v, onset, stall));
      if (Math.abs(ramp - onset) <= m.slack() && ramp < stall) {
        onset = Math.max(0, ramp);
      }
      int end = to;
      while (end + 1 < h.length && v[end] > vMove && h[end + 1] <= lowThr) {
        end++;
      }
      if (h[stall] - h[onset] < MIN_RISE_M
          || !shouldersRoseWithTheBar(k, onset, stall, h[stall] - h[onset])
          || Walking.duringPull(k, onset, end)) {
        continue;
      }
      // the bar may hang at its highest a while: it stalled where the rise's speed ramp ends
      int ramp0 = RampFit.rampEnd(v, stall, onset, Series.max(v, onset, stall));
      if (ramp0 > onset && ramp0 < stall) {
        stall = ramp0;
      }
      int setup = onset;
      while (setup > 0
          && h[setup - 1] <= lowThr
          && k.t(onset) - k.t(setup - 1) <= CoarsePull.MAX_SETUP_MS) {
        setup--;
      }
      // a missed pull starts as slowly as a grind: place its floor break the same ways
      int setupFrom = Math.max(setup, onset - m.restFrames());
      if (RestFit.still(m.pose(), present, setupFrom, onset)) {
        int barStart =
            FloorBreak.barDeparture(h, present, setupFrom, onset, stall, setup, m.restFrames());
        if (barStart > setup && barStart < stall && Math.abs(barStart - onset) <= m.slack()) {
          onset = barStart;
        }
      }
      onset = FloorBreak.slowStart(h, present, setup, onset, stall, m.restFrames());
      out.add(new Missed(setup, onset, stall, end));
    }
    return out;
  }

  /**
   * The missed pulls that no full pull reads already: a stall between a full pull's floor break and
   * its lockout is that pull's own rise, read once. The full pull's floor break is placed from the
   * bar's departure and the trunk (a grind's slow start), which can reach back across a rise and
   * fall the low band saw: a bar that dips on its way up (a hitch), or a hand-held camera that
   * sways while the lifter sets up (prk_sumo's shaking copy: a "missed" pull of 30 cm inside a full
   * rep's 3.4 s rise, flagged TOO_HEAVY). A lifter who misses a pull sets up again before the next,
   * so a real miss ends before the next pull's floor break.
   */
  static List<Missed> withoutFullPulls(List<Missed> missed, List<Pull> full) {
    List<Missed> out = new ArrayList<>();
    for (Missed m : missed) {
      boolean inside = false;
      for (Pull p : full) {
        inside |= m.stall() >= p.floorBreak() && m.floorBreak() <= p.lockout();
      }
      if (!inside) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * A bar lifted with straight arms takes the shoulders up with it, about as far: a missed pull's
   * shoulders rise at least this share of the bar's rise. Hands that rise alone are the lifter
   * setting his grip, wedging, or hand landmarks shifting, not a pull: on the real set and on
   * mirrored, rotated, darkened and far copies of it, every rise that stalled without the shoulders
   * rose them 5–40 % of the hands' rise (none is labelled a partial pull); the shoulders of a pull
   * rise with the bar (99 % on jqp_sumo's wedge, 110 % in the hand-made sets).
   */
  static final double SHOULDERS_WITH_BAR = 0.6;

  static boolean shouldersRoseWithTheBar(Kinematics k, int from, int to, double barRiseM) {
    double[] shoulder = k.up(Joint.SHOULDER);
    return shoulder[to] - shoulder[from] >= SHOULDERS_WITH_BAR * barRiseM;
  }

  /**
   * A run of the bar above the low band: the last frame at the low band before it, its highest
   * frame, the first frame back at the low band.
   */
  private record Run(int lastLow, int top, int backLow) {}

  /** The runs that left the low band and came back to it without reaching the high band. */
  private static List<Run> stalls(double[] h, boolean[] present, double lowThr, double highThr) {
    List<Run> runs = new ArrayList<>();
    int lastLow = -1;
    int top = -1;
    boolean high = false;
    for (int j = 0; j < h.length; j++) {
      if (!present[j]) {
        continue;
      }
      if (h[j] <= lowThr) {
        if (top >= 0 && !high && lastLow >= 0) {
          runs.add(new Run(lastLow, top, j));
        }
        top = -1;
        high = false;
        lastLow = j;
      } else {
        if (top < 0 || h[j] > h[top]) {
          top = j;
        }
        high |= h[j] >= highThr;
      }
    }
    return runs;
  }
}
