package dev.hinge.synthetic;

import dev.hinge.faults.FaultCode;
import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.Landmark;
import dev.hinge.pose.ModelInfo;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.VideoInfo;
import dev.hinge.pose.WorldLandmark;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded planar lifter: shank, thigh, a two-part spine, neck and straight arms holding the bar,
 * filmed by a pinhole camera. The posture at the floor is solved so that the hands reach the bar
 * (hands at 15 % of stature, over mid-foot); the pull interpolates joint angles to standing with a
 * smooth (1 − cos) profile. Faults change the motion the way a lifter would: hips rising first, a
 * squat start, a bent spine, a cranked neck, leaning back, the bar swinging forward, a yank off the
 * floor, a grinding slow pull.
 */
public final class SyntheticLifter {
  // segment lengths as shares of stature (Drillis and Contini)
  static final double SHANK = 0.246;
  static final double THIGH = 0.245;
  static final double TRUNK = 0.288;
  static final double NECK_TO_EAR = 0.11;
  static final double ARM = 0.332;
  static final double UPPER_ARM = 0.186;
  static final double ANKLE_UP = 0.039;
  static final double ANKLE_BACK = 0.035;
  static final double FOOT_HALF = 0.076;
  static final double HAND_AT_FLOOR = 0.15;

  /**
   * The track, its truth, and the missed pulls ({@link Breaks#missedPullAtEnd}): for each, the
   * frame where the bar leaves the floor, the frame where it stalls, and 1 if that is above the
   * knees (else 0).
   */
  public record Result(PoseTrack track, GroundTruth truth, List<int[]> missedPulls) {}

  /**
   * Joint-angle posture (degrees) and extras. With the hands off the bar, {@code handsUp} raises
   * them from hanging (0) to in front of the chest (1), as when chalking up.
   */
  record Posture(
      double shankDeg,
      double thighDeg,
      double trunkDeg,
      double bendDeg,
      double neckDeg,
      double barForwardM,
      double bodyShiftM,
      boolean handsOnBar,
      double handsUp) {
    Posture(
        double shankDeg,
        double thighDeg,
        double trunkDeg,
        double bendDeg,
        double neckDeg,
        double barForwardM,
        double bodyShiftM,
        boolean handsOnBar) {
      this(shankDeg, thighDeg, trunkDeg, bendDeg, neckDeg, barForwardM, bodyShiftM, handsOnBar, 0);
    }

    Posture lerp(Posture o, double s) {
      return new Posture(
          shankDeg + (o.shankDeg - shankDeg) * s,
          thighDeg + (o.thighDeg - thighDeg) * s,
          trunkDeg + (o.trunkDeg - trunkDeg) * s,
          bendDeg + (o.bendDeg - bendDeg) * s,
          neckDeg + (o.neckDeg - neckDeg) * s,
          barForwardM + (o.barForwardM - barForwardM) * s,
          bodyShiftM + (o.bodyShiftM - bodyShiftM) * s,
          handsOnBar && o.handsOnBar,
          handsUp + (o.handsUp - handsUp) * s);
    }
  }

  /** Points in the sagittal plane (metres, x forward from mid-foot, y up). */
  record Pts(
      double[] ankle,
      double[] heel,
      double[] toe,
      double[] knee,
      double[] hip,
      double[] shoulder,
      double[] ear,
      double[] nose,
      double[] elbow,
      double[] wrist) {}

  private final double h;

  /** From this frame on the lifter walks towards the camera, 1.5 m in {@link #TOWARDS_CAMERA_S}. */
  private int towardsCameraFrom = Integer.MAX_VALUE;

  static final double TOWARDS_CAMERA_M = 1.5;
  static final double TOWARDS_CAMERA_S = 1.5;

  /** How far through the pull's motion a missed pull gets before it stalls. */
  static final double MISSED_SHARE = 0.4;

  /** How long the lifter rubs chalk into his hands, in front of his chest, between reps. */
  static final double CHALK_S = 2.0;

  private SyntheticLifter(double statureM) {
    this.h = statureM;
  }

  Pts points(Posture p) {
    double sx = p.bodyShiftM;
    double[] ankle = {sx - ANKLE_BACK * h, ANKLE_UP * h};
    double[] heel = {sx - FOOT_HALF * h, 0.01};
    double[] toe = {sx + FOOT_HALF * h, 0.01};
    double ps = Math.toRadians(p.shankDeg);
    double[] knee = {ankle[0] + SHANK * h * Math.sin(ps), ankle[1] + SHANK * h * Math.cos(ps)};
    double pt = Math.toRadians(p.thighDeg);
    double[] hip = {knee[0] - THIGH * h * Math.sin(pt), knee[1] + THIGH * h * Math.cos(pt)};
    double tr = Math.toRadians(p.trunkDeg);
    double b = Math.toRadians(p.bendDeg) / 2;
    double half = TRUNK * h / 2;
    double[] mid = {hip[0] + half * Math.sin(tr - b), hip[1] + half * Math.cos(tr - b)};
    double[] shoulder = {mid[0] + half * Math.sin(tr + b), mid[1] + half * Math.cos(tr + b)};
    double nd = tr + b - Math.toRadians(p.neckDeg);
    double[] ear = {
      shoulder[0] + NECK_TO_EAR * h * Math.sin(nd), shoulder[1] + NECK_TO_EAR * h * Math.cos(nd)
    };
    double[] nose = {
      ear[0] + 0.06 * h * Math.cos(nd) - 0.0 * h, ear[1] - 0.06 * h * Math.sin(nd) - 0.01 * h
    };
    double arm = ARM * h;
    double[] wrist;
    if (p.handsOnBar) {
      double dx = p.barForwardM + sx - shoulder[0];
      dx = Math.max(-0.95 * arm, Math.min(0.95 * arm, dx));
      wrist = new double[] {shoulder[0] + dx, shoulder[1] - Math.sqrt(arm * arm - dx * dx)};
      // the bar rests on its plates: hands holding it cannot pull it through the floor (when the
      // hips shoot up, the shoulders dip a little before the bar leaves; the arms take that up)
      wrist[1] = Math.max(wrist[1], HAND_AT_FLOOR * h);
    } else {
      // hanging, or raised in front of the chest (elbows bent)
      double u = p.handsUp();
      wrist = new double[] {shoulder[0] + u * 0.12 * h, shoulder[1] - arm + u * (arm - 0.12 * h)};
    }
    double f = UPPER_ARM / ARM;
    double[] elbow = {
      shoulder[0] + f * (wrist[0] - shoulder[0]) - 0.01 * h,
      shoulder[1] + f * (wrist[1] - shoulder[1])
    };
    return new Pts(ankle, heel, toe, knee, hip, shoulder, ear, nose, elbow, wrist);
  }

  /** The floor posture: knee and shank angles given, trunk solved so the hands reach the bar. */
  Posture floor(double kneeDeg, double shankDeg, double bendDeg, double neckDeg) {
    double thigh = 180 - kneeDeg - shankDeg;
    double lo = 0;
    double hi = 89;
    for (int i = 0; i < 60; i++) {
      double m = (lo + hi) / 2;
      Pts p = points(new Posture(shankDeg, thigh, m, bendDeg, neckDeg, 0, 0, true));
      if (p.wrist()[1] > HAND_AT_FLOOR * h) {
        lo = m;
      } else {
        hi = m;
      }
    }
    return new Posture(shankDeg, thigh, (lo + hi) / 2, bendDeg, neckDeg, 0, 0, true);
  }

  /**
   * What the lifter does besides lifting: after the reps in {@code walkAboutAfterRep} (1-based) he
   * lets go of the bar, stands up, walks 0.8 m off and back (to chalk up, to rest) and sets up
   * again; with {@code walkOffAtEnd} he lets go after the last rep, stands up and walks off: across
   * the picture, or 1.5 m straight towards the camera ({@code offTowardsCamera}, to stop the
   * recording). With {@code missedPullAtEnd} he tries one more rep after the last and misses it:
   * the bar stalls {@link #MISSED_SHARE} of the way through the pull's motion (about 25 cm up, just
   * past the knees) and he lowers it.
   */
  public record Breaks(
      Set<Integer> walkAboutAfterRep,
      boolean walkOffAtEnd,
      boolean offTowardsCamera,
      boolean missedPullAtEnd,
      boolean dropAtEnd) {
    public static final Breaks NONE = new Breaks(Set.of(), false, false, false);

    public Breaks {
      walkAboutAfterRep = Set.copyOf(walkAboutAfterRep);
    }

    public Breaks(
        Set<Integer> walkAboutAfterRep,
        boolean walkOffAtEnd,
        boolean offTowardsCamera,
        boolean missedPullAtEnd) {
      this(walkAboutAfterRep, walkOffAtEnd, offTowardsCamera, missedPullAtEnd, false);
    }

    /**
     * The last rep is not lowered: the lifter drops the bar from lockout and walks off (towards the
     * camera, or 0.8 m back).
     */
    public static Breaks droppedAtLockout(boolean towardsCamera) {
      return new Breaks(Set.of(), false, towardsCamera, false, true);
    }
  }

  public static Result generate(SetSpec spec) {
    return generate(spec, Breaks.NONE);
  }

  public static Result generate(SetSpec spec, Breaks breaks) {
    return new SyntheticLifter(spec.statureM()).run(spec, breaks);
  }

  /**
   * Lets go of the bar at {@code at}, stands up and walks 0.8 m back; and returns to it, after
   * chalking up ({@link #CHALK_S}) there. Or, {@code towardsCamera}, stands up and walks 1.5 m
   * towards the camera ({@link #towardsCameraFrom}).
   */
  private void letGoAndWalk(
      List<Posture> frames, Posture at, double dt, boolean comeBack, boolean towardsCamera) {
    Posture off =
        new Posture(at.shankDeg(), at.thighDeg(), at.trunkDeg(), 0, 0, 0, at.bodyShiftM(), false);
    Posture standing = new Posture(0, 0, 0, 0, 0, 0, 0, false);
    Posture away = new Posture(0, 0, 0, 0, 0, 0, -0.8, false);
    hold(frames, off, 0.3, dt);
    move(frames, off, standing, 0.9, dt, false);
    hold(frames, standing, 0.5, dt);
    if (towardsCamera) {
      towardsCameraFrom = frames.size();
      hold(frames, standing, TOWARDS_CAMERA_S + 0.5, dt);
      return;
    }
    move(frames, standing, away, 1.2, dt, false);
    if (comeBack) {
      // chalks up: hands to the chest and back
      Posture chalking = new Posture(0, 0, 0, 0, 0, 0, -0.8, false, 1);
      hold(frames, away, 0.3, dt);
      move(frames, away, chalking, 0.5, dt, false);
      hold(frames, chalking, CHALK_S, dt);
      move(frames, chalking, away, 0.5, dt, false);
      hold(frames, away, 0.3, dt);
      move(frames, away, standing, 1.2, dt, false);
      hold(frames, standing, 0.3, dt);
      move(frames, standing, off, 1.0, dt, false);
    } else {
      hold(frames, away, 0.5, dt);
    }
  }

  private Result run(SetSpec spec, Breaks breaks) {
    Random rnd = new Random(spec.seed());
    double dt = 1.0 / spec.fps();
    List<Posture> frames = new ArrayList<>();
    List<GroundTruth.RepTruth> truths = new ArrayList<>();
    Posture standing = new Posture(0, 0, 0, 0, 0, 0, 0, false);
    double walk = spec.walkIn() ? 1.5 : 0.3;
    int walkFrames = (int) Math.round(walk / dt);
    for (int i = 0; i < walkFrames; i++) {
      double s = spec.walkIn() ? 1.0 - i / (double) walkFrames : 0;
      frames.add(new Posture(0, 0, 0, 0, 0, 0, -0.8 * s, false)); // walking in from behind
    }
    Posture first = floorFor(spec.reps().get(0));
    hold(frames, standing, 0.3, dt);
    move(frames, new Posture(0, 0, 0, 0, 0, 0, 0, true), first, 1.0, dt, false);
    for (int r = 0; r < spec.reps().size(); r++) {
      SetSpec.RepSpec rep = spec.reps().get(r);
      Posture start = floorFor(rep);
      boolean tng = spec.touchAndGo() && r > 0 && !breaks.walkAboutAfterRep().contains(r);
      if (!tng) {
        hold(frames, start, 0.8 + 0.4 * rnd.nextDouble(), dt);
      }
      int onset = frames.size() - 1;
      Posture top =
          new Posture(
              0,
              0,
              rep.faults().contains(FaultCode.LOCKOUT_HYPEREXTENSION) ? -16 : 0,
              0,
              0,
              0,
              0,
              true);
      int n = (int) Math.round(rep.concentricS() / dt);
      for (int i = 1; i <= n; i++) {
        frames.add(concentric(start, top, i / (double) n, rep.faults()));
      }
      int lockout = frames.size() - 1;
      hold(frames, top, rep.lockoutHoldS(), dt);
      if (breaks.dropAtEnd() && r == spec.reps().size() - 1) {
        truths.add(truth(frames, dt, onset, lockout, -1, -1, rep));
        dropAndWalk(frames, top, dt, breaks.offTowardsCamera());
        return new Result(render(spec, frames, rnd), truth(frames, truths), List.of());
      }
      int descentStart = frames.size() - 1;
      Posture next = r + 1 < spec.reps().size() ? floorFor(spec.reps().get(r + 1)) : start;
      move(frames, top, next, rep.descentS(), dt, true);
      int descentEnd = frames.size() - 1;
      if (breaks.walkAboutAfterRep().contains(r + 1) && r + 1 < spec.reps().size()) {
        letGoAndWalk(frames, next, dt, true, false);
      }
      truths.add(truth(frames, dt, onset, lockout, descentStart, descentEnd, rep));
    }
    hold(frames, frames.get(frames.size() - 1), 0.6, dt);
    List<int[]> missed = new ArrayList<>();
    if (breaks.missedPullAtEnd()) {
      Posture start = frames.get(frames.size() - 1);
      hold(frames, start, 0.8, dt);
      int onset = frames.size() - 1;
      Posture top = new Posture(0, 0, 0, 0, 0, 0, 0, true);
      int up = (int) Math.round(1.6 / dt);
      for (int i = 1; i <= up; i++) {
        double u = 0.5 * (1 - Math.cos(Math.PI * i / up));
        frames.add(pose(start, top, MISSED_SHARE * u, Set.of()));
      }
      int stall = frames.size() - 1;
      hold(frames, frames.get(stall), 0.3, dt);
      move(frames, frames.get(frames.size() - 1), start, 1.0, dt, false);
      hold(frames, start, 0.5, dt);
      int floorBreak = onset;
      while (floorBreak < stall
          && points(frames.get(floorBreak + 1)).wrist()[1] <= HAND_AT_FLOOR * h + 1e-6) {
        floorBreak++;
      }
      Pts p = points(frames.get(stall));
      missed.add(new int[] {floorBreak, stall, p.wrist()[1] >= p.knee()[1] ? 1 : 0});
    }
    if (breaks.walkOffAtEnd()) {
      letGoAndWalk(frames, frames.get(frames.size() - 1), dt, false, breaks.offTowardsCamera());
    }
    return new Result(render(spec, frames, rnd), truth(frames, truths), missed);
  }

  /** One rep's truth: the pull from {@code onset} locks out at {@code lockout}. */
  private GroundTruth.RepTruth truth(
      List<Posture> frames,
      double dt,
      int onset,
      int lockout,
      int descentStart,
      int descentEnd,
      SetSpec.RepSpec rep) {
    // the floor break is where the bar leaves the floor (BIOMECHANICS.md), which is not always
    // where the body starts: when the hips shoot up the lifter moves a few frames before the bar
    int floorBreak = onset;
    while (floorBreak < lockout
        && points(frames.get(floorBreak + 1)).wrist()[1] <= HAND_AT_FLOOR * h + 1e-6) {
      floorBreak++;
    }
    int knee = onset;
    for (int i = onset; i <= lockout; i++) {
      Pts p = points(frames.get(i));
      if (p.wrist()[1] >= p.knee()[1]) {
        knee = i;
        break;
      }
    }
    double rise =
        points(frames.get(lockout)).wrist()[1] - points(frames.get(floorBreak)).wrist()[1];
    return new GroundTruth.RepTruth(
        floorBreak,
        knee,
        lockout,
        descentStart,
        descentEnd,
        rise / ((lockout - floorBreak) * dt),
        rep.faults());
  }

  /**
   * Lets the bar drop from lockout ({@code top}: the hands stay where they were, at the hips),
   * stands 0.5 s and walks off: 1.5 m towards the camera, or 0.8 m back.
   */
  private void dropAndWalk(List<Posture> frames, Posture top, double dt, boolean towardsCamera) {
    // the hands open where they held the bar and stay there while it falls
    Posture dropped = top;
    Posture away = new Posture(0, 0, 0, 0, 0, 0, -0.8, false);
    hold(frames, dropped, 0.5, dt);
    if (towardsCamera) {
      towardsCameraFrom = frames.size();
      hold(frames, dropped, TOWARDS_CAMERA_S + 0.5, dt);
    } else {
      move(frames, dropped, away, 1.2, dt, false);
      hold(frames, away, 0.5, dt);
    }
  }

  private Posture floorFor(SetSpec.RepSpec rep) {
    Set<FaultCode> f = rep.faults();
    double knee = f.contains(FaultCode.SQUATTING_THE_DEADLIFT) ? 66 : 100;
    double shank = f.contains(FaultCode.SQUATTING_THE_DEADLIFT) ? 28 : 18;
    double bend =
        f.contains(FaultCode.ROUNDED_BACK) ? 64 : f.contains(FaultCode.OVER_ARCHED_BACK) ? -64 : 0;
    double neck = f.contains(FaultCode.HEAD_POSITION) ? 62 : 0;
    return floor(knee, shank, bend, neck);
  }

  private static Posture concentric(Posture a, Posture b, double u, Set<FaultCode> faults) {
    double s =
        faults.contains(FaultCode.JERKING_THE_BAR) ? yank(u) : 0.5 * (1 - Math.cos(Math.PI * u));
    return pose(a, b, s, faults);
  }

  /** The posture {@code s} of the way from the floor ({@code a}) to lockout ({@code b}). */
  private static Posture pose(Posture a, Posture b, double s, Set<FaultCode> faults) {
    // spine and neck return to neutral over the second half of the pull
    double keep = Math.max(0, Math.min(1, 2 - 2 * s));
    Posture p = a.lerp(b, s);
    double bend = a.bendDeg() * keep;
    double neck = a.neckDeg() * keep;
    // a good hinge: the trunk keeps its angle early and rises late
    double trunk = a.trunkDeg() + (b.trunkDeg() - a.trunkDeg()) * Math.pow(s, 1.8);
    double shank = p.shankDeg();
    double thigh = p.thighDeg();
    if (faults.contains(FaultCode.HIPS_SHOOT_UP)) {
      double legs = smooth(Math.min(1, s / 0.45));
      shank = a.shankDeg() + (b.shankDeg() - a.shankDeg()) * legs;
      thigh = a.thighDeg() + (b.thighDeg() - a.thighDeg()) * legs;
      trunk =
          a.trunkDeg()
              + (b.trunkDeg() - a.trunkDeg()) * s * s * s
              + 12 * Math.sin(Math.PI * Math.min(1, s / 0.8));
    }
    double bar = faults.contains(FaultCode.BAR_DRIFT) ? 0.22 * Math.sin(Math.PI * s) : 0;
    return new Posture(shank, thigh, trunk, bend, neck, bar, 0, true);
  }

  /** Full speed (1.8 times the mean) at once for the first tenth, then slowing to lockout. */
  private static double yank(double u) {
    double v = 1 / 0.55;
    return u < 0.1 ? v * u : 0.1 * v + v / 0.9 * (u - u * u / 2 - 0.095);
  }

  private static double smooth(double x) {
    return x * x * (3 - 2 * x);
  }

  private static void hold(List<Posture> frames, Posture p, double seconds, double dt) {
    int n = (int) Math.round(seconds / dt);
    for (int i = 0; i < n; i++) {
      frames.add(p);
    }
  }

  private static void move(
      List<Posture> frames, Posture a, Posture b, double seconds, double dt, boolean skipFirst) {
    int n = Math.max(1, (int) Math.round(seconds / dt));
    for (int i = 1; i <= n; i++) {
      double u = i / (double) n;
      frames.add(a.lerp(b, 0.5 * (1 - Math.cos(Math.PI * u))));
    }
  }

  private GroundTruth truth(List<Posture> frames, List<GroundTruth.RepTruth> reps) {
    int n = frames.size();
    double[] trunk = new double[n];
    double[] hip = new double[n];
    double[] knee = new double[n];
    double[] bend = new double[n];
    for (int i = 0; i < n; i++) {
      Posture p = frames.get(i);
      bend[i] = p.bendDeg();
      Pts q = points(p);
      trunk[i] =
          Math.toDegrees(Math.atan2(q.shoulder()[0] - q.hip()[0], q.shoulder()[1] - q.hip()[1]));
      hip[i] = 180 - (trunk[i] + p.thighDeg());
      knee[i] = 180 - (p.shankDeg() + p.thighDeg());
    }
    return new GroundTruth(trunk, hip, knee, bend, reps);
  }

  // ---- camera ----

  private PoseTrack render(SetSpec spec, List<Posture> frames, Random rnd) {
    int width = 960;
    int height = 720;
    double yaw = Math.toRadians(spec.cameraYawDeg());
    double camHeight = 0.9;
    double f = spec.focalPx();
    double d = spec.cameraDistanceM();
    List<PoseFrame> out = new ArrayList<>();
    double dt = 1000.0 / spec.fps();
    for (int i = 0; i < frames.size(); i++) {
      double tMs = i * dt;
      if (rnd.nextDouble() < spec.absentRate()) {
        out.add(PoseFrame.absent(i, tMs));
        continue;
      }
      Pts p = points(frames.get(i));
      double[][] body = body3d(p);
      Landmark[] img = new Landmark[BodyLandmark.COUNT];
      WorldLandmark[] world = new WorldLandmark[BodyLandmark.COUNT];
      double hx =
          (body[BodyLandmark.LEFT_HIP.index()][0] + body[BodyLandmark.RIGHT_HIP.index()][0]) / 2;
      double hy =
          (body[BodyLandmark.LEFT_HIP.index()][1] + body[BodyLandmark.RIGHT_HIP.index()][1]) / 2;
      for (int j = 0; j < BodyLandmark.COUNT; j++) {
        double x = body[j][0];
        double y = body[j][1];
        double z = body[j][2];
        // camera on the lifter's right (+z), looking back at the lifter, turned by yaw
        double cx = x * Math.cos(yaw) - z * Math.sin(yaw);
        double cz = d - (x * Math.sin(yaw) + z * Math.cos(yaw)) - towardsCamera(i, dt / 1000.0);
        double cy = y - camHeight;
        double u = width / 2.0 + f * cx / cz;
        double v = height / 2.0 - f * cy / cz;
        if (spec.facingLeft()) {
          u = width - u;
        }
        boolean near = (j % 2 == 0) == (Math.cos(yaw) > 0);
        double vis = near || j == 0 ? 0.97 : 0.8;
        u += rnd.nextGaussian() * spec.noisePx();
        v += rnd.nextGaussian() * spec.noisePx();
        if (j > 10 && rnd.nextDouble() < spec.dropRate()) {
          vis = 0.1;
          u += 40 * rnd.nextGaussian();
          v += 40 * rnd.nextGaussian();
        }
        img[j] = new Landmark(u, v, 0, vis, 0.99);
        double wx = (x - hx) * (spec.facingLeft() ? -1 : 1);
        world[j] =
            new WorldLandmark(
                wx * Math.cos(yaw) - z * Math.sin(yaw) + 0.01 * rnd.nextGaussian(),
                -(y - hy) + 0.01 * rnd.nextGaussian(),
                -(x - hx) * Math.sin(yaw) - z * Math.cos(yaw) + 0.01 * rnd.nextGaussian(),
                vis);
      }
      out.add(new PoseFrame(i, tMs, 0.99, Arrays.asList(img), Arrays.asList(world)));
    }
    VideoInfo video =
        new VideoInfo(
            "synthetic-" + spec.seed() + ".mp4", width, height, spec.fps(), 0, frames.size() * dt);
    return new PoseTrack(video, new ModelInfo("synthetic", ""), out);
  }

  /**
   * How far the lifter has walked towards the camera by frame {@code i} (smooth start and stop).
   */
  private double towardsCamera(int i, double dtS) {
    if (i <= towardsCameraFrom) {
      return 0;
    }
    double u = Math.min(1, (i - towardsCameraFrom) * dtS / TOWARDS_CAMERA_S);
    return TOWARDS_CAMERA_M * 0.5 * (1 - Math.cos(Math.PI * u));
  }

  /** 33 landmarks in 3D: sagittal points, left side at −z, right side at +z. */
  private double[][] body3d(Pts p) {
    double[][] b = new double[BodyLandmark.COUNT][];
    put(b, BodyLandmark.NOSE, p.nose(), 0);
    double[] eye = {p.nose()[0] - 0.01 * h, p.nose()[1] + 0.015 * h};
    put(b, BodyLandmark.LEFT_EYE_INNER, eye, -0.015 * h);
    put(b, BodyLandmark.RIGHT_EYE_INNER, eye, 0.015 * h);
    put(b, BodyLandmark.LEFT_EYE, eye, -0.02 * h);
    put(b, BodyLandmark.RIGHT_EYE, eye, 0.02 * h);
    put(b, BodyLandmark.LEFT_EYE_OUTER, eye, -0.03 * h);
    put(b, BodyLandmark.RIGHT_EYE_OUTER, eye, 0.03 * h);
    put(b, BodyLandmark.LEFT_EAR, p.ear(), -0.045 * h);
    put(b, BodyLandmark.RIGHT_EAR, p.ear(), 0.045 * h);
    double[] mouth = {p.nose()[0] - 0.005 * h, p.nose()[1] - 0.025 * h};
    put(b, BodyLandmark.MOUTH_LEFT, mouth, -0.015 * h);
    put(b, BodyLandmark.MOUTH_RIGHT, mouth, 0.015 * h);
    put(b, BodyLandmark.LEFT_SHOULDER, p.shoulder(), -0.1 * h);
    put(b, BodyLandmark.RIGHT_SHOULDER, p.shoulder(), 0.1 * h);
    put(b, BodyLandmark.LEFT_ELBOW, p.elbow(), -0.11 * h);
    put(b, BodyLandmark.RIGHT_ELBOW, p.elbow(), 0.11 * h);
    put(b, BodyLandmark.LEFT_WRIST, p.wrist(), -0.11 * h);
    put(b, BodyLandmark.RIGHT_WRIST, p.wrist(), 0.11 * h);
    double[] hand = {p.wrist()[0] + 0.02 * h, p.wrist()[1] - 0.04 * h};
    for (BodyLandmark l :
        List.of(BodyLandmark.LEFT_PINKY, BodyLandmark.LEFT_INDEX, BodyLandmark.LEFT_THUMB)) {
      put(b, l, hand, -0.11 * h);
    }
    for (BodyLandmark l :
        List.of(BodyLandmark.RIGHT_PINKY, BodyLandmark.RIGHT_INDEX, BodyLandmark.RIGHT_THUMB)) {
      put(b, l, hand, 0.11 * h);
    }
    put(b, BodyLandmark.LEFT_HIP, p.hip(), -0.055 * h);
    put(b, BodyLandmark.RIGHT_HIP, p.hip(), 0.055 * h);
    put(b, BodyLandmark.LEFT_KNEE, p.knee(), -0.05 * h);
    put(b, BodyLandmark.RIGHT_KNEE, p.knee(), 0.05 * h);
    put(b, BodyLandmark.LEFT_ANKLE, p.ankle(), -0.05 * h);
    put(b, BodyLandmark.RIGHT_ANKLE, p.ankle(), 0.05 * h);
    put(b, BodyLandmark.LEFT_HEEL, p.heel(), -0.05 * h);
    put(b, BodyLandmark.RIGHT_HEEL, p.heel(), 0.05 * h);
    put(b, BodyLandmark.LEFT_FOOT_INDEX, p.toe(), -0.06 * h);
    put(b, BodyLandmark.RIGHT_FOOT_INDEX, p.toe(), 0.06 * h);
    return b;
  }

  private static void put(double[][] b, BodyLandmark l, double[] xy, double z) {
    b[l.index()] = new double[] {xy[0], xy[1], z};
  }
}
