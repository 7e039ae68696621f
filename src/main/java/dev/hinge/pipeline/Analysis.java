package dev.hinge.pipeline;

import dev.hinge.faults.SkippedJudgement;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.pose.VideoInfo;
import java.util.List;

/**
 * The result of analysing one set ({@code hinge.analysis/1}). {@code kinematics} carries the time
 * series for charts; it is not part of the JSON.
 */
public record Analysis(
    VideoInfo video,
    Kinematics kinematics,
    List<RepAnalysis> reps,
    SetSummary set,
    List<Warning> warnings,
    List<SkippedJudgement> skipped,
    List<TopFix> topFixes) {

  public static final String FORMAT = "hinge.analysis/1";

  public Analysis {
    reps = List.copyOf(reps);
    warnings = List.copyOf(warnings);
    skipped = List.copyOf(skipped);
    topFixes = List.copyOf(topFixes);
  }

  public long repCount() {
    return reps.stream().filter(r -> !r.rep().partial()).count();
  }

  public long partialReps() {
    return reps.stream().filter(r -> r.rep().partial()).count();
  }
}
