package dev.hinge.pipeline;

import dev.hinge.core.ProgressListener;
import dev.hinge.pose.PoseOptions;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.VideoPoseTracker;
import java.nio.file.Path;

/** A video to an analysis: the pose stage, then the analysis stages. */
@FunctionalInterface
public interface VideoAnalyzer {
  /** The analysis and the pose track it was made from (for the report's skeletons). */
  record Result(Analysis analysis, PoseTrack track) {}

  Result analyze(Path video, AnalysisOptions options, ProgressListener progress);

  /** The real thing: BlazePose through {@code tracker}, then {@link AnalysisPipeline}. */
  static VideoAnalyzer of(VideoPoseTracker tracker, PoseOptions pose) {
    return (video, options, progress) -> {
      PoseTrack track =
          tracker.track(video, pose, (stage, f) -> progress.progress("pose", 0.9 * f));
      Analysis a = AnalysisPipeline.analyze(track, options);
      progress.progress("analysis", 1.0);
      return new Result(a, track);
    };
  }
}
