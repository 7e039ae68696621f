package dev.hinge.pipeline;

import dev.hinge.kinematics.Kinematics;
import dev.hinge.pose.PoseTrack;
import dev.hinge.reps.Phase;
import dev.hinge.reps.Rep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reps and the scene cuts of an edited video: a rep never spans a cut (its motion would be two
 * shots joined), so a rep that does is not counted, and the others are numbered again in order.
 */
final class SceneCuts {
  /** The reps kept and what was said about the cuts. */
  record Result(List<Rep> reps, List<Warning> warnings) {}

  /**
   * A rep's first or last frames that fall on the other side of a cut, up to this long, are trimmed
   * off rather than the rep dropped: each shot is measured on its own, and where a shot starts at
   * the floor, the rest found there can begin a frame or two after the cut, so the rep before it
   * reaches a frame or two into the next shot.
   */
  static final double SNAP_MS = 100;

  private SceneCuts() {}

  static Result apply(PoseTrack track, List<Rep> reps) {
    List<Double> cutsMs = track.video().sceneCutsMs();
    if (cutsMs.isEmpty()) {
      return new Result(reps, List.of());
    }
    List<Integer> cutFrames = new ArrayList<>();
    for (double t : cutsMs) {
      cutFrames.add(track.frameAt(t));
    }
    List<Warning> warnings = new ArrayList<>();
    warnings.add(
        new Warning(
            "SCENE_CUT",
            String.format(
                Locale.ROOT,
                "the video cuts to another shot at %s: the lifter was found afresh there, each"
                    + " shot is measured on its own (facing, scale, floor), and no rep is counted"
                    + " across a cut",
                seconds(cutsMs))));
    List<Rep> kept = new ArrayList<>();
    for (Rep rep : reps) {
      Rep r = rep;
      int at = -1;
      for (int c = 0; c < cutFrames.size(); c++) {
        // a cut at a rep's first or last frame (where one rep hands over to the next) leaves its
        // motion in one shot
        int cf = cutFrames.get(c);
        if (r.startFrame() < cf && cf < r.endFrame()) {
          if (ms(track, cf, r.endFrame()) <= SNAP_MS && cf > r.lockoutFrame()) {
            r = trimmed(track, r, r.startFrame(), cf);
          } else if (ms(track, r.startFrame(), cf) <= SNAP_MS && cf <= r.floorBreakFrame()) {
            r = trimmed(track, r, cf, r.endFrame());
          } else {
            at = c;
            break;
          }
        }
      }
      if (at >= 0) {
        warnings.add(acrossWarning(track, r, cutsMs.get(at)));
        continue;
      }
      kept.add(r.shifted(kept.size() + 1, 0));
    }
    return new Result(kept, warnings);
  }

  /**
   * The bar may move this much between the last frame before a cut and the first after it, each
   * shot measured on its own, for a rise across the cut to be one pull the cut split (the same lift
   * from another camera); a larger jump is two shots that do not join (another lifter, another
   * moment).
   */
  static final double SPLIT_PULL_JUMP_M = 0.15;

  /**
   * The pulls of {@code wholeClip} (reps found with the video read as one shot) whose rise (floor
   * break to lockout) a cut splits, with the bar where it was and rising on both sides of the cut,
   * and which overlap none of {@code found} (the reps found shot by shot): a pull no shot holds
   * whole. One {@code REP_ACROSS_CUT} warning each.
   */
  static List<Warning> across(PoseTrack track, Kinematics k, List<Rep> wholeClip, List<Rep> found) {
    List<Warning> out = new ArrayList<>();
    for (Rep rep : wholeClip) {
      boolean split = false;
      for (double cutMs : track.video().sceneCutsMs()) {
        int c = track.frameAt(cutMs);
        split |=
            rep.floorBreakFrame() < c
                && c <= rep.lockoutFrame()
                && Math.abs(k.barUpM()[c] - k.barUpM()[c - 1]) < SPLIT_PULL_JUMP_M
                && k.barVelocityMps()[c - 1] > 0
                && k.barVelocityMps()[c] > 0;
      }
      boolean overlaps =
          found.stream()
              .anyMatch(
                  f ->
                      f.floorBreakFrame() < rep.lockoutFrame()
                          && rep.floorBreakFrame() < f.lockoutFrame());
      if (split && !overlaps) {
        out.add(acrossWarning(track, rep));
      }
    }
    return out;
  }

  private static Warning acrossWarning(PoseTrack track, Rep r) {
    double startMs = track.frames().get(r.startFrame()).tMs();
    double endMs = track.frames().get(r.endFrame()).tMs();
    return acrossWarning(
        track,
        r,
        track.video().sceneCutsMs().stream()
            .filter(c -> c > startMs && c < endMs)
            .findFirst()
            .orElse(startMs));
  }

  private static Warning acrossWarning(PoseTrack track, Rep r, double cutMs) {
    double startMs = track.frames().get(r.startFrame()).tMs();
    double endMs = track.frames().get(r.endFrame()).tMs();
    return new Warning(
        "REP_ACROSS_CUT",
        String.format(
            Locale.ROOT,
            "not counted: a pull from %.1f s to %.1f s runs across the cut at %.1f s",
            startMs / 1000.0,
            endMs / 1000.0,
            cutMs / 1000.0));
  }

  private static double ms(PoseTrack track, int from, int to) {
    return track.frames().get(to).tMs() - track.frames().get(from).tMs();
  }

  /** The rep from {@code start} to {@code end}, its first and last phases cut to fit. */
  private static Rep trimmed(PoseTrack track, Rep r, int start, int end) {
    List<Phase> phases = new ArrayList<>();
    for (Phase p : r.phases()) {
      int a = Math.max(p.startFrame(), start);
      int b = Math.min(p.endFrame(), end);
      if (b > a || (b == a && p.startFrame() == p.endFrame())) {
        phases.add(
            new Phase(p.name(), a, b, track.frames().get(a).tMs(), track.frames().get(b).tMs()));
      }
    }
    return new Rep(
        r.index(),
        r.partial(),
        r.partialReason(),
        start,
        end,
        r.floorBreakFrame(),
        r.lockoutFrame(),
        phases,
        r.missed(),
        r.lockoutSeen());
  }

  private static String seconds(List<Double> cutsMs) {
    List<String> out = new ArrayList<>();
    for (double t : cutsMs) {
      out.add(String.format(Locale.ROOT, "%.1f s", t / 1000.0));
    }
    return String.join(", ", out);
  }
}
