package dev.hinge.kinematics;

import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.VideoInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The shots of an edited video, between its scene cuts, measured one by one and joined again: a cut
 * to another lifter facing the other way, or to another camera, changes the facing, the floor line,
 * the scale and the camera's own motion, and a filter run across a cut would blend two people.
 */
final class Shots {
  private Shots() {}

  /**
   * The frame ranges {@code [from, to)} of the track's shots. A shot with fewer than {@code
   * minFrames} frames with a pose goes with the shot after it (the last one with the shot before),
   * so every range returned holds at least that many, or the whole track is one range.
   */
  static List<int[]> of(PoseTrack track, int minFrames) {
    List<PoseFrame> frames = track.frames();
    List<int[]> ranges = new ArrayList<>();
    int from = 0;
    for (double cutMs : track.video().sceneCutsMs()) {
      int at = track.frameAt(cutMs);
      if (at > from && at < frames.size()) {
        ranges.add(new int[] {from, at});
        from = at;
      }
    }
    ranges.add(new int[] {from, frames.size()});
    boolean merged = true;
    while (merged && ranges.size() > 1) {
      merged = false;
      for (int r = 0; r < ranges.size(); r++) {
        int[] range = ranges.get(r);
        if (withPose(frames, range) >= minFrames) {
          continue;
        }
        if (r + 1 < ranges.size()) {
          ranges.set(r + 1, new int[] {range[0], ranges.get(r + 1)[1]});
        } else {
          ranges.set(r - 1, new int[] {ranges.get(r - 1)[0], range[1]});
        }
        ranges.remove(r);
        merged = true;
        break;
      }
    }
    return ranges;
  }

  /** The frames {@code [from, to)} as a track of their own, keeping the cuts inside them. */
  static PoseTrack slice(PoseTrack track, int from, int to) {
    List<PoseFrame> frames = track.frames().subList(from, to);
    double startMs = frames.get(0).tMs();
    double endMs = frames.get(frames.size() - 1).tMs();
    VideoInfo v = track.video();
    List<Double> inside =
        v.sceneCutsMs().stream().filter(t -> t > startMs + 1e-6 && t <= endMs + 1e-6).toList();
    double frameMs = v.fps() > 0 ? 1000.0 / v.fps() : 0;
    VideoInfo part =
        new VideoInfo(
            v.name(),
            v.width(),
            v.height(),
            v.fps(),
            v.rotation(),
            endMs - startMs + frameMs,
            v.damage(),
            inside,
            v.roll());
    return new PoseTrack(part, track.model(), frames);
  }

  /**
   * The shots' kinematics one after the other. The clip-wide values come from the shot with the
   * most frames with a pose.
   */
  static Kinematics join(List<Kinematics> parts) {
    Kinematics main = parts.get(0);
    int n = 0;
    for (Kinematics p : parts) {
      n += p.frameCount();
      if (count(p.present()) > count(main.present())) {
        main = p;
      }
    }
    int joints = main.forwardM().length;
    double[] tMs = new double[n];
    boolean[] present = new boolean[n];
    double[][] fwd = new double[joints][n];
    double[][] up = new double[joints][n];
    double[][] vis = new double[joints][n];
    double[] midFoot = new double[n];
    double[] trunk = new double[n];
    double[] hip = new double[n];
    double[] knee = new double[n];
    double[] head = new double[n];
    double[] chord = new double[n];
    double[] barUp = new double[n];
    double[] barFwd = new double[n];
    double[] vel = new double[n];
    boolean[][] rejected = new boolean[joints][n];
    boolean[] fromShoulders = new boolean[n];
    boolean[] turned = new boolean[n];
    boolean[] lost = new boolean[n];
    boolean[] other = new boolean[n];
    boolean[] unseen = new boolean[n];
    int at = 0;
    for (Kinematics p : parts) {
      int m = p.frameCount();
      System.arraycopy(p.tMs(), 0, tMs, at, m);
      System.arraycopy(p.present(), 0, present, at, m);
      for (int j = 0; j < joints; j++) {
        System.arraycopy(p.forwardM()[j], 0, fwd[j], at, m);
        System.arraycopy(p.upM()[j], 0, up[j], at, m);
        System.arraycopy(p.visibility()[j], 0, vis[j], at, m);
        System.arraycopy(p.rejected()[j], 0, rejected[j], at, m);
      }
      System.arraycopy(p.midFootForwardM(), 0, midFoot, at, m);
      System.arraycopy(p.trunkDeg(), 0, trunk, at, m);
      System.arraycopy(p.hipDeg(), 0, hip, at, m);
      System.arraycopy(p.kneeDeg(), 0, knee, at, m);
      System.arraycopy(p.headDeg(), 0, head, at, m);
      System.arraycopy(p.trunkChordM(), 0, chord, at, m);
      System.arraycopy(p.barUpM(), 0, barUp, at, m);
      System.arraycopy(p.barForwardM(), 0, barFwd, at, m);
      System.arraycopy(p.barVelocityMps(), 0, vel, at, m);
      System.arraycopy(p.barFromShoulders(), 0, fromShoulders, at, m);
      System.arraycopy(p.turned(), 0, turned, at, m);
      System.arraycopy(p.lost(), 0, lost, at, m);
      System.arraycopy(p.otherPerson(), 0, other, at, m);
      System.arraycopy(p.unseen(), 0, unseen, at, m);
      at += m;
    }
    return new Kinematics(
        n,
        main.fps(),
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
        main.facing(),
        main.scale(),
        main.camera(),
        main.statureM(),
        rejected,
        fromShoulders,
        turned,
        lost,
        other,
        unseen);
  }

  private static int withPose(List<PoseFrame> frames, int[] range) {
    int n = 0;
    for (int i = range[0]; i < range[1]; i++) {
      if (frames.get(i).hasPose()) {
        n++;
      }
    }
    return n;
  }

  private static int count(boolean[] b) {
    int n = 0;
    for (boolean x : b) {
      if (x) {
        n++;
      }
    }
    return n;
  }
}
