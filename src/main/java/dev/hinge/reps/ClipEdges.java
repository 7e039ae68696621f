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
    int first = Series.firstPresent(k.present());
    int last = Series.lastPresent(k.present());
    Edges e = new Edges(k, reps, range.orElse(null), first, last);
    if (range.isEmpty() || !range.get().holdsAPull() || last - first < 2 * e.window()) {
      return out;
    }
    e.atStart().ifPresent(out::add);
    e.atEnd().ifPresent(out::add);
    return out;
  }

  /** One clip's ends, read against its bar range. */
  private record Edges(Kinematics k, List<Rep> reps, BarRange range, int first, int last) {
    int window() {
      return Math.max(2, (int) Math.round(EDGE_S * k.fps()));
    }

    double band(double share) {
      return range.floorM() + share * range.travelM();
    }

    /**
     * Rising from the first frame, no rep beginning there; the rest of a rep follows (the top at
     * lockout height, then the bar back at the floor before the first rep), the lifter in his place
     * all along (not walking in, not gesturing).
     */
    Optional<CutPull> atStart() {
      double[] bar = k.barUpM();
      int w = window();
      if (reps.stream().anyMatch(r -> r.startFrame() <= first + w)
          || meanSpeed(k.barVelocityMps(), first, first + w) < MIN_SPEED_MPS) {
        return Optional.empty();
      }
      // to where the bar stops rising: its highest point before it comes down by a hitch or more
      int top = first;
      for (int i = first + 1; i <= last && bar[i] > bar[top] - HITCH_M; i++) {
        if (bar[i] > bar[top]) {
          top = i;
        }
      }
      int down = firstAtOrBelow(bar, top, last, band(BarRange.LOW_BAND));
      double rise = bar[top] - bar[first];
      boolean cut =
          rise >= MIN_RANGE_SHARE * range.travelM()
              && bar[top] >= band(BarRange.HIGH_BAND)
              && down >= 0
              && reps.stream().allMatch(r -> r.startFrame() >= down - w)
              && Walking.leaves(k, first, down) < 0;
      return cut ? Optional.of(new CutPull(true, first, top, rise)) : Optional.empty();
    }

    /**
     * Rising to the last frame after the last rep's lockout, from the floor, the lifter in his
     * place (not walking off).
     */
    Optional<CutPull> atEnd() {
      double[] bar = k.barUpM();
      int w = window();
      if (reps.stream().anyMatch(r -> r.lockoutFrame() >= last - w)
          || meanSpeed(k.barVelocityMps(), last - w, last) < MIN_SPEED_MPS) {
        return Optional.empty();
      }
      // back to where the bar started rising: its lowest point after it was a hitch or more higher
      int from = last;
      for (int i = last - 1; i >= first && bar[i] < bar[from] + HITCH_M; i--) {
        if (bar[i] < bar[from]) {
          from = i;
        }
      }
      int start = from;
      double rise = bar[last] - bar[from];
      boolean cut =
          rise >= MIN_RANGE_SHARE * range.travelM()
              && reps.stream().noneMatch(r -> r.lockoutFrame() >= start)
              && bar[from] <= band(BarRange.LOW_BAND)
              && Walking.leaves(k, from, last) < 0;
      return cut ? Optional.of(new CutPull(false, from, last, rise)) : Optional.empty();
    }
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
}
