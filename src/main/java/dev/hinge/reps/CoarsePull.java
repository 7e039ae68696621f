package dev.hinge.reps;

import java.util.Optional;

/**
 * A pull as first found, before its ends are sharpened: the bar rises from the low band of the
 * clip's {@link BarRange} to its high band (hysteresis), and its ends are where the lifter's speed
 * drops to the noise (a share of the pull's peak speed, at least the landmarks' jitter). {@code
 * descentStart} and {@code descentEnd} are -1 where the clip ends first.
 *
 * @param fallHigh the first frame after lockout with the bar below the high band again
 * @param peakSpeed the lifter's peak speed over the rise
 * @param leftStanding the pull ends where the lifter left his place standing, the bar not lowered
 *     in view ({@link #leftAt})
 */
record CoarsePull(
    int setupStart,
    int floorBreak,
    int rise,
    int lockout,
    int fallHigh,
    int descentStart,
    int descentEnd,
    int end,
    double peakSpeed,
    boolean leftStanding) {

  /** The bar moves when faster than this share of the pull's peak speed (or the floor below). */
  static final double MOVING_SHARE = 0.05;

  static final double MOVING_FLOOR_MPS = 0.04;

  /**
   * Walking back from the rise, the pull's start is not before the bar came down to where it rises
   * from: a lifter who bends to the bar and pulls in one flowing move never rests, and the hands
   * above this over their lowest were still on their way down (a clip that starts standing).
   */
  static final double SETTLED_M = 0.03;

  /**
   * A pull the clip leaves standing ends before a gap without a pose longer than this (the lifter
   * left the picture); shorter gaps are missed detections, bridged.
   */
  static final double MAX_GAP_S = 0.5;

  /** How long before the floor break the setup may reach back over frames at the low band. */
  static final double MAX_SETUP_MS = 5000;

  /**
   * The next pull from frame {@code from} on, not reaching back before {@code prevEnd}; empty when
   * the bar rises no more. {@code first}: nothing found before, from the clip's first frame, where
   * a clip that starts mid-pull (already above the low band) takes its start as the rise.
   */
  static Optional<CoarsePull> next(Motion m, BarRange bar, int from, int prevEnd, boolean first) {
    double[] h = m.barUpM();
    double[] v = m.speed();
    boolean[] present = m.present();
    int n = m.frameCount();
    double lowThr = bar.lowM();
    double highThr = bar.highM();
    // a rise: the last frame at or below the low threshold before the bar passes the high one
    int rise = -1;
    int lastLow = -1;
    for (int j = from; j < n; j++) {
      if (!present[j]) {
        continue;
      }
      if (h[j] <= lowThr) {
        lastLow = j;
      } else if (h[j] >= highThr && lastLow >= 0) {
        rise = j;
        break;
      }
    }
    if (rise < 0) {
      if (!first || lastLow >= 0) {
        return Optional.empty();
      }
      rise = Series.firstAbove(h, present, from, highThr);
      if (rise < 0) {
        return Optional.empty();
      }
      lastLow = from;
    }
    double vPeak = 0;
    for (int j = lastLow; j <= rise; j++) {
      vPeak = Math.max(vPeak, v[j]);
    }
    int top = rise;
    while (top + 1 < n && h[top + 1] >= h[top] - 1e-4) {
      top++;
    }
    for (int j = rise; j <= top; j++) {
      vPeak = Math.max(vPeak, v[j]);
    }
    double vMove = moving(m, vPeak);
    int onset = lastLow;
    double lowest = h[lastLow];
    while (onset > prevEnd && v[onset - 1] > vMove && h[onset - 1] <= lowest + SETTLED_M) {
      onset--;
      lowest = Math.min(lowest, h[onset]);
    }
    // the frame before the first moving one is where the bar still rested
    onset = Math.max(prevEnd, onset - 1);
    int lockout = rise;
    int stillest = rise;
    double halfway = 0.5 * (lowThr + highThr);
    while (lockout + 1 < n && v[lockout] > vMove) {
      lockout++;
      if (present[lockout] && h[lockout] < halfway) {
        // the bar is half way down again and the lifter's speed never settled at the top (a top
        // held for no time, or its stillness lost in the landmarks' jitter): the lockout is where
        // he moved least up there
        lockout = stillest;
        break;
      }
      if (present[lockout] && h[lockout] >= highThr && v[lockout] < v[stillest]) {
        stillest = lockout;
      }
    }
    // descent: the next fall below the high threshold, then below the low one; a dip below the
    // high one that stays in the top half and comes back up is the lifter shifting at the top
    // (seen on a clip slowed to half speed: a 0.5 s dip in a 3.5 s hold ended the search there,
    // and the pull then ran to the clip's end, swallowing the next rep), so look again after it
    int fallHigh = -1;
    int fallLow = -1;
    for (int searchFrom = lockout; searchFrom < n; ) {
      fallHigh = -1;
      for (int j = searchFrom; j < n; j++) {
        if (present[j] && h[j] < highThr) {
          fallHigh = j;
          break;
        }
      }
      if (fallHigh < 0) {
        break;
      }
      int backUp = -1;
      double dipLowest = Double.POSITIVE_INFINITY;
      for (int j = fallHigh; j < n; j++) {
        if (!present[j]) {
          continue; // a frame without pose inside a descent: the interpolated value will do
        }
        if (h[j] <= lowThr) {
          fallLow = j;
          break;
        }
        if (h[j] >= highThr && j > fallHigh + 1) {
          backUp = j; // went back up without reaching the floor
          break;
        }
        dipLowest = Math.min(dipLowest, h[j]);
      }
      // a bar lowered half way or more and pulled up again (a Romanian deadlift's turn above the
      // floor, a re-lock) ends the search as before; only a dip in the top half is a shift
      if (backUp < 0 || dipLowest < halfway) {
        break;
      }
      searchFrom = backUp;
    }
    int descentStart = -1;
    int descentEnd = -1;
    if (fallHigh >= 0) {
      descentStart = fallHigh;
      while (descentStart - 1 > lockout && v[descentStart - 1] > vMove) {
        descentStart--;
      }
      descentStart = Math.max(lockout, descentStart - 1);
      if (fallLow >= 0) {
        descentEnd = fallLow;
        // stop where the bar turns up again: in touch-and-go the lifter never stands still
        while (descentEnd + 1 < n
            && v[descentEnd] > vMove
            && h[descentEnd + 1] < h[descentEnd] + 0.002) {
          descentEnd++;
        }
      }
    }
    int setupStart = onset;
    while (setupStart > prevEnd
        && h[setupStart - 1] <= lowThr
        && m.k().t(onset) - m.k().t(setupStart - 1) <= MAX_SETUP_MS) {
      setupStart--;
    }
    int end =
        descentEnd >= 0
            ? descentEnd
            : descentStart >= 0
                ? Series.lastPresent(present)
                : Series.lastPresentFrom(
                    present, lockout, (int) Math.round(MAX_GAP_S * m.k().fps()));
    return Optional.of(
        new CoarsePull(
            setupStart,
            onset,
            rise,
            lockout,
            fallHigh,
            descentStart,
            descentEnd,
            end,
            vPeak,
            false));
  }

  /** The speed above which the lifter moves, for a pull that peaks at {@code peakSpeed}. */
  static double moving(Motion m, double peakSpeed) {
    return Math.max(MOVING_SHARE * peakSpeed, Math.max(MOVING_FLOOR_MPS, m.noiseFloor()));
  }

  /**
   * Where the lifter, found away from his place at {@code left}, set off: walking back from there
   * while he moves ({@link #moving}), not before the lockout.
   */
  int setOff(Motion m, int left) {
    double[] v = m.speed();
    double vMove = moving(m, peakSpeed);
    int j = left;
    while (j - 1 > lockout && v[j - 1] > vMove) {
      j--;
    }
    return j;
  }

  /**
   * The same pull cut where the lifter left his place at {@code frame} (turned away or stepped off,
   * {@link Walking#leaves}) without lowering the bar to the floor: it ends the frame before, and a
   * descent that had not started by then is none. Unchanged if the bar reached the floor.
   */
  CoarsePull leftAt(int frame) {
    if (descentEnd >= 0 || frame > end) {
      return this;
    }
    int last = Math.max(lockout, frame - 1);
    boolean down = descentStart >= 0 && descentStart < last;
    return new CoarsePull(
        setupStart,
        floorBreak,
        rise,
        lockout,
        down ? fallHigh : -1,
        down ? descentStart : -1,
        -1,
        last,
        peakSpeed,
        true);
  }

  /** The frame up to which the lifter holds his lockout: the descent's start, else the end. */
  int holdEnd(int frameCount) {
    return descentStart >= 0 ? descentStart : Math.min(frameCount - 1, end);
  }
}
