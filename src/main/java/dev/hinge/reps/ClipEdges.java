package dev.hinge.reps;

import dev.hinge.kinematics.Kinematics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pulls the clip's first or last frame may cut: a video trimmed too tight starts while the bar is
 * already rising, or stops before it reaches the top. Such a pull is not a rep (its floor break or
 * its lockout is not in the clip) and the rep detector leaves it out; this finds the rise, so the
 * lifter is told why a rep may be missing. The hands alone cannot tell a pull from standing up
 * after letting go of the bar (myo_deadlift's lifter does so in its last 0.5 s), so what is found
 * is said as a rise that may have been a pull. Only rises from the floor count, with the lifter in
 * his place: a clip that starts with the bar coming down is a Romanian deadlift starting from the
 * top, or a lift filmed from its lockout; at the start the rise must go on to lockout height and
 * back to the floor before the first rep (the rest of a rep), which walking in or gesturing does
 * not.
 */
public final class ClipEdges {
  /** The bar rising from {@code fromFrame} to {@code toFrame}, cut by the clip's start or end. */
  public record CutPull(boolean atStart, int fromFrame, int toFrame, double riseM) {}

  /** The stretch at each end of the clip whose motion decides, seconds. */
  static final double EDGE_S = 0.2;

  /**
   * The bar's mean speed over that stretch that is a pull and not a lifter shifting his weight: the
   * dev set's slowest full pulls rise at 0.13–0.2 m/s on average, their first and last tenths
   * slower; standing and set-up sway stays under 0.05 m/s.
   */
  static final double MIN_SPEED_MPS = 0.12;

  /**
   * A pull may hitch: the bar dips by less than this and goes on rising (end_midpull_jur's second
   * pull stalls 0.6 cm at the knees).
   */
  static final double HITCH_M = 0.03;

  /** The rise inside the clip must cover this share of the clip's bar range (not a wobble). */
  static final double MIN_RANGE_SHARE = 0.25;

  private ClipEdges() {}

  /** The pulls cut by the clip's ends that none of {@code reps} holds. */
  public static List<CutPull> find(Kinematics k, List<Rep> reps) {
    List<CutPull> out = new ArrayList<>();
    Optional<BarRange> range = BarRange.of(k);
    if (range.isEmpty() || !range.get().holdsAPull()) {
      return out;
    }
    double minRise = MIN_RANGE_SHARE * range.get().travelM();
    double lowBand = range.get().floorM() + BarRange.LOW_BAND * range.get().travelM();
    double highBand = range.get().floorM() + BarRange.HIGH_BAND * range.get().travelM();
    int w = Math.max(2, (int) Math.round(EDGE_S * k.fps()));
    int first = firstPresent(k);
    int last = lastPresent(k);
    if (first < 0 || last - first < 2 * w) {
      return out;
    }
    double[] bar = k.barUpM();
    double[] v = k.barVelocityMps();
    // the start: rising from the first frame, and no rep begins in that stretch
    boolean repAtStart = reps.stream().anyMatch(r -> r.startFrame() <= first + w);
    if (!repAtStart && meanSpeed(v, first, first + w) >= MIN_SPEED_MPS) {
      // to where the bar stops rising: its highest point before it comes down by a hitch or more
      int top = first;
      for (int i = first + 1; i <= last && bar[i] > bar[top] - HITCH_M; i++) {
        if (bar[i] > bar[top]) {
          top = i;
        }
      }
      double rise = bar[top] - bar[first];
      int end = top;
      boolean inRep = reps.stream().anyMatch(r -> r.startFrame() <= end);
      // the rest of a rep follows: the top at lockout height, then the bar back at the floor
      // before the first rep, and the lifter in his place all along (not walking in, gesturing)
      int down = firstAtOrBelow(bar, top, last, lowBand);
      int until = down < 0 ? last : down;
      if (rise >= minRise
          && !inRep
          && bar[top] >= highBand
          && down >= 0
          && reps.stream().allMatch(r -> r.startFrame() >= until - w)
          && Walking.leaves(k, first, until) < 0) {
        out.add(new CutPull(true, first, top, rise));
      }
    }
    // the end: rising to the last frame, after the last rep's lockout
    boolean repAtEnd = reps.stream().anyMatch(r -> r.lockoutFrame() >= last - w);
    if (!repAtEnd && meanSpeed(v, last - w, last) >= MIN_SPEED_MPS) {
      // back to where the bar started rising: its lowest point after it was a hitch or more higher
      int from = last;
      for (int i = last - 1; i >= first && bar[i] < bar[from] + HITCH_M; i--) {
        if (bar[i] < bar[from]) {
          from = i;
        }
      }
      double rise = bar[last] - bar[from];
      int start = from;
      boolean inRep = reps.stream().anyMatch(r -> r.lockoutFrame() >= start);
      // a pull starts from the floor, with the lifter in his place (not walking off)
      if (rise >= minRise && !inRep && bar[from] <= lowBand && Walking.leaves(k, from, last) < 0) {
        out.add(new CutPull(false, from, last, rise));
      }
    }
    return out;
  }

  private static double meanSpeed(double[] v, int from, int to) {
    double sum = 0;
    for (int i = from; i <= to; i++) {
      sum += v[i];
    }
    return sum / (to - from + 1);
  }

  /** The first frame in {@code from}..{@code to} with the bar at or below {@code h}; -1 if none. */
  private static int firstAtOrBelow(double[] bar, int from, int to, double h) {
    for (int i = from; i <= to; i++) {
      if (bar[i] <= h) {
        return i;
      }
    }
    return -1;
  }

  private static int firstPresent(Kinematics k) {
    for (int i = 0; i < k.frameCount(); i++) {
      if (k.present()[i]) {
        return i;
      }
    }
    return -1;
  }

  private static int lastPresent(Kinematics k) {
    for (int i = k.frameCount() - 1; i >= 0; i--) {
      if (k.present()[i]) {
        return i;
      }
    }
    return -1;
  }
}
