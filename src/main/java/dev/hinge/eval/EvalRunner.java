package dev.hinge.eval;

import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.pose.ModelInfo;
import dev.hinge.pose.PoseTrack;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Runs the whole pipeline on every labelled clip: the video's checksum, its pose track (from the
 * cache when there is one), the analysis. A clip that does not decode, or any other failure of one
 * clip, becomes a failed run with its one-line message; only a missing model (the same for every
 * clip) stops the run. A video that is not there, or whose checksum is not the label's, is a {@link
 * LabelProblem} and is not scored.
 */
public final class EvalRunner {

  /** The pose stage: a video to its pose track. */
  @FunctionalInterface
  public interface PoseStage {
    PoseTrack track(Path video);
  }

  /** Hears about each clip once it has run. */
  @FunctionalInterface
  public interface Listener {
    void ran(int done, int of, ClipRun run);

    Listener NONE = (done, of, run) -> {};
  }

  /**
   * One clip's run. The track and analysis are kept only for the clips the caller asked for (the
   * injections' base clips), so memory stays flat over a large set.
   */
  public record ClipRun(
      ClipLabel label,
      ClipOutcome outcome,
      boolean fromCache,
      double seconds,
      Optional<PoseTrack> track,
      Optional<Analysis> analysis) {}

  public record Result(List<ClipRun> runs, List<LabelProblem> problems, double seconds) {
    public Result {
      runs = List.copyOf(runs);
      problems = List.copyOf(problems);
    }

    public int fromCache() {
      return (int) runs.stream().filter(ClipRun::fromCache).count();
    }
  }

  private final PoseStage pose;
  private final ModelInfo model;
  private final Optional<PoseTrackCache> cache;

  public EvalRunner(PoseStage pose, ModelInfo model, Optional<PoseTrackCache> cache) {
    this.pose = pose;
    this.model = model;
    this.cache = cache;
  }

  public Result run(Labels labels, Path videos, Predicate<ClipLabel> keep, Listener listener) {
    long t0 = System.nanoTime();
    List<ClipRun> runs = new ArrayList<>();
    List<LabelProblem> problems = new ArrayList<>();
    int done = 0;
    for (ClipLabel l : labels.clips()) {
      done++;
      Path video = videos.resolve(l.file());
      if (!Files.isRegularFile(video)) {
        problems.add(
            problem(labels, l, LabelProblem.Kind.VIDEO_MISSING, "video not found: " + video));
        continue;
      }
      long c0 = System.nanoTime();
      String sha;
      try {
        sha = PoseTrackCache.sha256(video);
      } catch (UncheckedIOException e) {
        problems.add(problem(labels, l, LabelProblem.Kind.VIDEO_MISSING, e.getMessage()));
        continue;
      }
      if (l.sha256().isPresent() && !l.sha256().get().equals(sha)) {
        problems.add(
            problem(
                labels,
                l,
                LabelProblem.Kind.VIDEO_MISMATCH,
                "the video's SHA-256 is "
                    + sha
                    + ", the label's "
                    + l.sha256().get()
                    + ": the labels describe another file"));
        continue;
      }
      ClipRun run = runOne(l, video, sha, keep.test(l), c0);
      runs.add(run);
      listener.ran(done, labels.clips().size(), run);
    }
    return new Result(runs, problems, (System.nanoTime() - t0) / 1e9);
  }

  private ClipRun runOne(ClipLabel l, Path video, String sha, boolean keep, long t0) {
    boolean cached = false;
    PoseTrack track;
    try {
      Optional<PoseTrack> hit = cache.flatMap(c -> c.get(sha, model));
      cached = hit.isPresent();
      if (hit.isPresent()) {
        track = hit.get();
      } else {
        PoseTrack fresh = pose.track(video);
        track =
            cache.isPresent()
                ? cache.get().put(sha, model, fresh)
                : PoseTrackCache.roundTrip(fresh);
      }
    } catch (RuntimeException e) {
      return new ClipRun(l, failure(e), cached, seconds(t0), Optional.empty(), Optional.empty());
    }
    try {
      Analysis a = AnalysisPipeline.analyze(track, AnalysisOptions.NONE);
      ClipOutcome outcome = Outcomes.of(a);
      return new ClipRun(
          l,
          outcome,
          cached,
          seconds(t0),
          keep ? Optional.of(track) : Optional.empty(),
          keep ? Optional.of(a) : Optional.empty());
    } catch (RuntimeException e) {
      return new ClipRun(l, failure(e), cached, seconds(t0), Optional.empty(), Optional.empty());
    }
  }

  /** A refusal (nothing to analyse) or a failure, with its one line; a missing model stops all. */
  static ClipOutcome failure(RuntimeException e) {
    if (e instanceof HingeException he) {
      if (he.kind() == ErrorKind.ENVIRONMENT) {
        throw he;
      }
      return he.kind() == ErrorKind.UNANALYZABLE
          ? ClipOutcome.refused(he.getMessage())
          : ClipOutcome.failed(he.getMessage());
    }
    if (e instanceof UncheckedIOException io) {
      return ClipOutcome.failed(io.getMessage());
    }
    return ClipOutcome.failed("internal error: " + e);
  }

  private static LabelProblem problem(
      Labels labels, ClipLabel l, LabelProblem.Kind kind, String what) {
    return new LabelProblem(
        kind, labels.source(), l.entry(), l.line(), Optional.of(l.file()), what);
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
