package dev.hinge.eval;

import java.util.List;
import java.util.Optional;

/**
 * Everything one {@code hinge eval} run measured ({@code hinge.eval/1}): the clips, the totals, the
 * figures per source, the per-fault tables, the calibration, the injected faults (kept apart) and
 * the targets, with the problems found in the labels and how the run went.
 */
public record EvalReport(
    String labels,
    String videos,
    String model,
    String hingeVersion,
    List<LabelProblem> problems,
    List<ClipScore> clips,
    Totals totals,
    SourceTable sources,
    FaultTable faults,
    Calibration calibration,
    ThresholdTable thresholds,
    Optional<InjectionReport> injected,
    Optional<NoiseReport> noise,
    List<Targets.Target> targets,
    Run run) {

  public static final String FORMAT = "hinge.eval/1";

  public EvalReport {
    problems = List.copyOf(problems);
    clips = List.copyOf(clips);
    targets = List.copyOf(targets);
  }

  /**
   * How long the run took, how many pose tracks came from the cache, and the inference runtime that
   * made them (its name: a report's figures are reproducible on that runtime; another one's tracks
   * read a few verdicts differently).
   */
  public record Run(
      double seconds, int clipsRun, int fromCache, boolean cacheUsed, String runtime) {}

  /** Scores the runs; pure. */
  public static EvalReport of(
      String labels,
      String videos,
      String model,
      String hingeVersion,
      List<LabelProblem> problems,
      List<EvalRunner.ClipRun> runs,
      Optional<InjectionReport> injected,
      Optional<NoiseReport> noise,
      Run run) {
    List<ClipScore> scores = runs.stream().map(r -> ClipScore.of(r.label(), r.outcome())).toList();
    Totals totals = Totals.of(scores);
    FaultTable faults = FaultTable.of(scores);
    Calibration calibration = Calibration.of(scores);
    return new EvalReport(
        labels,
        videos,
        model,
        hingeVersion,
        problems,
        scores,
        totals,
        SourceTable.of(scores),
        faults,
        calibration,
        ThresholdTable.of(scores),
        injected,
        noise,
        Targets.of(totals, faults, calibration, injected),
        run);
  }
}
