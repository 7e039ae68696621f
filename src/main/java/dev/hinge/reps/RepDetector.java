package dev.hinge.reps;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds reps from the bar height (hands) with hysteresis: a pull is a rise from the low band to the
 * high band of the clip's own bar-height range. Boundaries are then refined with the bar's
 * velocity: the floor break is the first frame of the contiguous run of rising frames, lockout the
 * first frame after it where the bar stops rising, and likewise for the descent.
 */
public final class RepDetector {
  /** Smallest bar travel that can be a pull. */
  static final double MIN_TRAVEL_M = 0.15;

  /**
   * Hands more than this above the hips are not on a deadlift bar; their height is left out of the
   * bar's range. At lockout on the fixture clips the wrist landmarks reach at most 4 cm above the
   * hip landmarks (jc_good; both official tracks of each clip); hands chalking in front of the
   * chest are 30 cm or more above them.
   */
  static final double HANDS_ABOVE_HIPS_M = 0.12;

  static final double LOW_BAND = 0.3;
  static final double HIGH_BAND = 0.7;

  /** The bar moves when faster than this share of the pull's peak speed (or the floor below). */
  static final double MOVING_SHARE = 0.05;

  static final double MOVING_FLOOR_MPS = 0.04;

  static final double NOISE_MULTIPLE = 2.0;

  /** A full rep starts with the hands below this share of the standing knee height. */
  static final double FLOOR_START_SHARE_OF_KNEE = 0.85;

  /** Lockout: hips and knees this straight. */
  static final double LOCKOUT_HIP_DEG = 155;

  static final double LOCKOUT_KNEE_DEG = 155;

  /** The feet move less than this during a pull (otherwise the lifter is walking). */
  static final double MAX_FOOT_TRAVEL_M = 0.15;

  static final double MIN_CONCENTRIC_MS = 200;

  /**
   * Feet that leave where the lifter stood at lockout by more than this across the picture, before
   * anything is lowered, walked: a step is 0.5 m or more, and nobody walks off holding a loaded
   * deadlift bar. On the fixture clips (both official tracks of each) the feet stay within 3 cm
   * from lockout to the descent.
   */
  public static final double WALK_AWAY_M = 0.3;

  /**
   * ... or the lifter's apparent size (shank, thigh and trunk, whose lengths do not change with his
   * posture) changes by more than this share: he walked towards or away from the camera (15 % is
   * 0.5 m at 3.5 m). On the fixture clips it stays within 4 % from lockout to the descent.
   */
  static final double WALK_AWAY_SIZE = 0.15;

  private RepDetector() {}

  /**
   * What the hands did: the reps, and the rises that were not reps because the lifter walked away
   * from them without lowering anything ({@link #WALK_AWAY_M}): he had let go of the bar and stood
   * up (after the set, or to chalk up or rest between reps).
   */
  public record Detection(List<Rep> reps, List<EmptyHandedRise> emptyHanded) {
    public Detection {
      reps = List.copyOf(reps);
      emptyHanded = List.copyOf(emptyHanded);
    }
  }

  /**
   * A rise of the hands to standing (frames), then a walk: {@code acrossM} metres across the
   * picture, and the lifter's apparent size changed by {@code sizeChange} (0.3: 30 % larger).
   */
  public record EmptyHandedRise(
      int fromFrame, int standingFrame, double acrossM, double sizeChange) {}

  /**
   * The bar's height at the floor and at lockout over the clip: the 2nd and 98th percentiles of the
   * hands' height, over the frames where they could be holding a bar (a deadlifted bar never rises
   * above the hips; hands raised to chalk up or to fix a belt do). Empty when fewer than 3 frames
   * qualify.
   */
  public static double[] barRange(Kinematics k) {
    double[] h = k.barUpM();
    double[] hip = k.up(Joint.HIP);
    boolean[] present = k.present();
    double[] values = new double[h.length];
    int np = 0;
    for (int i = 0; i < h.length; i++) {
      if (present[i] && h[i] <= hip[i] + HANDS_ABOVE_HIPS_M) {
        values[np++] = h[i];
      }
    }
    if (np < 3) {
      return new double[0];
    }
    double[] sorted = Arrays.copyOf(values, np);
    Arrays.sort(sorted);
    return new double[] {
      sorted[(int) Math.floor(0.02 * (np - 1))], sorted[(int) Math.ceil(0.98 * (np - 1))]
    };
  }

  public static List<Rep> detect(Kinematics k) {
    return find(k).reps();
  }

  public static Detection find(Kinematics k) {
    List<EmptyHandedRise> emptyHanded = new ArrayList<>();
    int n = k.frameCount();
    double[] h = k.barUpM();
    double[] v = bodySpeed(k);
    double[] trunk = speed(k, Joint.HIP, Joint.SHOULDER);
    boolean[] present = k.present();
    double[] bar = barRange(k);
    if (bar.length == 0) {
      return new Detection(List.of(), List.of());
    }
    double lo = bar[0];
    double hi = bar[1];
    double range = hi - lo;
    if (range < MIN_TRAVEL_M) {
      return new Detection(List.of(), List.of());
    }
    double lowThr = lo + LOW_BAND * range;
    double highThr = lo + HIGH_BAND * range;
    double standingKnee = percentile(k.up(Joint.KNEE), present, 0.9);
    // landmark jitter makes a resting lifter look like he moves a little: stay above it
    double noiseFloor = NOISE_MULTIPLE * percentile(v, present, 0.2);

    List<int[]> cands = new ArrayList<>();
    int prevEnd = firstPresent(present);
    int i = prevEnd;
    while (i < n) {
      // a rise: the last frame at or below the low threshold before the bar passes the high one
      int rise = -1;
      int lastLow = -1;
      for (int j = i; j < n; j++) {
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
        // a clip can start mid-pull (already above the low band): take its start as the rise
        if (cands.isEmpty() && i == firstPresent(present) && lastLow < 0) {
          rise = firstAbove(h, present, i, highThr);
          if (rise < 0) {
            break;
          }
          lastLow = i;
        } else {
          break;
        }
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
      double vMove = Math.max(MOVING_SHARE * vPeak, Math.max(MOVING_FLOOR_MPS, noiseFloor));
      int onset = lastLow;
      while (onset > prevEnd && v[onset - 1] > vMove) {
        onset--;
      }
      // the frame before the first moving one is where the bar still rested
      onset = Math.max(prevEnd, onset - 1);
      int lockout = rise;
      while (lockout + 1 < n && v[lockout] > vMove) {
        lockout++;
      }
      // descent: the next fall below the high threshold, then below the low one
      int fallHigh = -1;
      for (int j = lockout; j < n; j++) {
        if (present[j] && h[j] < highThr) {
          fallHigh = j;
          break;
        }
      }
      int descentStart = -1;
      int descentEnd = -1;
      if (fallHigh >= 0) {
        descentStart = fallHigh;
        while (descentStart - 1 > lockout && v[descentStart - 1] > vMove) {
          descentStart--;
        }
        descentStart = Math.max(lockout, descentStart - 1);
        int fallLow = -1;
        for (int j = fallHigh; j < n; j++) {
          if (!present[j]) {
            continue; // a frame without pose inside a descent: the interpolated value will do
          }
          if (h[j] <= lowThr) {
            fallLow = j;
            break;
          }
          if (h[j] >= highThr && j > fallHigh + 1) {
            break; // went back up without reaching the floor
          }
        }
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
          && k.t(onset) - k.t(setupStart - 1) <= 5000) {
        setupStart--;
      }
      int end = descentEnd >= 0 ? descentEnd : descentStart >= 0 ? lastPresent(present) : lockout;
      if (descentEnd < 0 && descentStart < 0) {
        end = lastPresentFrom(present, lockout);
      }
      double[] walked =
          walkedAway(k, lockout, descentStart >= 0 ? descentStart : lastPresent(present));
      if (walked[0] > WALK_AWAY_M || Math.abs(walked[1]) > WALK_AWAY_SIZE) {
        emptyHanded.add(new EmptyHandedRise(onset, lockout, walked[0], walked[1]));
      } else if (!walking(k, onset, lockout) && k.t(lockout) - k.t(onset) >= MIN_CONCENTRIC_MS) {
        // sharpen the ends: extrapolate the speed ramp to zero instead of waiting for the noise
        int slack = (int) Math.round(0.3 * k.fps());
        int onsetRamp = rampStart(v, Math.max(prevEnd, onset - 10), lockout, vPeak);
        int lockoutRamp = rampEnd(v, lockout, onset, vPeak);
        int coarseOnset = onset;
        int coarseLockout = lockout;
        int coarseDescentStart = descentStart;
        if (Math.abs(onsetRamp - onset) <= slack) {
          onset = Math.max(prevEnd, onsetRamp);
        }
        if (Math.abs(lockoutRamp - lockout) <= slack && lockoutRamp > onset) {
          lockout = Math.min(n - 1, lockoutRamp);
        }
        // better still, where the lifter really rests (his landmarks still to within a few mm, as
        // in a well-lit clip; BlazePose's wobble on the fixture clips is not): where the bar leaves
        // its resting height, and where the lifter comes to his lockout and leaves it
        double[][] pose = pose(k);
        int rest = Math.max(1, (int) Math.round(REST_WINDOW_S * k.fps()));
        int setupFrom = Math.max(prevEnd, coarseOnset - rest);
        // the bar's own departure (barDeparture) moves the floor break later, and earlier below
        int barStart = -1;
        if (still(pose, present, setupFrom, coarseOnset)) {
          barStart = barDeparture(h, present, setupFrom, coarseOnset, rise, prevEnd, rest);
          if (barStart <= prevEnd || Math.abs(barStart - coarseOnset) > slack) {
            barStart = -1;
          } else if (barStart > onset) {
            onset = barStart;
          }
        }
        int holdEnd = coarseDescentStart >= 0 ? coarseDescentStart : Math.min(n - 1, end);
        double[] standing = null;
        if (holdEnd - coarseLockout >= 2 && still(pose, present, coarseLockout, holdEnd)) {
          standing = restPoint(pose, coarseLockout, holdEnd);
          int lock = restEnd(pose, standing, rise, holdEnd, REST_LEVEL_M);
          if (lock > onset && lock <= holdEnd) {
            lockout = Math.min(n - 1, lock);
          }
        } else {
          // a grind comes to its lockout slower than the landmarks jitter: its speed-based lockout
          // can come 1 to 1.5 s early, the lifter still moving after it. Read the pose he holds
          // over the last REST_WINDOW_S before the descent and, when he is still clearly away from
          // it (three times its jitter there) at that lockout, fit the instant he arrives
          // (restInstant). Synthetic grinds: lockout within 2 frames 41 % → 95 %.
          int holdFrom = Math.max(coarseLockout, holdEnd - rest);
          double[] stand = holdEnd - holdFrom >= 2 ? restPoint(pose, holdFrom, holdEnd) : null;
          if (stand != null
              && coarseDescentStart >= 0
              && distance(pose, stand, lockout)
                  > departure(pose, present, stand, holdFrom, holdEnd)) {
            double travel = distance(pose, stand, onset);
            int a = holdFrom;
            while (a > onset && distance(pose, stand, a) <= FIT_SHARE * travel) {
              a--;
            }
            double t = restInstant(pose, present, a, holdEnd, false);
            if (!Double.isNaN(t) && Math.round(t) > onset) {
              lockout = (int) Math.round(t);
              standing = still(pose, present, holdFrom, holdEnd) ? stand : null;
            }
          }
        }
        lockout = notBeforeExtended(k, lockout, holdEnd);
        if (descentStart >= 0 && descentEnd > descentStart) {
          double vDown = 0;
          for (int j = descentStart; j <= descentEnd; j++) {
            vDown = Math.max(vDown, v[j]);
          }
          descentStart =
              Math.max(
                  lockout,
                  rampStartFitted(v, Math.max(lockout, descentStart - 10), descentEnd, vDown));
          if (standing != null) {
            int ds = restEnd(pose, standing, fallHigh, lockout, REST_LEVEL_M);
            if (ds >= lockout && Math.abs(ds - coarseDescentStart) <= slack) {
              descentStart = ds;
            }
          }
          descentEnd =
              Math.max(
                  descentStart + 1, Math.min(n - 1, rampEnd(v, descentEnd, descentStart, vDown)));
          end = descentEnd;
        }
        onset = slowStart(h, present, prevEnd, onset, rise, rest);
        // ... and earlier too: the body's speed ramp, which placed it, comes late by 3 to 5 frames
        // on some synthetic pulls, mostly at 60 fps with a pixel of jitter (cause not pinned
        // down), where the bar's departure is within a frame. Synthetic floor break within 2
        // frames 92.2 % → 95.3 % (without grinds 94.1 % → 97.0 %). Not where the bar is no higher
        // at the speed's start than at its fitted departure (it dips as the lifter wedges in,
        // which the fit cannot follow: formfit_deadlift's second rep, fitted 2 frames early), nor
        // after a yank (the filter smears it earlier).
        if (barStart >= 0 && barStart < onset && h[onset] > h[barStart] && !yank(k, onset)) {
          onset = barStart;
        }
        onset = notBeforeTheTrunk(k, trunk, onset, prevEnd, coarseOnset, lockout, rest);
        setupStart = Math.min(setupStart, onset);
        cands.add(new int[] {setupStart, onset, lockout, descentStart, descentEnd, end, rise});
      }
      prevEnd = Math.max(end, lockout);
      i = prevEnd + 1;
      if (descentEnd < 0) {
        break;
      }
      i = descentEnd;
      prevEnd = descentEnd;
      if (i >= n - 1) {
        break;
      }
    }
    touchAndGo(k, cands, v);
    List<Rep> reps = new ArrayList<>();
    for (int[] c : cands) {
      reps.add(build(k, reps.size() + 1, c[0], c[1], c[2], c[3], c[4], c[5], standingKnee));
    }
    for (int[] m : missedPulls(k, v, lowThr, highThr, noiseFloor)) {
      reps.add(buildMissed(k, m[0], m[1], m[2], m[3]));
    }
    reps.sort(java.util.Comparator.comparingInt(Rep::floorBreakFrame));
    for (int r = 0; r < reps.size(); r++) {
      reps.set(r, reps.get(r).withIndex(r + 1));
    }
    return new Detection(reps, emptyHanded);
  }

  /**
   * A missed pull: the bar rose past the low band, by at least this much, and came back down before
   * it reached the high band.
   */
  static final double MISSED_MIN_RISE_M = 0.10;

  /**
   * Pulls that stalled: the bar left the floor, rose past the low band (at least {@link
   * #MISSED_MIN_RISE_M}) but never to the high band, and came back down to the low band. Returns,
   * for each, {setup start, floor break, stall (where the rise's speed ramp ends, at the latest the
   * highest frame), end of the way down}: the end where the lifter's speed ramps down (as for a
   * rep's coarse end), the floor break from the speed ramp and then, as for a grind, from the bar's
   * fitted departure ({@link #barDeparture}, {@link #slowStart}); the setup reaches back over the
   * frames at the low band, at most 5 s. Not where the lifter walks meanwhile.
   */
  static List<int[]> missedPulls(
      Kinematics k, double[] v, double lowThr, double highThr, double noiseFloor) {
    double[] h = k.barUpM();
    boolean[] present = k.present();
    int n = h.length;
    List<int[]> runs = new ArrayList<>();
    int lastLow = -1;
    int top = -1;
    boolean high = false;
    for (int j = 0; j < n; j++) {
      if (!present[j]) {
        continue;
      }
      if (h[j] <= lowThr) {
        if (top >= 0 && !high && lastLow >= 0) {
          runs.add(new int[] {lastLow, top, j});
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
    List<int[]> out = new ArrayList<>();
    double[][] pose = pose(k);
    int slack = (int) Math.round(0.3 * k.fps());
    for (int[] r : runs) {
      int from = r[0];
      int stall = r[1];
      int to = r[2];
      double vPeak = max(v, from, to);
      double vMove = Math.max(MOVING_SHARE * vPeak, Math.max(MOVING_FLOOR_MPS, noiseFloor));
      int onset = from;
      while (onset > 0 && v[onset - 1] > vMove && h[onset - 1] <= lowThr) {
        onset--;
      }
      onset = Math.max(0, onset - 1);
      int ramp = rampStart(v, Math.max(0, onset - 10), stall, max(v, onset, stall));
      if (Math.abs(ramp - onset) <= slack && ramp < stall) {
        onset = Math.max(0, ramp);
      }
      int end = to;
      while (end + 1 < n && v[end] > vMove && h[end + 1] <= lowThr) {
        end++;
      }
      if (h[stall] - h[onset] < MISSED_MIN_RISE_M || walking(k, onset, end)) {
        continue;
      }
      // the bar may hang at its highest a while: it stalled where the rise's speed ramp ends
      int ramp0 = rampEnd(v, stall, onset, max(v, onset, stall));
      if (ramp0 > onset && ramp0 < stall) {
        stall = ramp0;
      }
      int setup = onset;
      while (setup > 0 && h[setup - 1] <= lowThr && k.t(onset) - k.t(setup - 1) <= 5000) {
        setup--;
      }
      // a missed pull starts as slowly as a grind: place its floor break the same ways
      int restFrames = Math.max(1, (int) Math.round(REST_WINDOW_S * k.fps()));
      int setupFrom = Math.max(setup, onset - restFrames);
      if (still(pose, present, setupFrom, onset)) {
        int barStart = barDeparture(h, present, setupFrom, onset, stall, setup, restFrames);
        if (barStart > setup && barStart < stall && Math.abs(barStart - onset) <= slack) {
          onset = barStart;
        }
      }
      onset = slowStart(h, present, setup, onset, stall, restFrames);
      out.add(new int[] {setup, onset, stall, end});
    }
    return out;
  }

  /** The first frame from {@code from} to {@code to} with the bar at knee height, else -1. */
  private static int kneePass(Kinematics k, int from, int to) {
    double[] h = k.barUpM();
    double[] knee = k.up(Joint.KNEE);
    for (int j = from; j <= to; j++) {
      if (h[j] >= knee[j]) {
        return j;
      }
    }
    return -1;
  }

  /** A missed pull as a partial rep: setup, the phases it got through, and its way down. */
  private static Rep buildMissed(Kinematics k, int setupStart, int onset, int stall, int end) {
    double[] h = k.barUpM();
    int kneePass = kneePass(k, onset, stall);
    List<Phase> phases = new ArrayList<>();
    if (setupStart < onset) {
      phases.add(phase(k, PhaseName.SETUP, setupStart, onset));
    }
    if (kneePass > onset) {
      phases.add(phase(k, PhaseName.FLOOR_TO_KNEE, onset, kneePass));
      phases.add(phase(k, PhaseName.KNEE_TO_LOCKOUT, kneePass, stall));
    } else {
      phases.add(phase(k, PhaseName.FLOOR_TO_KNEE, onset, stall));
    }
    phases.add(phase(k, PhaseName.DESCENT, stall, end));
    String reason =
        String.format(
            java.util.Locale.ROOT,
            "missed: the bar rose %.0f cm, stalled %s the knees and came back down without a"
                + " lockout",
            100 * (h[stall] - h[onset]),
            kneePass > onset ? "above" : "below");
    return new Rep(
        0, true, Optional.of(reason), phases.get(0).startFrame(), end, onset, stall, phases, true);
  }

  private static double segment(Kinematics k, Joint a, Joint b, int i) {
    return Math.hypot(k.forward(a)[i] - k.forward(b)[i], k.up(a)[i] - k.up(b)[i]);
  }

  /**
   * How far the lifter gets from where he stood at the start of {@code from}..{@code to}: the
   * feet's largest shift across the picture (metres), and the largest change of his apparent size,
   * shank, thigh and trunk (signed share). Medians over 0.15 s windows, so a few frames of a foot
   * hidden behind a plate do not count.
   */
  static double[] walkedAway(Kinematics k, int from, int to) {
    int w = Math.max(2, (int) Math.round(0.15 * k.fps()));
    if (to - from < 2 * w) {
      return new double[] {0, 0};
    }
    double[] m = Arrays.copyOfRange(k.midFootForwardM(), from, to + 1);
    double[] size = new double[to - from + 1];
    for (int i = from; i <= to; i++) {
      size[i - from] =
          segment(k, Joint.ANKLE, Joint.KNEE, i)
              + segment(k, Joint.KNEE, Joint.HIP, i)
              + segment(k, Joint.HIP, Joint.SHOULDER, i);
    }
    int last = to - from;
    double start = medianOf(m, 0, w - 1);
    double size0 = medianOf(size, 0, w - 1);
    double across = 0;
    double grown = 0;
    for (int i = w; i + w - 1 <= last; i++) {
      across = Math.max(across, Math.abs(medianOf(m, i, i + w - 1) - start));
      double g = size0 > 0 ? medianOf(size, i, i + w - 1) / size0 - 1 : 0;
      if (Math.abs(g) > Math.abs(grown)) {
        grown = g;
      }
    }
    return new double[] {across, grown};
  }

  /**
   * A pull whose bar never reaches this speed is a grind: its ends are slower than the landmarks'
   * jitter and are placed from the bar's height instead (real pulls on the fixtures peak at 0.5 to
   * 1.0 m/s; near-maximal grinds at 0.2 to 0.4).
   */
  public static final double GRIND_PEAK_MPS = 0.45;

  /** How far the bar may sit above its resting height (or below its top) and still be there. */
  static final double PLATEAU_BAND_M = 0.02;

  /**
   * A grinding pull leaves the floor slower than the landmarks jitter, so its speed-based start
   * comes late (10 to 25 frames on synthetic 5.5 s pulls, 33 to 40 at 60 fps). When the bar is
   * already more than 1 cm above its rest (10th percentile since the previous rep) at that start,
   * the floor break is fitted instead: near a rest the bar's speed ramps from zero, so its height
   * is the rest plus a multiple of the squared time since the break ({@link #restInstant}), fitted
   * by least squares from the last frame within 1 cm of rest (and as many frames before it, at
   * least {@code restFrames}) up to {@link #FIT_SHARE} of the travel. Least squares over the whole
   * rise, unlike the crossings of two levels, does not care that the rise is slow against the
   * jitter. A start that climbs from 1 cm to that height in under {@code restFrames} (0.3 s) is
   * fast enough for the speed to place (and a yank, at full speed at once, is no parabola); there,
   * and where too little of the rest is in view, the bar, when more than 2 cm up, is walked back to
   * where it was within 1 cm of its rest, as before. Measured on 22 synthetic grinds: floor break
   * within 2 frames 5 % → 64 %, mean concentric velocity within 0.03 m/s 50 % → 100 %; the fit's
   * remaining error is a bias of +1 to +4 frames (the synthetic bar rises slightly faster than a
   * parabola).
   */
  static int slowStart(
      double[] h, boolean[] present, int from, int onset, int rise, int restFrames) {
    double rest = quantile(h, present, from, onset, 0.1);
    if (Double.isNaN(rest) || h[onset] <= rest + PLATEAU_BAND_M / 2) {
      return onset;
    }
    int j = onset;
    while (j > from && h[j - 1] > rest + PLATEAU_BAND_M / 2) {
      j--;
    }
    int near = Math.max(from, j - 1);
    int to = fitEnd(h, rise, near, rest);
    if (to - near < restFrames) {
      // from 1 cm to that height in under 0.3 s: a fast start, which the speed places (and a yank,
      // the bar at full speed at once, is no parabola)
      return h[onset] > rest + PLATEAU_BAND_M ? near : onset; // as before the fit
    }
    int a = Math.max(from, Math.min(near - (to - near), near - restFrames));
    double t = restInstant(new double[][] {h}, present, a, to, true);
    if (t - a < restFrames / 2.0) {
      t = Double.NaN; // too little of the rest in view to fit it
    }
    if (!Double.isNaN(t)) {
      return (int) Math.round(t);
    }
    return h[onset] > rest + PLATEAU_BAND_M ? near : onset;
  }

  /**
   * Where the bar leaves its rest on the floor, for a lifter still in his setup (frames {@code
   * setupFrom}..{@code onset}): fitted by least squares ({@link #restInstant}) as the resting
   * height plus a multiple of the squared time since the break, from the start of the setup window
   * up to {@link #FIT_SHARE} of the pull's travel. Every frame of the rise counts, not two
   * crossings, so the jitter moves it less. Where the window is shorter than {@code restFrames} or
   * its best lies at the window's ends, the crossings of the bar's distance from its rest ({@link
   * #restEnd}) are used. Returns -1 when neither places it.
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
    double[] barRest = {medianOf(h, setupFrom, onset)};
    int to = fitEnd(h, rise, setupFrom, barRest[0]);
    if (to - setupFrom >= restFrames) {
      double t = restInstant(bar, present, setupFrom, to, true);
      if (!Double.isNaN(t)) {
        return (int) Math.round(t);
      }
    }
    return restEnd(bar, barRest, rise, prevEnd, REST_LEVEL_M);
  }

  /**
   * A bar that gains speed this fast over the first 100 ms leaves the floor at once (a yank): the
   * zero-phase low-pass filter spreads that kink over a few frames either side, so its filtered
   * height creeps up before the bar really moves (1.4 cm over 4 frames on synthetic seed 15), and a
   * departure read from it comes early. JERKING_THE_BAR's acceleration gate is this same figure.
   */
  public static final double YANK_MPS2 = 5.0;

  /**
   * Whether the bar gains speed at {@link #YANK_MPS2} or more over {@link
   * RepMeasurer#ACCELERATION_SPAN_MS} from {@code onset}.
   */
  static boolean yank(Kinematics k, int onset) {
    double[] vb = k.barVelocityMps();
    int span = (int) Math.round(RepMeasurer.ACCELERATION_SPAN_MS / 1000.0 * k.fps());
    int b = Math.min(vb.length - 1, onset + Math.max(1, span));
    double dt = (k.t(b) - k.t(onset)) / 1000.0;
    return dt > 0 && (vb[b] - vb[onset]) / dt >= YANK_MPS2;
  }

  /**
   * How far from a rest point a series must be to have clearly left it: three times its jitter
   * there (median distance over frames from..to), and at least 1 cm.
   */
  static double departure(double[][] s, boolean[] present, double[] p, int from, int to) {
    double[] d = new double[to - from + 1];
    int m = 0;
    for (int i = from; i <= to; i++) {
      if (present[i]) {
        d[m++] = distance(s, p, i);
      }
    }
    double jitter = m > 0 ? medianOf(Arrays.copyOf(d, m), 0, m - 1) : 0;
    return Math.max(PLATEAU_BAND_M / 2, REST_LEVEL_NOISE * jitter);
  }

  /**
   * The last frame before {@code rise} (not before {@code floor}) where the bar is still within
   * {@link #FIT_SHARE} of its travel from {@code rest} to the top it climbs to from {@code rise}:
   * where a departure fit ends.
   */
  static int fitEnd(double[] h, int rise, int floor, double rest) {
    double top = h[rise];
    for (int i = rise; i < h.length && h[i] >= top; i++) {
      top = h[i];
    }
    int to = rise;
    while (to > floor && h[to] > rest + FIT_SHARE * (top - rest)) {
      to--;
    }
    return to;
  }

  /**
   * The share of a pull's travel above its rest over which its departure is fitted: the (1 − cos)
   * speed profile stays within 6 % of a parabola there; over 8 % the fit was noisier, over 25 %
   * more biased (synthetic grinds).
   */
  static final double FIT_SHARE = 0.15;

  /**
   * The instant a movement leaves a rest ({@code leaving}) or comes to one, by least squares over
   * frames {@code from}..{@code to}: each series is fitted as a constant plus a multiple of the
   * squared time since (or until) the instant, and flat on the rest side. Returns the best instant
   * on a quarter-frame grid, or NaN when the best lies at the window's ends.
   */
  static double restInstant(double[][] s, boolean[] present, int from, int to, boolean leaving) {
    double best = Double.POSITIVE_INFINITY;
    double bestT = Double.NaN;
    for (double t0 = from; t0 <= to; t0 += 0.25) {
      double sse = 0;
      for (double[] x : s) {
        double n = 0, sg = 0, sgg = 0, sx = 0, sxg = 0, sxx = 0;
        for (int i = from; i <= to; i++) {
          if (!present[i]) {
            continue;
          }
          double d = leaving ? i - t0 : t0 - i;
          double g = d > 0 ? d * d : 0;
          n++;
          sg += g;
          sgg += g * g;
          sx += x[i];
          sxg += x[i] * g;
          sxx += x[i] * x[i];
        }
        double cgg = sgg - sg * sg / n;
        double cxg = sxg - sg * sx / n;
        double cxx = sxx - sx * sx / n;
        sse += cgg > 1e-12 ? cxx - cxg * cxg / cgg : cxx;
      }
      if (sse < best) {
        best = sse;
        bestT = t0;
      }
    }
    if (bestT <= from + 1 || bestT >= to - 1) {
      return Double.NaN;
    }
    return bestT;
  }

  private static double quantile(double[] s, boolean[] present, int from, int to, double q) {
    double[] c = new double[Math.max(0, to - from + 1)];
    int k = 0;
    for (int i = Math.max(0, from); i <= to && i < s.length; i++) {
      if (present[i]) {
        c[k++] = s[i];
      }
    }
    if (k == 0) {
      return Double.NaN;
    }
    c = Arrays.copyOf(c, k);
    Arrays.sort(c);
    return c[(int) Math.round(q * (k - 1))];
  }

  /**
   * Where a speed ramp starts: the line through the crossings of a quarter and half of the peak,
   * extended back to zero. Exact for a ramp, and unlike a small threshold not fooled by jitter.
   */
  static int rampStart(double[] v, int from, int to, double peak) {
    double q = crossingUp(v, from, to, 0.25 * peak);
    double h = crossingUp(v, from, to, 0.5 * peak);
    if (Double.isNaN(q) || Double.isNaN(h)) {
      return from;
    }
    return (int) Math.round(Math.max(from - 0.0, 2 * q - h) >= 0 ? 2 * q - h : from);
  }

  /**
   * Where a descent's speed ramp starts: the least-squares line through every frame of the rising
   * speed between {@link #RAMP_LOW} and {@link #RAMP_HIGH} of its peak, extended back to zero; the
   * two crossings of {@link #rampStart} where that band has fewer than three frames. Every frame
   * counts, so one jittery frame at a crossing moves it less. Synthetic descent start within 2
   * frames 97.5 % → 100 % (with the fitted {@link #rampEnd}). Not for the pull's start: there, on
   * formfit_deadlift's first rep, the setup's wobble straddles the low level, and the official
   * solution's two tracks of the clip (CPU and WebGL inference) put the fitted start 14 frames
   * apart, the crossings 5.
   */
  static int rampStartFitted(double[] v, int from, int to, double peak) {
    double high = crossingUp(v, from, to, RAMP_HIGH * peak);
    if (!Double.isNaN(high)) {
      for (int i = (int) Math.floor(high); i >= Math.max(1, from); i--) {
        if (v[i] <= RAMP_LOW * peak) {
          double t = lineZero(v, i, (int) Math.ceil(high));
          if (!Double.isNaN(t)) {
            return (int) Math.round(Math.max(from, t));
          }
          break;
        }
      }
    }
    return rampStart(v, from, to, peak);
  }

  /**
   * Where a speed ramp ends, scanning back from {@code to}: the least-squares line through every
   * frame of the falling speed between {@link #RAMP_HIGH} and {@link #RAMP_LOW} of its peak,
   * extended to zero (the mirror of {@link #rampStartFitted}), else the mirror of {@link
   * #rampStart}. Synthetic lockout within 2 frames 99.4 % → 99.7 %, descent end 98.1 % → 100 %,
   * mean concentric velocity within 0.03 m/s 96.9 % → 97.5 % (360 reps).
   */
  static int rampEnd(double[] v, int to, int from, double peak) {
    double high = crossingDown(v, to, from, RAMP_HIGH * peak);
    if (!Double.isNaN(high)) {
      for (int i = (int) Math.ceil(high); i <= Math.min(v.length - 1, to); i++) {
        if (v[i] <= RAMP_LOW * peak) {
          double t = lineZero(v, (int) Math.floor(high), i);
          if (!Double.isNaN(t)) {
            return (int) Math.round(t);
          }
          break;
        }
      }
    }
    double q = crossingDown(v, to, from, 0.25 * peak);
    double h = crossingDown(v, to, from, 0.5 * peak);
    if (Double.isNaN(q) || Double.isNaN(h)) {
      return to;
    }
    return (int) Math.round(2 * q - h);
  }

  /**
   * The band of a speed ramp, as shares of its peak, that {@link #rampEnd} and {@link
   * #rampStartFitted} fit a line to: above the jitter at rest, below the rounded peak.
   */
  static final double RAMP_HIGH = 0.6;

  /** The band's lower edge (see {@link #RAMP_HIGH}). */
  static final double RAMP_LOW = 0.15;

  /** Where the least-squares line through {@code v[a..b]} crosses zero; NaN if under 3 frames. */
  static double lineZero(double[] v, int a, int b) {
    if (b - a < 2) {
      return Double.NaN;
    }
    double n = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (int i = a; i <= b; i++) {
      n++;
      sx += i;
      sy += v[i];
      sxx += (double) i * i;
      sxy += i * v[i];
    }
    double beta = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    if (!(Math.abs(beta) > 1e-9)) {
      return Double.NaN;
    }
    return -(sy - beta * sx) / n / beta;
  }

  private static double crossingUp(double[] v, int from, int to, double level) {
    for (int i = Math.max(1, from); i <= to; i++) {
      if (v[i] >= level && v[i - 1] < level) {
        return i - 1 + (level - v[i - 1]) / (v[i] - v[i - 1]);
      }
    }
    return Double.NaN;
  }

  private static double crossingDown(double[] v, int to, int from, double level) {
    for (int i = Math.min(v.length - 2, to); i >= from; i--) {
      if (v[i] >= level && v[i + 1] < level) {
        return i + (v[i] - level) / (v[i] - v[i + 1]);
      }
    }
    return Double.NaN;
  }

  /** The rest (setup before a pull, the lockout after it) is read over up to this long. */
  static final double REST_WINDOW_S = 0.3;

  /** The lower displacement level at which a departure from rest is read, in metres. */
  static final double REST_LEVEL_M = 0.015;

  /** ... and at least this many times the landmarks' jitter about the rest. */
  static final double REST_LEVEL_NOISE = 3.0;

  /** Hips, shoulders and hands, forward and up: the lifter's pose as one point. */
  static double[][] pose(Kinematics k) {
    return new double[][] {
      k.forward(Joint.HIP), k.up(Joint.HIP),
      k.forward(Joint.SHOULDER), k.up(Joint.SHOULDER),
      k.forward(Joint.WRIST), k.up(Joint.WRIST)
    };
  }

  /**
   * Where a movement leaves (or comes to) a rest at {@code restPoint}, scanning from {@code
   * moving}, a frame well inside the movement, towards {@code limit}. Near a rest the speed ramps
   * from zero, so the distance from the rest grows with the square of the time: its square root is
   * a straight line through the instant of rest. The line through the crossings of a low level and
   * four times it (the square root doubles) is extended to zero; the level stays above the jitter
   * measured over the rest frames {@code restFrom}..{@code restTo}. Far less bent than the speed
   * ramp, whose peak comes from other joints than the start (a descent starts with the hips going
   * back, the shoulders drop later). Returns -1 when the crossings are not there.
   */
  static int restEnd(double[][] s, double[] restPoint, int moving, int limit, double level) {
    double hi = Math.sqrt(4 * level);
    double lo = Math.sqrt(level);
    int step = limit < moving ? -1 : 1;
    double tHi = Double.NaN;
    double prev = Math.sqrt(distance(s, restPoint, moving));
    for (int i = moving + step; step < 0 ? i >= Math.max(0, limit) : i <= limit; i += step) {
      double d = Math.sqrt(distance(s, restPoint, i));
      if (Double.isNaN(tHi)) {
        if (prev >= hi && d < hi) {
          tHi = i - step + step * (prev - hi) / (prev - d);
        }
      } else if (prev >= lo && d < lo) {
        double tLo = i - step + step * (prev - lo) / (prev - d);
        return (int) Math.round(2 * tLo - tHi);
      }
      prev = d;
    }
    return -1;
  }

  /** The median point of {@code s} over frames {@code from}..{@code to}. */
  static double[] restPoint(double[][] s, int from, int to) {
    double[] p = new double[s.length];
    for (int c = 0; c < s.length; c++) {
      p[c] = medianOf(s[c], from, to);
    }
    return p;
  }

  /**
   * Whether the lifter rests still over frames {@code from}..{@code to}: his landmarks stay so
   * close to their median that a departure of {@link #REST_LEVEL_M} stands {@link
   * #REST_LEVEL_NOISE} times above their jitter.
   */
  static boolean still(double[][] s, boolean[] present, int from, int to) {
    if (to - from < 2) {
      return false;
    }
    double[] p = restPoint(s, from, to);
    double[] d = new double[to - from + 1];
    int m = 0;
    for (int i = from; i <= to; i++) {
      if (present[i]) {
        d[m++] = distance(s, p, i);
      }
    }
    return m > 0 && REST_LEVEL_NOISE * medianOf(Arrays.copyOf(d, m), 0, m - 1) <= REST_LEVEL_M;
  }

  private static double distance(double[][] s, double[] p, int i) {
    double sum = 0;
    for (int c = 0; c < s.length; c++) {
      double d = s[c][i] - p[c];
      sum += d * d;
    }
    return Math.sqrt(sum);
  }

  /** A touch-and-go bottom lasts a frame or two at most, shorter than a dead stop's rest. */
  static final double TOUCH_AND_GO_MAX_MS = 400;

  /**
   * In touch-and-go the bar turns around at the floor without resting: the previous descent ends
   * and the next pull starts at the same instant, where the lifter moves slowest.
   */
  private static void touchAndGo(Kinematics k, List<int[]> cands, double[] speed) {
    for (int r = 1; r < cands.size(); r++) {
      int[] prev = cands.get(r - 1);
      int[] cur = cands.get(r);
      int descentEnd = prev[4];
      if (descentEnd < 0 || k.t(cur[1]) - k.t(descentEnd) > TOUCH_AND_GO_MAX_MS) {
        continue;
      }
      int bottom = descentEnd;
      for (int j = descentEnd; j <= cur[1]; j++) {
        if (speed[j] < speed[bottom]) {
          bottom = j;
        }
      }
      prev[4] = bottom;
      prev[5] = bottom;
      cur[0] = bottom;
      cur[1] = bottom;
      // the bar may rest on the floor a moment while the body turns (hips rising first): the pull
      // starts where it leaves the lowest height it reached
      double[] h = k.barUpM();
      int low = bottom;
      for (int j = bottom; j <= cur[6]; j++) {
        if (h[j] < h[low]) {
          low = j;
        }
      }
      int leaves = restEnd(new double[][] {h}, new double[] {h[low]}, cur[6], bottom, REST_LEVEL_M);
      if (leaves > bottom && leaves < cur[2] && k.t(leaves) - k.t(bottom) <= TOUCH_AND_GO_MAX_MS) {
        cur[1] = leaves;
      }
    }
  }

  /**
   * Lockout is standing tall: not before the hips and knees are extended ({@link #LOCKOUT_HIP_DEG},
   * {@link #LOCKOUT_KNEE_DEG}) when they get there by {@code to}. The speed can dip well before
   * that: on jc_heellift the pull slows at frame 47 with the bar at the knees and the hips at 108°,
   * and the clip, cut to the lift, has no rest to scale "moving" by, so the lockout was read there;
   * the hips and knees reach 155° at frame 60 (the plates' hub is then 2 cm from its highest). On
   * the other fixture clips and the synthetic lifter the lockout already comes after the extension
   * and does not move.
   */
  static int notBeforeExtended(Kinematics k, int lockout, int to) {
    double[] hip = k.hipDeg();
    double[] knee = k.kneeDeg();
    if (hip[lockout] >= LOCKOUT_HIP_DEG && knee[lockout] >= LOCKOUT_KNEE_DEG) {
      return lockout;
    }
    for (int j = lockout + 1; j <= to && j < hip.length; j++) {
      if (hip[j] >= LOCKOUT_HIP_DEG && knee[j] >= LOCKOUT_KNEE_DEG) {
        return j;
      }
    }
    return lockout;
  }

  /**
   * The bar cannot leave the floor before the lifter's hips or shoulders move: the hands hang from
   * the shoulders, and the legs' push moves the hips. A floor break more than {@link #TRUNK_LEAD_S}
   * before the trunk's own speed ramp starts ({@link #rampStart} on the speed of hips and shoulders
   * alone) comes from the hand landmarks wandering while the lifter sets his grip. There the bar's
   * departure is fitted again ({@link #restInstant}) from the height the hands have settled at by
   * that bound, and kept if it lies between the bound and as far after the trunk's start; else the
   * bound is the floor break.
   *
   * <p>On formfit_deadlift's first rep the wrists rise 9 cm over frames 0 to 12 with hips and
   * shoulders still, while the plates stay on the floor until frame 19 to 22 (seen in the video):
   * the floor break was frame 6 or 1 on the official solution's two tracks, now 15 or 16. Synthetic
   * hands drifting up 6 cm in the setup put the floor break 0.2 to 0.7 s early, now within a frame
   * on 29 of 30 seeds ({@code SyntheticSetPropertyTest}); the other synthetic shares are unchanged
   * (with no lead allowed at all, the floor break within 2 frames fell 95.8 % → 94.2 %). Not for
   * grinds (bar never at {@link #GRIND_PEAK_MPS}), whose trunk speed ramps too gently for two
   * crossings to place its start (a synthetic one came out 0.9 s late). {@code trunk} is the speed
   * of hips and shoulders ({@link #speed}).
   */
  static int notBeforeTheTrunk(
      Kinematics k,
      double[] trunk,
      int onset,
      int prevEnd,
      int coarseOnset,
      int lockout,
      int rest) {
    if (max(k.barVelocityMps(), onset, lockout) < GRIND_PEAK_MPS) {
      return onset;
    }
    double peak = max(trunk, Math.max(prevEnd, coarseOnset - rest), lockout);
    int start = rampStart(trunk, Math.max(prevEnd, coarseOnset - 2 * rest), lockout, peak);
    int bound = start - (int) Math.round(TRUNK_LEAD_S * k.fps());
    if (bound <= onset || bound >= lockout) {
      return onset;
    }
    double[] h = k.barUpM();
    int from = Math.max(prevEnd, bound - rest / 2);
    int to = fitEnd(h, lockout, bound, medianOf(h, from, bound));
    if (to - from >= rest) {
      double t = restInstant(new double[][] {h}, k.present(), from, to, true);
      if (!Double.isNaN(t) && t >= bound && t <= 2 * start - bound) {
        return (int) Math.round(t);
      }
    }
    return bound;
  }

  /** How long before the trunk's speed ramp starts a floor break may still be placed, seconds. */
  static final double TRUNK_LEAD_S = 0.05;

  /**
   * How fast the lifter moves: the speed of hips, shoulders and hands together. Joint motion,
   * unlike the bar's height, does not flatten out near lockout, so the ends of a pull are sharp.
   */
  static double[] bodySpeed(Kinematics k) {
    return speed(k, Joint.HIP, Joint.SHOULDER, Joint.WRIST);
  }

  /** The speed of the given joints together (root of the summed squared speeds), m/s. */
  static double[] speed(Kinematics k, Joint... joints) {
    int n = k.frameCount();
    double[] out = new double[n];
    for (Joint j : joints) {
      double[] vx = dev.hinge.kinematics.Derivative.central(k.forward(j), k.tMs());
      double[] vy = dev.hinge.kinematics.Derivative.central(k.up(j), k.tMs());
      for (int i = 0; i < n; i++) {
        out[i] += vx[i] * vx[i] + vy[i] * vy[i];
      }
    }
    for (int i = 0; i < n; i++) {
      out[i] = Math.sqrt(out[i]);
    }
    return out;
  }

  private static Rep build(
      Kinematics k,
      int index,
      int setupStart,
      int onset,
      int lockout,
      int descentStart,
      int descentEnd,
      int end,
      double standingKnee) {
    double[] h = k.barUpM();
    int kneePass = kneePass(k, onset, lockout);
    List<Phase> phases = new ArrayList<>();
    if (setupStart < onset) {
      phases.add(phase(k, PhaseName.SETUP, setupStart, onset));
    }
    boolean fromFloor = h[onset] <= FLOOR_START_SHARE_OF_KNEE * standingKnee && kneePass > onset;
    if (kneePass > onset) {
      phases.add(phase(k, PhaseName.FLOOR_TO_KNEE, onset, kneePass));
      phases.add(phase(k, PhaseName.KNEE_TO_LOCKOUT, kneePass, lockout));
    } else {
      phases.add(phase(k, PhaseName.KNEE_TO_LOCKOUT, onset, lockout));
    }
    int lockEnd = descentStart >= 0 ? descentStart : end;
    if (lockEnd > lockout) {
      phases.add(phase(k, PhaseName.LOCKOUT, lockout, lockEnd));
    }
    if (descentStart >= 0) {
      phases.add(phase(k, PhaseName.DESCENT, descentStart, descentEnd >= 0 ? descentEnd : end));
    }
    double hipMax = max(k.hipDeg(), lockout, Math.max(lockout, lockEnd));
    double kneeMax = max(k.kneeDeg(), lockout, Math.max(lockout, lockEnd));
    boolean lockedOut = hipMax >= LOCKOUT_HIP_DEG && kneeMax >= LOCKOUT_KNEE_DEG;
    Optional<String> reason = Optional.empty();
    if (!fromFloor) {
      reason =
          Optional.of(
              String.format(
                  java.util.Locale.ROOT,
                  "started with the hands %.0f cm up, above the floor position",
                  100 * h[onset]));
    } else if (!lockedOut) {
      reason =
          Optional.of(
              String.format(
                  java.util.Locale.ROOT,
                  "no lockout: hips reached %.0f° and knees %.0f° (needs %.0f°)",
                  hipMax,
                  kneeMax,
                  LOCKOUT_HIP_DEG));
    }
    return new Rep(
        index,
        reason.isPresent(),
        reason,
        phases.get(0).startFrame(),
        Math.max(end, lockout),
        onset,
        lockout,
        phases,
        false);
  }

  private static Phase phase(Kinematics k, PhaseName name, int from, int to) {
    return new Phase(name, from, to, k.t(from), k.t(to));
  }

  /**
   * Whether the feet travel during the pull: where mid-foot sits over the first quarter of it
   * against the last quarter (medians). Net travel, not spread: while the bar passes the shins the
   * plates hide the feet and their landmarks wander by 15 cm or more for a few frames
   * (jc_nico_unblocked), but planted feet end where they started.
   */
  private static boolean walking(Kinematics k, int from, int to) {
    int q = Math.max(1, (to - from + 1) / 4);
    double start = medianOf(k.midFootForwardM(), from, from + q - 1);
    double end = medianOf(k.midFootForwardM(), to - q + 1, to);
    return Math.abs(end - start) > MAX_FOOT_TRAVEL_M;
  }

  private static double medianOf(double[] s, int from, int to) {
    double[] c = Arrays.copyOfRange(s, from, to + 1);
    Arrays.sort(c);
    int m = c.length / 2;
    return c.length % 2 == 1 ? c[m] : 0.5 * (c[m - 1] + c[m]);
  }

  private static double max(double[] s, int from, int to) {
    double m = Double.NEGATIVE_INFINITY;
    for (int j = from; j <= to; j++) {
      m = Math.max(m, s[j]);
    }
    return m;
  }

  private static double percentile(double[] s, boolean[] present, double q) {
    double[] c = new double[s.length];
    int k = 0;
    for (int i = 0; i < s.length; i++) {
      if (present[i]) {
        c[k++] = s[i];
      }
    }
    c = Arrays.copyOf(c, k);
    Arrays.sort(c);
    return c[(int) Math.round(q * (k - 1))];
  }

  private static int firstPresent(boolean[] p) {
    for (int i = 0; i < p.length; i++) {
      if (p[i]) {
        return i;
      }
    }
    return p.length;
  }

  private static int lastPresent(boolean[] p) {
    for (int i = p.length - 1; i >= 0; i--) {
      if (p[i]) {
        return i;
      }
    }
    return 0;
  }

  private static int lastPresentFrom(boolean[] p, int from) {
    int last = from;
    for (int i = from; i < p.length && p[i]; i++) {
      last = i;
    }
    return last;
  }

  private static int firstAbove(double[] h, boolean[] p, int from, double thr) {
    for (int j = from; j < h.length; j++) {
      if (p[j] && h[j] >= thr) {
        return j;
      }
    }
    return -1;
  }
}
