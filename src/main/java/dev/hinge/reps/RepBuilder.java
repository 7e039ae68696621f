package dev.hinge.reps;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns a placed pull into a {@link Rep}: its phases, and whether (and why) it is partial. */
final class RepBuilder {
  /** A full rep starts with the hands below this share of the standing knee height. */
  static final double FLOOR_START_SHARE_OF_KNEE = 0.85;

  /**
   * Where the bar starts from: its lowest over this last stretch of the set-up, seconds. Where the
   * plates hide the hands at the floor, their landmark can creep up by 10-15 cm while the lifter
   * takes the slack out, before the pull (seb_deadlift's second rep, oblique: 26 cm at rest, 39 cm
   * at the floor break).
   */
  static final double START_REST_S = 1.0;

  private RepBuilder() {}

  /**
   * A pull as a rep: setup, floor→knee, knee→lockout, lockout and descent, as far as the pull has
   * them. Partial when it starts above {@link #FLOOR_START_SHARE_OF_KNEE} of the set's standing
   * knee or the hips and knees never extend to {@link Lockout#HIP_DEG} before the descent, unless
   * the bar passed the knees from the floor and the model did not see the lifter above them ({@link
   * #topUnseen}): then a full rep whose lockout was not seen; or unless its bar rose to the set's
   * own top ({@link SetTop}). A start above that share on the set's own floor ({@link SetFloor}) is
   * from the floor.
   */
  static Rep full(Kinematics k, int index, Pull p, SetMarks set) {
    double standingKneeM = set.standingKneeM();
    double[] h = k.barUpM();
    int onset = p.floorBreak();
    int lockout = p.lockout();
    int kneePass = kneePass(k, onset, lockout);
    List<Phase> phases = new ArrayList<>();
    if (p.setupStart() < onset) {
      phases.add(phase(k, PhaseName.SETUP, p.setupStart(), onset));
    }
    double startM = startHeight(k, p);
    // or on the set's own floor, whatever the knees read there (plates hide hands and knees)
    boolean fromFloor =
        belowTheKnees(startM, kneePass, onset, standingKneeM) || SetFloor.on(set.floorM(), startM);
    if (kneePass > onset) {
      phases.add(phase(k, PhaseName.FLOOR_TO_KNEE, onset, kneePass));
      phases.add(phase(k, PhaseName.KNEE_TO_LOCKOUT, kneePass, lockout));
    } else {
      phases.add(phase(k, PhaseName.KNEE_TO_LOCKOUT, onset, lockout));
    }
    int lockEnd = p.descentStart() >= 0 ? p.descentStart() : p.end();
    if (lockEnd > lockout) {
      phases.add(phase(k, PhaseName.LOCKOUT, lockout, lockEnd));
    }
    if (p.descentStart() >= 0) {
      phases.add(
          phase(
              k,
              PhaseName.DESCENT,
              p.descentStart(),
              p.descentEnd() >= 0 ? p.descentEnd() : p.end()));
    }
    // standing tall anywhere from the knee pass to the descent is a lockout: the pose the lifter
    // then holds may read flexed (a small lifter's hips and knees, the plates over the knees)
    int[] top = topWindow(k, p);
    int upFrom = top[0];
    int topEnd = top[1];
    double hipMax = Series.max(k.hipDeg(), upFrom, topEnd);
    double kneeMax = Series.max(k.kneeDeg(), upFrom, topEnd);
    // a top the model did not see (the near plate over the lifter) is no evidence against a
    // lockout: a pull from the floor whose bar passed the knees and whose top was unseen counts
    boolean extended = Lockout.extendedWithin(k, upFrom, topEnd);
    boolean unseenTop = !extended && kneePass > onset && topUnseen(k, kneePass, lockout, p.end());
    // where the angles fall short, the bar at the set's own top (a camera at an angle)
    boolean atSetTop =
        !extended
            && !unseenTop
            && fromFloor
            && SetTop.reached(
                set.topM(), Series.max(h, upFrom, topEnd), hipMax, SetTop.cutRising(k, topEnd));
    boolean lockedOut = extended || unseenTop || atSetTop;
    Optional<String> reason = Optional.empty();
    if (!fromFloor) {
      reason =
          Optional.of(
              startM > FLOOR_START_SHARE_OF_KNEE * standingKneeM
                  ? String.format(
                      Locale.ROOT,
                      "started with the hands %.0f cm up, above the floor position",
                      100 * startM)
                  : String.format(
                      Locale.ROOT,
                      "started with the bar at the knees (the hands %.0f cm up, the knees %.0f"
                          + " cm)",
                      100 * h[onset],
                      100 * k.up(Joint.KNEE, onset)));
    } else if (!lockedOut) {
      reason =
          Optional.of(
              String.format(
                  Locale.ROOT,
                  "no lockout: hips reached %.0f° and knees %.0f° (needs %.0f°)",
                  hipMax,
                  kneeMax,
                  Lockout.HIP_DEG));
    }
    return new Rep(
        index,
        reason.isPresent(),
        reason,
        phases.get(0).startFrame(),
        Math.max(p.end(), lockout),
        onset,
        lockout,
        phases,
        false,
        !unseenTop);
  }

  /** A missed pull as a partial rep: setup, the phases it got through, and its way down. */
  static Rep missed(Kinematics k, MissedPulls.Missed m) {
    double[] h = k.barUpM();
    int onset = m.floorBreak();
    int stall = m.stall();
    int kneePass = kneePass(k, onset, stall);
    List<Phase> phases = new ArrayList<>();
    if (m.setupStart() < onset) {
      phases.add(phase(k, PhaseName.SETUP, m.setupStart(), onset));
    }
    if (kneePass > onset) {
      phases.add(phase(k, PhaseName.FLOOR_TO_KNEE, onset, kneePass));
      phases.add(phase(k, PhaseName.KNEE_TO_LOCKOUT, kneePass, stall));
    } else {
      phases.add(phase(k, PhaseName.FLOOR_TO_KNEE, onset, stall));
    }
    phases.add(phase(k, PhaseName.DESCENT, stall, m.end()));
    String reason =
        String.format(
            Locale.ROOT,
            "missed: the bar rose %.0f cm, stalled %s the knees and came back down without a"
                + " lockout",
            100 * (h[stall] - h[onset]),
            kneePass > onset ? "above" : "below");
    return new Rep(
        0,
        true,
        Optional.of(reason),
        phases.get(0).startFrame(),
        m.end(),
        onset,
        stall,
        phases,
        true,
        true);
  }

  /**
   * The frames a pull's lockout is read on: from the knee pass (the floor break for a pull that
   * starts above the knees, the lockout at the latest) to the end of the hold at the top.
   */
  static int[] topWindow(Kinematics k, Pull p) {
    int onset = p.floorBreak();
    int lockout = p.lockout();
    int kneePass = kneePass(k, onset, lockout);
    int lockEnd = p.descentStart() >= 0 ? p.descentStart() : p.end();
    return new int[] {Math.min(Math.max(onset, kneePass), lockout), Math.max(lockout, lockEnd)};
  }

  /**
   * Whether a pull started from the floor by the lifter's knees: from under {@link
   * #FLOOR_START_SHARE_OF_KNEE} of their standing height, the bar then passing them.
   */
  static boolean belowTheKnees(Kinematics k, Pull p, double standingKneeM) {
    int onset = p.floorBreak();
    return belowTheKnees(startHeight(k, p), kneePass(k, onset, p.lockout()), onset, standingKneeM);
  }

  /** {@link #belowTheKnees} from a pull's start height and knee pass, where they are known. */
  private static boolean belowTheKnees(
      double startM, int kneePass, int onset, double standingKneeM) {
    return startM <= FLOOR_START_SHARE_OF_KNEE * standingKneeM && kneePass > onset;
  }

  /** Where a pull starts from: the bar's lowest over the set-up's last {@link #START_REST_S}. */
  static double startHeight(Kinematics k, Pull p) {
    int onset = p.floorBreak();
    return restHeight(k, Math.max(p.setupStart(), prevSecond(k, onset)), onset);
  }

  /** The frame {@link #START_REST_S} before {@code frame}, or the first. */
  private static int prevSecond(Kinematics k, int frame) {
    return Math.max(0, frame - (int) Math.round(START_REST_S * k.fps()));
  }

  /** The bar's lowest height over frames [{@code from}, {@code to}]. */
  private static double restHeight(Kinematics k, int from, int to) {
    double[] h = k.barUpM();
    double min = h[to];
    for (int i = from; i < to; i++) {
      min = Math.min(min, h[i]);
    }
    return min;
  }

  /** The first frame from {@code from} to {@code to} with the bar at knee height, else -1. */
  static int kneePass(Kinematics k, int from, int to) {
    double[] h = k.barUpM();
    double[] knee = k.up(Joint.KNEE);
    for (int j = from; j <= to; j++) {
      if (h[j] >= knee[j]) {
        return j;
      }
    }
    return -1;
  }

  private static Phase phase(Kinematics k, PhaseName name, int from, int to) {
    return new Phase(name, from, to, k.t(from), k.t(to));
  }

  /**
   * The top is unseen when the model saw no lifter ({@link Kinematics#unseen}) for this long while
   * the bar was above the knees, seconds: a frame or two without a pose is no hidden lockout.
   */
  static final double MIN_UNSEEN_TOP_S = 0.2;

  /**
   * Whether the model did not see the lifter for {@link #MIN_UNSEEN_TOP_S} or more while the bar
   * was above the knees: from {@code kneePass} until it falls below that height again after {@code
   * lockout} (by {@code end}). Bridged heights stand for the unseen frames.
   */
  static boolean topUnseen(Kinematics k, int kneePass, int lockout, int end) {
    double[] h = k.barUpM();
    boolean[] unseen = k.unseen();
    int last = Math.min(k.frameCount() - 1, Math.max(lockout, end));
    int to = lockout;
    while (to < last && h[to + 1] >= h[kneePass]) {
      to++;
    }
    int count = 0;
    for (int i = kneePass; i <= to; i++) {
      if (unseen[i]) {
        count++;
      }
    }
    return count >= MIN_UNSEEN_TOP_S * k.fps();
  }
}
