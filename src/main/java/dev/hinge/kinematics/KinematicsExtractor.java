package dev.hinge.kinematics;

import dev.hinge.core.HingeException;
import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.Landmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.WorldLandmark;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/** Turns a pose track into {@link Kinematics}. */
public final class KinematicsExtractor {
  /** Landmarks below this visibility are treated as missing and bridged by interpolation. */
  static final double MIN_VISIBILITY = 0.5;

  /** Low-pass cut-off: keeps a fast floor break (≤ 6 Hz content), removes landmark jitter. */
  static final double CUTOFF_HZ = 6.0;

  /** Ankle-to-shoulder length as a fraction of stature: {@link BodyLandmark}'s figure. */
  public static final double ANKLE_TO_SHOULDER_PER_STATURE =
      BodyLandmark.ANKLE_TO_SHOULDER_PER_STATURE;

  static final double HEIGHT_SCALE_UNCERTAINTY_PCT = 5.0;
  static final double WORLD_SCALE_UNCERTAINTY_PCT = 12.0;
  static final double ASSUMED_STATURE_M = 1.75;
  static final double ASSUMED_SCALE_UNCERTAINTY_PCT = 10.0;

  /**
   * The fewest frames with a pose a shot of an edited video needs to be measured on its own; a
   * shorter one (a title card, a last black frame, a flash of another shot) is measured with the
   * shot next to it, as a video without cuts would be.
   */
  static final int MIN_SHOT_FRAMES = 15;

  private KinematicsExtractor() {}

  /**
   * The kinematics of a track. Where an edited video cuts to another shot, each shot is measured on
   * its own ({@link #extractShots}) and the shots are joined again ({@link #join}).
   */
  public static Kinematics extract(PoseTrack track, OptionalDouble liftersHeightCm) {
    return join(extractShots(track, liftersHeightCm));
  }

  /**
   * The kinematics of each shot of the track, in order: the camera, the floor, the scale and the
   * way the lifter faces can all change at a scene cut, and nothing is filtered or interpolated
   * across one. A video without cuts is one shot; so is one with a shot in which the torso and the
   * hands are never seen together.
   */
  public static List<Shot> extractShots(PoseTrack track, OptionalDouble liftersHeightCm) {
    List<int[]> ranges = Shots.of(track, MIN_SHOT_FRAMES);
    if (ranges.size() == 1) {
      return List.of(new Shot(0, extractShot(track, liftersHeightCm)));
    }
    List<Shot> shots = new java.util.ArrayList<>();
    for (int[] range : ranges) {
      try {
        shots.add(
            new Shot(
                range[0], extractShot(Shots.slice(track, range[0], range[1]), liftersHeightCm)));
      } catch (HingeException e) {
        return List.of(new Shot(0, extractShot(track, liftersHeightCm)));
      }
    }
    return shots;
  }

  /**
   * The shots' kinematics one after the other, as one video's. The clip-wide values (facing, scale,
   * camera check, stature) are those of the shot with the most frames with a pose.
   */
  public static Kinematics join(List<Shot> shots) {
    if (shots.size() == 1) {
      return shots.get(0).kinematics();
    }
    return Shots.join(shots.stream().map(Shot::kinematics).toList());
  }

  static Kinematics extractShot(PoseTrack track, OptionalDouble liftersHeightCm) {
    List<PoseFrame> frames = track.frames();
    int n = frames.size();
    double fps = fps(track);
    double[] tMs = new double[n];
    for (int i = 0; i < n; i++) {
      tMs[i] = frames.get(i).tMs();
    }
    int joints = Joint.values().length;
    double[][] xPx = new double[joints][];
    double[][] yPx = new double[joints][];
    double[][] vis = new double[joints][];
    boolean[] present = new boolean[n];
    for (int i = 0; i < n; i++) {
      present[i] = frames.get(i).hasPose();
    }
    // a side view's frames where the model lost the lifter count as frames without a pose
    boolean[] lost = PoseLoss.lost(frames, present, CameraInspector.view(frames, present).kind());
    for (int i = 0; i < n; i++) {
      present[i] &= !lost[i];
    }
    // and the frames in which the model followed somebody else (a spotter behind the lifter)
    boolean[] other = OtherPerson.frames(frames, present, track.video().sceneCutsMs());
    boolean[] unseen = new boolean[n];
    for (int i = 0; i < n; i++) {
      unseen[i] = !present[i] || other[i];
      present[i] &= !other[i];
    }
    // against the room, not the picture: a hand-held camera's shift comes off every landmark
    CameraPath path = CameraPath.of(frames, CameraInspector.standingHeightPx(frames, present));
    // and against the room's vertical, not the picture's: a camera turned about its own axis turns
    // every angle read from the picture by as much
    double level = Math.toRadians(CameraInspector.levelDeg(track.video()));
    double cos = Math.cos(level);
    double sin = Math.sin(level);
    double ox = 0.5 * track.video().width();
    double oy = 0.5 * track.video().height();
    // one pass over the frames, frame by frame: a frame's landmarks sit together in memory
    double[][][] raw = new double[6][joints][n];
    for (int i = 0; i < n; i++) {
      PoseFrame f = frames.get(i);
      if (!present[i]) {
        continue;
      }
      double cx = path.dxPx()[i];
      double cy = path.dyPx()[i];
      for (Joint j : Joint.values()) {
        Landmark l = f.image(j.left());
        Landmark r = f.image(j.right());
        int o = j.ordinal();
        double lx = l.x() - cx - ox;
        double ly = l.y() - cy - oy;
        double rx = r.x() - cx - ox;
        double ry = r.y() - cy - oy;
        raw[0][o][i] = ox + lx * cos + ly * sin;
        raw[1][o][i] = oy - lx * sin + ly * cos;
        raw[2][o][i] = finite(l) ? l.visibility() : 0;
        raw[3][o][i] = ox + rx * cos + ry * sin;
        raw[4][o][i] = oy - rx * sin + ry * cos;
        raw[5][o][i] = finite(r) ? r.visibility() : 0;
      }
    }
    boolean nearLeft = nearSideIsLeft(present, raw);
    for (Joint j : Joint.values()) {
      if (bothSidesSeen(present, j.ordinal(), raw)) {
        merge(present, j.ordinal(), raw, xPx, yPx, vis);
      } else {
        nearSide(present, j.ordinal(), raw, nearLeft, xPx, yPx, vis);
      }
    }
    // a frame counts when the torso and the hands were seen there
    int presentCount = 0;
    for (int i = 0; i < n; i++) {
      present[i] =
          present[i]
              && !Double.isNaN(xPx[Joint.SHOULDER.ordinal()][i])
              && !Double.isNaN(xPx[Joint.HIP.ordinal()][i])
              && !Double.isNaN(xPx[Joint.WRIST.ordinal()][i]);
      if (present[i]) {
        presentCount++;
      }
    }
    if (presentCount == 0) {
      throw HingeException.unanalyzable(
          "no person found in the track: 0 of " + n + " frames have a pose");
    }
    boolean[][] rejected = rejectJumps(xPx, yPx, present, fps);
    for (int j = 0; j < joints; j++) {
      fillGaps(xPx[j]);
      fillGaps(yPx[j]);
    }
    ZeroPhaseFilter filter = new ZeroPhaseFilter(CUTOFF_HZ, fps);
    for (int j = 0; j < joints; j++) {
      xPx[j] = filter.apply(xPx[j]);
      yPx[j] = filter.apply(yPx[j]);
    }
    Facing facing = facing(xPx, present);
    Scale scale = scale(frames, xPx, yPx, present, liftersHeightCm);
    double mpp = scale.metresPerPixel();
    double sign = facing == Facing.RIGHT ? 1.0 : -1.0;

    double[] footY = new double[presentCount];
    double[] midX = new double[presentCount];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (present[i]) {
        footY[k] =
            Math.max(
                yPx[Joint.HEEL.ordinal()][i],
                Math.max(yPx[Joint.TOE.ordinal()][i], yPx[Joint.ANKLE.ordinal()][i]));
        midX[k++] = 0.5 * (xPx[Joint.HEEL.ordinal()][i] + xPx[Joint.TOE.ordinal()][i]);
      }
    }
    double floorPx = median(footY);
    double originPx = median(midX);
    double[][] fwd = new double[joints][n];
    double[][] up = new double[joints][n];
    for (int j = 0; j < joints; j++) {
      for (int i = 0; i < n; i++) {
        fwd[j][i] = sign * (xPx[j][i] - originPx) * mpp;
        up[j][i] = (floorPx - yPx[j][i]) * mpp;
      }
    }
    double[] midFoot = new double[n];
    double[] trunk = new double[n];
    double[] hip = new double[n];
    double[] knee = new double[n];
    double[] head = new double[n];
    double[] chord = new double[n];
    BarFusion.Fused bar =
        BarFusion.fuse(
            up[Joint.SHOULDER.ordinal()],
            up[Joint.WRIST.ordinal()],
            vis[Joint.WRIST.ordinal()],
            up[Joint.KNEE.ordinal()],
            present);
    double[] barUp = bar.barUpM();
    double[] barFwd = new double[n];
    int e = Joint.EAR.ordinal();
    int s = Joint.SHOULDER.ordinal();
    int h = Joint.HIP.ordinal();
    int kn = Joint.KNEE.ordinal();
    int a = Joint.ANKLE.ordinal();
    for (int i = 0; i < n; i++) {
      midFoot[i] = 0.5 * (fwd[Joint.HEEL.ordinal()][i] + fwd[Joint.TOE.ordinal()][i]);
      double tx = fwd[s][i] - fwd[h][i];
      double ty = up[s][i] - up[h][i];
      trunk[i] = Math.toDegrees(Math.atan2(tx, ty));
      chord[i] = Fast.hypot(tx, ty);
      // signed segment inclinations, so a hip or knee pushed past straight reads above 180°
      double thigh = Math.toDegrees(Math.atan2(fwd[kn][i] - fwd[h][i], up[h][i] - up[kn][i]));
      double shank = Math.toDegrees(Math.atan2(fwd[kn][i] - fwd[a][i], up[kn][i] - up[a][i]));
      hip[i] = 180 - (trunk[i] + thigh);
      knee[i] = 180 - (shank + thigh);
      head[i] = Angles.signed(tx, ty, fwd[e][i] - fwd[s][i], up[e][i] - up[s][i]);
      barFwd[i] = fwd[Joint.WRIST.ordinal()][i] - midFoot[i];
    }
    double[] vel = Derivative.central(barUp, tMs);
    CameraCheck camera = CameraInspector.inspect(track, frames, present, fps, path, mpp);
    double statureM = statureFrom(xPx, yPx, present, mpp);
    return new Kinematics(
        n,
        fps,
        tMs,
        present,
        fwd,
        up,
        vis,
        midFoot,
        trunk,
        hip,
        knee,
        head,
        chord,
        barUp,
        barFwd,
        vel,
        facing,
        scale,
        camera,
        statureM,
        rejected,
        bar.fromShoulders(),
        CameraInspector.turned(frames, present, camera.view()),
        lost,
        other,
        unseen);
  }

  /**
   * Rejects the samples where a landmark jumped ({@link OutlierRejector}), setting them to NaN so
   * they are bridged like hidden ones; returns which, per joint and frame.
   */
  static boolean[][] rejectJumps(double[][] xPx, double[][] yPx, boolean[] present, double fps) {
    int s = Joint.SHOULDER.ordinal();
    int h = Joint.HIP.ordinal();
    double[] torso = new double[present.length];
    int m = 0;
    for (int i = 0; i < present.length; i++) {
      if (present[i]) {
        torso[m++] = Math.hypot(xPx[s][i] - xPx[h][i], yPx[s][i] - yPx[h][i]);
      }
    }
    double minJumpPx = OutlierRejector.MIN_JUMP_TORSO * median(Arrays.copyOf(torso, m));
    int half = OutlierRejector.halfWindowFrames(fps);
    boolean[][] rejected = new boolean[xPx.length][];
    for (int j = 0; j < xPx.length; j++) {
      rejected[j] = OutlierRejector.reject(xPx[j], yPx[j], present, half, minJumpPx);
      for (int i = 0; i < present.length; i++) {
        if (rejected[j][i]) {
          xPx[j][i] = Double.NaN;
          yPx[j][i] = Double.NaN;
        }
      }
    }
    return rejected;
  }

  static double fps(PoseTrack track) {
    double fps = track.video().fps();
    if (fps > 0 && Double.isFinite(fps)) {
      return fps;
    }
    List<PoseFrame> f = track.frames();
    if (f.size() >= 2) {
      double span = f.get(f.size() - 1).tMs() - f.get(0).tMs();
      if (span > 0) {
        return 1000.0 * (f.size() - 1) / span;
      }
    }
    throw HingeException.invalidInput(
        "the track's frame rate must be positive, found " + track.video().fps());
  }

  /**
   * Merges a left/right pair: the mean where both are seen; where one is hidden, the seen one
   * shifted by the typical left-right offset, so switching sides does not make the point jump.
   */
  /** Both sides of a joint seen well in this share of the frames: average them. */
  static final double BOTH_SIDES_SEEN_SHARE = 0.8;

  /**
   * Whether the left and right landmark of a joint are both seen well through the clip (shoulders
   * and hips usually are, even from the side): then their midpoint is the body's mid-plane. The far
   * knee, ankle and foot usually are not: BlazePose guesses them behind the near leg and the
   * plates.
   */
  static boolean bothSidesSeen(boolean[] hasPose, int j, double[][][] raw) {
    int frames = 0;
    int both = 0;
    for (int i = 0; i < hasPose.length; i++) {
      if (hasPose[i]) {
        frames++;
        if (raw[2][j][i] >= MIN_VISIBILITY && raw[5][j][i] >= MIN_VISIBILITY) {
          both++;
        }
      }
    }
    return frames > 0 && both >= BOTH_SIDES_SEEN_SHARE * frames;
  }

  /**
   * Averages the two sides where both are seen; where one is hidden, the other stands in, shifted
   * by their median offset so the series does not jump.
   */
  private static void merge(
      boolean[] hasPose, int j, double[][][] raw, double[][] xs, double[][] ys, double[][] vs) {
    int n = hasPose.length;
    double[] x = new double[n];
    double[] y = new double[n];
    double[] v = new double[n];
    double[] lx = raw[0][j];
    double[] ly = raw[1][j];
    double[] rx = raw[3][j];
    double[] ry = raw[4][j];
    boolean[] lok = new boolean[n];
    boolean[] rok = new boolean[n];
    double[] offX = new double[n];
    double[] offY = new double[n];
    int nOff = 0;
    for (int i = 0; i < n; i++) {
      if (!hasPose[i]) {
        continue;
      }
      lok[i] = raw[2][j][i] >= MIN_VISIBILITY;
      rok[i] = raw[5][j][i] >= MIN_VISIBILITY;
      v[i] = 0.5 * (raw[2][j][i] + raw[5][j][i]);
      if (lok[i] && rok[i]) {
        offX[nOff] = lx[i] - rx[i];
        offY[nOff++] = ly[i] - ry[i];
      }
    }
    double ox = nOff == 0 ? 0 : median(Arrays.copyOf(offX, nOff));
    double oy = nOff == 0 ? 0 : median(Arrays.copyOf(offY, nOff));
    for (int i = 0; i < n; i++) {
      if (lok[i] && rok[i]) {
        x[i] = 0.5 * (lx[i] + rx[i]);
        y[i] = 0.5 * (ly[i] + ry[i]);
      } else if (lok[i]) {
        x[i] = lx[i] - ox / 2;
        y[i] = ly[i] - oy / 2;
      } else if (rok[i]) {
        x[i] = rx[i] + ox / 2;
        y[i] = ry[i] + oy / 2;
      } else {
        x[i] = Double.NaN;
        y[i] = Double.NaN;
      }
    }
    xs[j] = x;
    ys[j] = y;
    vs[j] = v;
  }

  /** The joints whose visibility decides which side of the body faces the camera. */
  private static final Joint[] SIDE_JOINTS = {
    Joint.SHOULDER, Joint.HIP, Joint.KNEE, Joint.ANKLE, Joint.WRIST
  };

  /**
   * Whether the lifter's left side faces the camera: the side whose shoulder, hip, knee, ankle and
   * wrist are seen better over the clip. In a side view the far limbs are hidden behind the body
   * and the plates; BlazePose still guesses them, and averaging a guess with the seen limb (or
   * shifting the seen one by a left–right offset learned from a few frames) bends the knee and hip
   * angles by tens of degrees.
   */
  static boolean nearSideIsLeft(boolean[] hasPose, double[][][] raw) {
    double left = 0;
    double right = 0;
    for (Joint j : SIDE_JOINTS) {
      for (int i = 0; i < hasPose.length; i++) {
        if (hasPose[i]) {
          left += raw[2][j.ordinal()][i];
          right += raw[5][j.ordinal()][i];
        }
      }
    }
    return left >= right;
  }

  /**
   * One joint from the side facing the camera. Where that landmark is missing the far one stands
   * in, shifted by their median offset over the frames where both were seen well.
   */
  private static void nearSide(
      boolean[] hasPose,
      int j,
      double[][][] raw,
      boolean nearLeft,
      double[][] xs,
      double[][] ys,
      double[][] vs) {
    int n = hasPose.length;
    double[] nx = raw[nearLeft ? 0 : 3][j];
    double[] ny = raw[nearLeft ? 1 : 4][j];
    double[] nv = raw[nearLeft ? 2 : 5][j];
    double[] fx = raw[nearLeft ? 3 : 0][j];
    double[] fy = raw[nearLeft ? 4 : 1][j];
    double[] fv = raw[nearLeft ? 5 : 2][j];
    double[] offX = new double[n];
    double[] offY = new double[n];
    int nOff = 0;
    for (int i = 0; i < n; i++) {
      if (hasPose[i] && nv[i] >= MIN_VISIBILITY && fv[i] >= MIN_VISIBILITY) {
        offX[nOff] = nx[i] - fx[i];
        offY[nOff++] = ny[i] - fy[i];
      }
    }
    double ox = nOff == 0 ? 0 : median(Arrays.copyOf(offX, nOff));
    double oy = nOff == 0 ? 0 : median(Arrays.copyOf(offY, nOff));
    double[] x = new double[n];
    double[] y = new double[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      if (!hasPose[i]) {
        x[i] = Double.NaN;
        y[i] = Double.NaN;
      } else if (nv[i] >= MIN_VISIBILITY || fv[i] < MIN_VISIBILITY) {
        // seen, or neither seen well: the near side's guess is still the better one
        x[i] = nx[i];
        y[i] = ny[i];
        v[i] = nv[i];
      } else {
        x[i] = fx[i] + ox;
        y[i] = fy[i] + oy;
        v[i] = fv[i];
      }
    }
    xs[j] = x;
    ys[j] = y;
    vs[j] = v;
  }

  private static boolean finite(Landmark l) {
    return Double.isFinite(l.x()) && Double.isFinite(l.y());
  }

  /** Bridges missing values linearly; holds the first/last value at the ends. */
  static void fillGaps(double[] s) {
    int n = s.length;
    int last = -1;
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(s[i])) {
        continue;
      }
      if (last == -1) {
        Arrays.fill(s, 0, i, s[i]);
      } else if (i - last > 1) {
        for (int g = last + 1; g < i; g++) {
          s[g] = s[last] + (s[i] - s[last]) * (g - last) / (double) (i - last);
        }
      }
      last = i;
    }
    if (last == -1) {
      Arrays.fill(s, 0.0);
    } else {
      Arrays.fill(s, last + 1, n, s[last]);
    }
  }

  /** Toes ahead of heels and nose ahead of ears point the way the lifter faces. */
  private static Facing facing(double[][] x, boolean[] present) {
    double vote = 0;
    for (int i = 0; i < present.length; i++) {
      if (present[i]) {
        vote += Math.signum(x[Joint.TOE.ordinal()][i] - x[Joint.HEEL.ordinal()][i]);
        vote += Math.signum(x[Joint.NOSE.ordinal()][i] - x[Joint.EAR.ordinal()][i]);
      }
    }
    return vote >= 0 ? Facing.RIGHT : Facing.LEFT;
  }

  private static double segmentsPx(double[][] x, double[][] y, int i) {
    return dist(x, y, Joint.ANKLE, Joint.KNEE, i)
        + dist(x, y, Joint.KNEE, Joint.HIP, i)
        + dist(x, y, Joint.HIP, Joint.SHOULDER, i);
  }

  private static double dist(double[][] x, double[][] y, Joint a, Joint b, int i) {
    return Fast.hypot(x[a.ordinal()][i] - x[b.ordinal()][i], y[a.ordinal()][i] - y[b.ordinal()][i]);
  }

  private static Scale scale(
      List<PoseFrame> frames,
      double[][] x,
      double[][] y,
      boolean[] present,
      OptionalDouble heightCm) {
    int n = present.length;
    double[] px = new double[n];
    double[] ratio = new double[n];
    int np = 0;
    int nw = 0;
    for (int i = 0; i < n; i++) {
      if (!present[i]) {
        continue;
      }
      double s = segmentsPx(x, y, i);
      px[np++] = s;
      PoseFrame f = frames.get(i);
      if (f.hasWorld() && s > 1 && i % Math.max(1, n / MEDIAN_SAMPLES) == 0) {
        double w =
            worldDist(f, Joint.ANKLE, Joint.KNEE)
                + worldDist(f, Joint.KNEE, Joint.HIP)
                + worldDist(f, Joint.HIP, Joint.SHOULDER);
        if (w > 0 && Double.isFinite(w)) {
          ratio[nw++] = w / s;
        }
      }
    }
    double medianPx = median(Arrays.copyOf(px, np));
    if (!(medianPx > 1)) {
      throw HingeException.unanalyzable(
          "the lifter's legs and trunk are not visible: ankle-to-shoulder length is "
              + Math.round(medianPx)
              + " px");
    }
    if (heightCm.isPresent()) {
      double m = heightCm.getAsDouble() / 100.0 * ANKLE_TO_SHOULDER_PER_STATURE / medianPx;
      return new Scale(ScaleSource.LIFTER_HEIGHT, m, HEIGHT_SCALE_UNCERTAINTY_PCT);
    }
    if (nw > 0) {
      return new Scale(
          ScaleSource.WORLD_LANDMARKS,
          median(Arrays.copyOf(ratio, nw)),
          WORLD_SCALE_UNCERTAINTY_PCT);
    }
    return new Scale(
        ScaleSource.ASSUMED_HEIGHT,
        ASSUMED_STATURE_M * ANKLE_TO_SHOULDER_PER_STATURE / medianPx,
        ASSUMED_SCALE_UNCERTAINTY_PCT);
  }

  private static double worldDist(PoseFrame f, Joint a, Joint b) {
    WorldLandmark al = mid(f.world(a.left()), f.world(a.right()));
    WorldLandmark bl = mid(f.world(b.left()), f.world(b.right()));
    return Math.sqrt(
        (al.x() - bl.x()) * (al.x() - bl.x())
            + (al.y() - bl.y()) * (al.y() - bl.y())
            + (al.z() - bl.z()) * (al.z() - bl.z()));
  }

  private static WorldLandmark mid(WorldLandmark a, WorldLandmark b) {
    return new WorldLandmark(
        (a.x() + b.x()) / 2, (a.y() + b.y()) / 2, (a.z() + b.z()) / 2, a.visibility());
  }

  private static double statureFrom(double[][] x, double[][] y, boolean[] present, double mpp) {
    double[] s = new double[present.length];
    int k = 0;
    for (int i = 0; i < present.length; i++) {
      if (present[i]) {
        s[k++] = segmentsPx(x, y, i);
      }
    }
    return median(Arrays.copyOf(s, k)) * mpp / ANKLE_TO_SHOULDER_PER_STATURE;
  }

  /** Robust statistics need no more than this many samples; long clips are thinned evenly. */
  static final int MEDIAN_SAMPLES = 1500;

  static double median(double[] v) {
    if (v.length == 0) {
      return Double.NaN;
    }
    double[] c;
    if (v.length > MEDIAN_SAMPLES) {
      c = new double[MEDIAN_SAMPLES];
      for (int i = 0; i < MEDIAN_SAMPLES; i++) {
        c[i] = v[(int) ((long) i * v.length / MEDIAN_SAMPLES)];
      }
    } else {
      c = v.clone();
    }
    Arrays.sort(c);
    int m = c.length / 2;
    return c.length % 2 == 1 ? c[m] : 0.5 * (c[m - 1] + c[m]);
  }
}
