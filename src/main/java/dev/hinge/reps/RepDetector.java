package dev.hinge.reps;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.kinematics.ViewKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Finds the reps of a set, step by step: the clip's {@link BarRange}; each rise of the bar from its
 * low band to its high band as a {@link CoarsePull}; rises the lifter walks away from ({@link
 * Walking}) set aside as empty-handed, those made with the hands alone (a row) as no deadlift, and
 * a set whose every rise was made with the arms raised ({@link Arms}: swings, cleans) too; the ends
 * of each pull sharpened ({@link RampFit}, {@link FloorBreak}, {@link Lockout}, {@link Descent});
 * {@link TouchAndGo} bottoms joined; {@link MissedPulls} added; each built into a {@link Rep}
 * ({@link RepBuilder}). docs/analysis.md says how each step was measured.
 */
public final class RepDetector {
  /** A pull shorter than this from floor break to lockout is no rep. */
  static final double MIN_CONCENTRIC_MS = 200;

  private RepDetector() {}

  /**
   * What the hands did: the reps, and the rises that were not reps because the lifter walked away
   * from them without lowering anything: he had let go of the bar and stood up (after the set, or
   * to chalk up or rest between reps).
   */
  public record Detection(
      List<Rep> reps,
      List<EmptyHandedRise> emptyHanded,
      List<NotLowered> notLowered,
      List<ArmsRaised> armsRaised,
      List<HandsAlone> handsAlone,
      List<HandsUp> handsUp,
      OptionalDouble barTravelM) {
    public Detection {
      reps = List.copyOf(reps);
      emptyHanded = List.copyOf(emptyHanded);
      notLowered = List.copyOf(notLowered);
      armsRaised = List.copyOf(armsRaised);
      handsAlone = List.copyOf(handsAlone);
      handsUp = List.copyOf(handsUp);
    }

    public Detection(
        List<Rep> reps,
        List<EmptyHandedRise> emptyHanded,
        List<NotLowered> notLowered,
        OptionalDouble barTravelM) {
      this(reps, emptyHanded, notLowered, List.of(), List.of(), List.of(), barTravelM);
    }

    /**
     * The detections of consecutive parts of one video (the shots of an edited clip), each found on
     * its own: {@code firstFrames} says where each part starts in the whole. Frames are moved
     * there, reps numbered again in order, and the bar's travel is the largest of any part.
     */
    public static Detection joined(List<Detection> parts, List<Integer> firstFrames) {
      List<Rep> reps = new java.util.ArrayList<>();
      List<EmptyHandedRise> empty = new java.util.ArrayList<>();
      List<NotLowered> notLowered = new java.util.ArrayList<>();
      List<ArmsRaised> arms = new java.util.ArrayList<>();
      List<HandsAlone> hands = new java.util.ArrayList<>();
      List<HandsUp> up = new java.util.ArrayList<>();
      OptionalDouble travel = OptionalDouble.empty();
      for (int p = 0; p < parts.size(); p++) {
        Detection d = parts.get(p);
        int o = firstFrames.get(p);
        for (Rep r : d.reps()) {
          reps.add(r.shifted(reps.size() + 1, o));
        }
        d.emptyHanded()
            .forEach(
                e ->
                    empty.add(
                        new EmptyHandedRise(
                            e.fromFrame() + o,
                            e.standingFrame() + o,
                            e.acrossM(),
                            e.sizeChange())));
        d.notLowered()
            .forEach(n -> notLowered.add(new NotLowered(n.lockoutFrame() + o, n.leftFrame() + o)));
        d.armsRaised()
            .forEach(
                a ->
                    arms.add(
                        new ArmsRaised(a.fromFrame() + o, a.frame() + o, a.deg(), a.elbows())));
        d.handsAlone()
            .forEach(
                h ->
                    hands.add(
                        new HandsAlone(
                            h.fromFrame() + o, h.topFrame() + o, h.barRiseM(), h.shoulderRiseM())));
        d.handsUp().forEach(h -> up.add(new HandsUp(h.fromFrame() + o, h.toFrame() + o)));
        if (d.barTravelM().isPresent()
            && (travel.isEmpty() || d.barTravelM().getAsDouble() > travel.getAsDouble())) {
          travel = d.barTravelM();
        }
      }
      return new Detection(reps, empty, notLowered, arms, hands, up, travel);
    }
  }

  /**
   * A rise of the hands that left the shoulders behind: from {@code fromFrame} to {@code topFrame}
   * the hands rose {@code barRiseM}, the shoulders only {@code shoulderRiseM}. A bar pulled with
   * straight arms takes the shoulders up about as far (on every rep of the development set and the
   * fixtures, 62–132 % of the hands' rise); hands that rise alone are a row, a curl or an upright
   * row, not a deadlift.
   */
  public record HandsAlone(int fromFrame, int topFrame, double barRiseM, double shoulderRiseM) {}

  /**
   * A pulled bar's shoulders rise at least this share of its rise: half the smallest share read on
   * a real rep (vic_deadlift, 62 %, where BlazePose drew the hidden hands low at the floor).
   */
  static final double SHOULDERS_WITH_PULL = 0.3;

  /**
   * Whether the hands rose from {@code from} to {@code to} without the shoulders ({@link
   * #SHOULDERS_WITH_PULL}), read only where the shoulders are seen at both ends: a shoulder cut by
   * the picture's edge at lockout is BlazePose's guess.
   */
  static boolean handsAlone(Kinematics k, double[] bar, int from, int to) {
    boolean seen =
        k.visibility(Joint.SHOULDER, from) >= SEEN && k.visibility(Joint.SHOULDER, to) >= SEEN;
    return seen
        && k.up(Joint.SHOULDER, to) - k.up(Joint.SHOULDER, from)
            < SHOULDERS_WITH_PULL * (bar[to] - bar[from]);
  }

  /**
   * Raised arms make a set no deadlift when every rise of at least this many was made with them: a
   * single rise with the arms read raised is as likely the landmarks' guess at a hidden arm.
   */
  static final int MIN_RAISED_RISES = 2;

  /** A landmark counts as seen at this visibility (as {@code KinematicsExtractor} reads it). */
  static final double SEEN = 0.5;

  /**
   * A rise that was no deadlift rep: from {@code fromFrame} the arms were raised, at most {@code
   * deg} from hanging at {@code frame}, straight ({@code elbows} false: the hands swung up in
   * front, a kettlebell swing) or with the elbows bent (a clean, a high pull, an upright row).
   */
  public record ArmsRaised(int fromFrame, int frame, double deg, boolean elbows) {}

  /**
   * A rise that ended with the hands held at the shoulders or overhead, from {@code fromFrame} to
   * {@code toFrame}: a clean, a snatch or a jerk, where a deadlift bar hangs at arm's length.
   */
  public record HandsUp(int fromFrame, int toFrame) {}

  /**
   * A rep whose bar the lifter did not lower to the floor in view: at {@code leftFrame} he turned
   * away or walked off from his lockout at {@code lockoutFrame} (he dropped the bar or let go of
   * it); the rep ends there.
   */
  public record NotLowered(int lockoutFrame, int leftFrame) {}

  /**
   * A rise of the hands to standing (frames), then a walk: {@code acrossM} metres across the
   * picture, and the lifter's apparent size changed by {@code sizeChange} (0.3: 30 % larger).
   */
  public record EmptyHandedRise(
      int fromFrame, int standingFrame, double acrossM, double sizeChange) {
    /** Whether he walked across the picture (else towards or away from the camera). */
    public boolean walkedAcross() {
      return acrossM > Walking.WALK_AWAY_M;
    }
  }

  public static List<Rep> detect(Kinematics k) {
    return find(k).reps();
  }

  public static Detection find(Kinematics k) {
    Optional<BarRange> range = BarRange.of(k);
    OptionalDouble travel =
        range.map(r -> OptionalDouble.of(r.travelM())).orElse(OptionalDouble.empty());
    if (range.isEmpty() || !range.get().holdsAPull()) {
      return new Detection(List.of(), List.of(), List.of(), travel);
    }
    // from the front the arms swing towards the camera: the picture cannot tell
    boolean armsReadable = k.camera().view().kind() != ViewKind.FRONT;
    BarRange bar = range.get();
    Motion m = Motion.of(k);
    List<Pull> pulls = new ArrayList<>();
    List<EmptyHandedRise> emptyHanded = new ArrayList<>();
    List<NotLowered> notLowered = new ArrayList<>();
    List<ArmsRaised> armsRaised = new ArrayList<>();
    List<HandsAlone> handsAlone = new ArrayList<>();
    List<HandsUp> handsUp = new ArrayList<>();
    List<Optional<ArmsRaised>> raisedArms = new ArrayList<>();
    int start = Series.firstPresent(m.present());
    int prevEnd = start;
    int i = start;
    while (i < m.frameCount()) {
      Optional<CoarsePull> found =
          CoarsePull.next(m, bar, i, prevEnd, pulls.isEmpty() && i == start);
      if (found.isEmpty()) {
        break;
      }
      CoarsePull c = found.get();
      int descentEnd = c.descentEnd();
      Walking.Walk walk =
          Walking.away(
              k,
              c.lockout(),
              c.descentStart() >= 0 ? c.descentStart() : Series.lastPresent(m.present()));
      // a rise walked away from after a rep is the lifter standing up empty-handed; the first
      // rise from the floor cannot be (no bar was set down before it): he dropped the bar
      boolean droppedFirst =
          walk.walkedOff() && pulls.isEmpty() && m.barUpM()[c.setupStart()] <= bar.lowM();
      int riseEnd = descentEnd >= 0 ? descentEnd : Series.lastPresent(m.present());
      Optional<Arms.Raised> arms =
          armsReadable ? Arms.raised(k, c.floorBreak(), riseEnd) : Optional.empty();
      Optional<Arms.Held> held = Arms.heldUp(k, c.floorBreak(), riseEnd);
      if (held.isPresent()) {
        // the bar went on up to the shoulders or overhead and stayed: no deadlift, whatever else
        handsUp.add(new HandsUp(held.get().from(), held.get().to()));
      } else if (walk.walkedOff() && !droppedFirst) {
        emptyHanded.add(
            new EmptyHandedRise(c.floorBreak(), c.lockout(), walk.acrossM(), walk.sizeChange()));
      } else if (handsAlone(k, m.barUpM(), c.floorBreak(), c.lockout())) {
        // the hands rose and the shoulders stayed: no bar pulled from the floor
        handsAlone.add(
            new HandsAlone(
                c.floorBreak(),
                c.lockout(),
                m.barUpM()[c.lockout()] - m.barUpM()[c.floorBreak()],
                k.up(Joint.SHOULDER, c.lockout()) - k.up(Joint.SHOULDER, c.floorBreak())));
      } else if (!Walking.duringPull(k, c.floorBreak(), c.lockout())
          && k.t(c.lockout()) - k.t(c.floorBreak()) >= MIN_CONCENTRIC_MS) {
        // a bar not lowered to the floor: the rep ends where the lifter leaves his place
        int left =
            c.descentEnd() >= 0
                ? -1
                : Walking.leaves(k, c.lockout(), Series.lastPresent(m.present()));
        if (left >= 0) {
          left = c.setOff(m, left);
        }
        Pull p = sharpen(m, left >= 0 ? c.leftAt(left) : c, prevEnd);
        if (left >= 0) {
          notLowered.add(new NotLowered(p.lockout(), left));
          descentEnd = left;
        } else {
          descentEnd = p.descentEnd();
        }
        pulls.add(p);
        raisedArms.add(
            arms.map(a -> new ArmsRaised(c.floorBreak(), a.frame(), a.deg(), a.elbows())));
      }
      // the next pull is looked for from where this one's way down ended
      if (descentEnd < 0 || descentEnd >= m.frameCount() - 1) {
        break;
      }
      i = descentEnd;
      prevEnd = descentEnd;
    }
    // no deadlift bar rises on arms lifted in front: a set of swings or cleans. Read on the set,
    // not rise by rise: BlazePose draws the arms raised at a lockout the near plate hides (bx
    // copies, darkened or mirrored), but not through every rep of a set
    // (a rise that ended with the hands held up is one of them)
    if (!pulls.isEmpty()
        && pulls.size() + handsUp.size() >= MIN_RAISED_RISES
        && raisedArms.stream().allMatch(Optional::isPresent)) {
      raisedArms.forEach(a -> armsRaised.add(a.orElseThrow()));
      pulls.clear();
      notLowered.clear();
    }
    double standingKnee = Series.percentile(k.up(Joint.KNEE), m.present(), 0.9);
    List<Rep> reps = new ArrayList<>();
    List<Pull> joined = TouchAndGo.join(k, pulls, m.speed());
    SetMarks marks = SetMarks.of(k, joined, standingKnee);
    for (Pull p : joined) {
      reps.add(RepBuilder.full(k, reps.size() + 1, p, marks));
    }
    for (MissedPulls.Missed missed :
        MissedPulls.withoutFullPulls(MissedPulls.find(m, bar), joined)) {
      reps.add(RepBuilder.missed(k, missed));
    }
    reps.sort(Comparator.comparingInt(Rep::floorBreakFrame));
    for (int r = 0; r < reps.size(); r++) {
      reps.set(r, reps.get(r).withIndex(r + 1));
    }
    return new Detection(reps, emptyHanded, notLowered, armsRaised, handsAlone, handsUp, travel);
  }

  /**
   * A coarse pull's ends placed sharply: the speed ramps extrapolated to zero instead of waiting
   * for the noise; where the lifter rests still in his setup, the bar's own departure; the lockout
   * ({@link Lockout#place}) and the descent ({@link Descent#sharpen}); then the floor break of a
   * grind ({@link FloorBreak#slowStart}), the bar's departure again where it is earlier and the bar
   * has risen by the speed's start (not after a yank, whose filtered height creeps up early), and
   * never well before the trunk moves ({@link FloorBreak#notBeforeTheTrunk}).
   */
  static Pull sharpen(Motion m, CoarsePull c, int prevEnd) {
    Kinematics k = m.k();
    double[] v = m.speed();
    double[] h = m.barUpM();
    int onset = c.floorBreak();
    int lockout = c.lockout();
    int onsetRamp = RampFit.rampStart(v, Math.max(prevEnd, onset - 10), lockout, c.peakSpeed());
    int lockoutRamp = RampFit.rampEnd(v, lockout, onset, c.peakSpeed());
    if (Math.abs(onsetRamp - onset) <= m.slack()) {
      onset = Math.max(prevEnd, onsetRamp);
    }
    if (Math.abs(lockoutRamp - lockout) <= m.slack() && lockoutRamp > onset) {
      lockout = Math.min(m.frameCount() - 1, lockoutRamp);
    }
    // the bar's own departure moves the floor break later here, and earlier below
    int barStart = FloorBreak.fromStillSetup(m, prevEnd, c.floorBreak(), c.rise());
    if (barStart > onset) {
      onset = barStart;
    }
    Lockout.Placed placed = Lockout.place(m, c, onset, lockout);
    lockout = placed.frame();
    int descentStart = c.descentStart();
    int descentEnd = c.descentEnd();
    int end = c.end();
    if (descentStart >= 0 && descentEnd > descentStart) {
      Descent.Ends d = Descent.sharpen(m, c, lockout, placed.standing());
      descentStart = d.start();
      descentEnd = d.end();
      end = descentEnd;
    }
    onset = FloorBreak.slowStart(h, m.present(), prevEnd, onset, c.rise(), m.restFrames());
    if (barStart >= 0 && barStart < onset && h[onset] > h[barStart] && !FloorBreak.yank(k, onset)) {
      onset = barStart;
    }
    onset =
        FloorBreak.notBeforeTheTrunk(
            k, m.trunkSpeed(), onset, prevEnd, c.floorBreak(), lockout, m.restFrames());
    return new Pull(
        Math.min(c.setupStart(), onset), onset, lockout, descentStart, descentEnd, end, c.rise());
  }
}
