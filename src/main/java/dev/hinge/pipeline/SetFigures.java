package dev.hinge.pipeline;

import dev.hinge.faults.Fault;
import dev.hinge.faults.FaultCode;
import dev.hinge.kinematics.Shot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The set's figures over its reps: mean and best speed, velocity loss and technique decay (each
 * within one shot), times, back load, and the three faults to fix first.
 */
final class SetFigures {
  /**
   * Velocity loss at which strength sets usually stop (BIOMECHANICS.md): the last full rep this
   * much slower than the fastest says the set went on into fatigue.
   */
  static final double STOP_VELOCITY_LOSS_PCT = 20;

  private SetFigures() {}

  /**
   * The reps of each shot that holds any, in order: velocity loss and technique decay compare reps
   * of one shot.
   */
  static List<List<RepAnalysis>> byShot(List<Shot> shots, List<RepAnalysis> analysed) {
    List<List<RepAnalysis>> out = new ArrayList<>();
    for (Shot shot : shots) {
      List<RepAnalysis> in =
          analysed.stream().filter(r -> AnalysisPipeline.shotOf(shots, r.rep()) == shot).toList();
      if (!in.isEmpty()) {
        out.add(in);
      }
    }
    return out;
  }

  /** A note when the set's velocity loss reached {@link #STOP_VELOCITY_LOSS_PCT}. */
  static Optional<Warning> velocityLoss(List<List<RepAnalysis>> byShot, SetSummary set) {
    if (set.velocityLossPct() < STOP_VELOCITY_LOSS_PCT) {
      return Optional.empty();
    }
    // the shot whose reps lost the most speed
    List<RepAnalysis> full = List.of();
    for (List<RepAnalysis> shot : byShot) {
      List<RepAnalysis> f = shot.stream().filter(r -> !r.rep().partial()).toList();
      if (f.size() >= 2 && (full.isEmpty() || lossPct(f) > lossPct(full))) {
        full = f;
      }
    }
    if (full.isEmpty()) {
      return Optional.empty();
    }
    RepAnalysis best =
        full.stream()
            .max(Comparator.comparingDouble(r -> r.metrics().meanConcentricVelocityMps()))
            .orElseThrow();
    RepAnalysis last = full.get(full.size() - 1);
    return Optional.of(
        new Warning(
            "VELOCITY_LOSS",
            String.format(
                Locale.ROOT,
                "velocity loss %.0f %%: rep %d moved at %.2f m/s against %.2f m/s on rep %d, past"
                    + " the %.0f %% loss at which strength sets usually stop",
                set.velocityLossPct(),
                last.rep().index(),
                last.metrics().meanConcentricVelocityMps(),
                best.metrics().meanConcentricVelocityMps(),
                best.rep().index(),
                STOP_VELOCITY_LOSS_PCT)));
  }

  /**
   * The set's figures. Velocity loss and technique decay are each the largest within one shot
   * ({@code byShot}: the reps of each shot of the video, in order; one list for a video without
   * cuts): from the shot's best rep to its last, and from the first half of its reps to the second.
   * Across a cut the reps may be another lifter's or seen through a camera that cannot judge them.
   */
  static SetSummary summarize(
      List<RepAnalysis> reps, List<List<RepAnalysis>> byShot, AnalysisOptions options) {
    List<RepAnalysis> full = reps.stream().filter(r -> !r.rep().partial()).toList();
    List<RepAnalysis> basis = full.isEmpty() ? reps : full;
    double mean =
        basis.stream()
            .mapToDouble(r -> r.metrics().meanConcentricVelocityMps())
            .average()
            .orElse(0);
    double best =
        basis.stream().mapToDouble(r -> r.metrics().meanConcentricVelocityMps()).max().orElse(0);
    double loss = 0;
    double decay = 0;
    boolean decayMeasured = false;
    for (List<RepAnalysis> shot : byShot) {
      List<RepAnalysis> f = shot.stream().filter(r -> !r.rep().partial()).toList();
      List<RepAnalysis> shotBasis = f.isEmpty() && full.isEmpty() ? shot : f;
      loss = Math.max(loss, lossPct(shotBasis));
      if (shotBasis.size() >= 2) {
        double d = decay(shotBasis);
        decay = decayMeasured ? Math.max(decay, d) : d;
        decayMeasured = true;
      }
    }
    double conc = basis.stream().mapToDouble(r -> r.metrics().concentricMs()).average().orElse(0);
    double ecc =
        basis.stream()
            .filter(r -> r.metrics().eccentricMs().isPresent())
            .mapToDouble(r -> r.metrics().eccentricMs().getAsDouble())
            .average()
            .orElse(0);
    // a rep whose camera cannot estimate the back's load reads 0 and adds nothing
    double peakM = reps.stream().mapToDouble(r -> r.load().peakMomentNm()).max().orElse(0);
    double peakC = reps.stream().mapToDouble(r -> r.load().peakCompressionN()).max().orElse(0);
    double impulse = reps.stream().mapToDouble(r -> r.load().impulseNms()).sum();
    return new SetSummary(
        r3(mean),
        r3(best),
        Math.round(loss * 10) / 10.0,
        Math.round(decay * 100) / 100.0,
        Math.round(conc),
        Math.round(ecc),
        peakM,
        peakC,
        Math.round(impulse),
        options.loadKg().isPresent(),
        reps.stream().anyMatch(r -> r.load().estimated()));
  }

  /** Loss from the best rep's mean speed to the last one's, per cent (0 for fewer than 2 reps). */
  static double lossPct(List<RepAnalysis> reps) {
    if (reps.isEmpty()) {
      return 0;
    }
    double best =
        reps.stream().mapToDouble(r -> r.metrics().meanConcentricVelocityMps()).max().orElse(0);
    double last = reps.get(reps.size() - 1).metrics().meanConcentricVelocityMps();
    return best > 0 ? Math.max(0, 100 * (best - last) / best) : 0;
  }

  /**
   * Severity points per rep, the second half of the reps against the first (positive: form got
   * worse); 0 for fewer than 2 reps.
   */
  static double decay(List<RepAnalysis> reps) {
    if (reps.size() < 2) {
      return 0;
    }
    int half = reps.size() / 2;
    return points(reps.subList(reps.size() - half, reps.size())) / half
        - points(reps.subList(0, half)) / half;
  }

  private static double points(List<RepAnalysis> reps) {
    return reps.stream()
        .flatMap(r -> r.faults().stream())
        .mapToDouble(f -> f.severity().weight())
        .sum();
  }

  /** The three faults with the most severity points across the set. */
  static List<TopFix> topFixes(List<RepAnalysis> reps) {
    Map<FaultCode, Double> score = new EnumMap<>(FaultCode.class);
    Map<FaultCode, TreeSet<Integer>> where = new EnumMap<>(FaultCode.class);
    for (RepAnalysis r : reps) {
      for (Fault f : r.faults()) {
        score.merge(f.code(), f.severity().weight() * f.confidence(), Double::sum);
        where.computeIfAbsent(f.code(), c -> new TreeSet<>()).add(r.rep().index());
      }
    }
    return score.entrySet().stream()
        .sorted(Map.Entry.<FaultCode, Double>comparingByValue(Comparator.reverseOrder()))
        .limit(3)
        .map(e -> new TopFix(e.getKey(), new ArrayList<>(where.get(e.getKey())), e.getKey().cue()))
        .toList();
  }

  private static double r3(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
