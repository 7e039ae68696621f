package dev.hinge.pipeline;

import dev.hinge.pose.PoseTrack;
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

  private SceneCuts() {}

  static Result apply(PoseTrack track, List<Rep> reps) {
    List<Double> cutsMs = track.video().sceneCutsMs();
    if (cutsMs.isEmpty()) {
      return new Result(reps, List.of());
    }
    List<Integer> cutFrames = new ArrayList<>();
    for (double t : cutsMs) {
      cutFrames.add(frameAt(track, t));
    }
    List<Warning> warnings = new ArrayList<>();
    warnings.add(
        new Warning(
            "SCENE_CUT",
            String.format(
                Locale.ROOT,
                "the video cuts to another shot at %s: the lifter was found afresh there, and no"
                    + " rep is counted across it",
                seconds(cutsMs))));
    List<Rep> kept = new ArrayList<>();
    for (Rep r : reps) {
      int at = -1;
      for (int c = 0; c < cutFrames.size(); c++) {
        // a cut at a rep's first or last frame (where one rep hands over to the next) leaves its
        // motion in one shot
        if (r.startFrame() < cutFrames.get(c) && cutFrames.get(c) < r.endFrame()) {
          at = c;
          break;
        }
      }
      if (at >= 0) {
        warnings.add(
            new Warning(
                "REP_ACROSS_CUT",
                String.format(
                    Locale.ROOT,
                    "not counted: a pull from %.1f s to %.1f s runs across the cut at %.1f s",
                    track.frames().get(r.startFrame()).tMs() / 1000.0,
                    track.frames().get(r.endFrame()).tMs() / 1000.0,
                    cutsMs.get(at) / 1000.0)));
        continue;
      }
      kept.add(
          new Rep(
              kept.size() + 1,
              r.partial(),
              r.partialReason(),
              r.startFrame(),
              r.endFrame(),
              r.floorBreakFrame(),
              r.lockoutFrame(),
              r.phases(),
              r.missed(),
              r.lockoutSeen()));
    }
    return new Result(kept, warnings);
  }

  /** The index of the first frame at or after {@code tMs}. */
  static int frameAt(PoseTrack track, double tMs) {
    for (int i = 0; i < track.frames().size(); i++) {
      if (track.frames().get(i).tMs() >= tMs - 1e-6) {
        return i;
      }
    }
    return track.frames().size();
  }

  private static String seconds(List<Double> cutsMs) {
    List<String> out = new ArrayList<>();
    for (double t : cutsMs) {
      out.add(String.format(Locale.ROOT, "%.1f s", t / 1000.0));
    }
    return String.join(", ", out);
  }
}
