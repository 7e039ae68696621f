package dev.hinge.pipeline;

import dev.hinge.faults.Fault;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The set's best rep against its worst ({@code comparison} in {@code hinge.analysis/1}): for a set
 * of two or more full reps, the best is the one with the lightest findings, then the fastest; the
 * worst the heaviest findings, then the slowest. The differences are the measurements that moved by
 * more than their noise between the two, in words and numbers.
 */
public final class RepComparison {
  /** One measurement of both reps. */
  public record Difference(
      String metric, String label, double best, double worst, String unit, String words) {}

  /** The two reps (their indexes), why they were chosen, and what differs. */
  public record Comparison(int bestRep, int worstRep, String why, List<Difference> differences) {}

  /**
   * A measurement worth comparing: its name, whether only a camera that sees the lifter's side can
   * read it (the trunk's angles, the bar's distances ahead of the body), how to read it, the least
   * change that means much.
   */
  private record Measure(
      String metric,
      boolean needsSide,
      String label,
      String unit,
      double meaningful,
      ToDoubleFunction<RepAnalysis> value,
      String more,
      String less) {}

  private static final List<Measure> MEASURES =
      List.of(
          new Measure(
              "meanConcentricVelocityMps",
              false,
              "mean bar speed",
              "m/s",
              0.03,
              r -> r.metrics().meanConcentricVelocityMps(),
              "faster",
              "slower"),
          new Measure(
              "trunkAngleKneeDeg",
              true,
              "trunk lean as the bar passed the knee",
              "°",
              4,
              r -> r.metrics().trunkAngleKneeDeg(),
              "more bent over (the hips rose ahead of the shoulders)",
              "more upright"),
          new Measure(
              "trunkAngleChangeEarlyDeg",
              true,
              "change of trunk angle from the floor to the knee (+: tipping forward)",
              "°",
              3,
              r -> r.metrics().trunkAngleChangeEarlyDeg(),
              "tipped forward more (raised the chest less) off the floor",
              "raised the chest more off the floor"),
          new Measure(
              "barExcursionCm",
              true,
              "bar's distance from mid-foot",
              "cm",
              2,
              r -> r.metrics().barExcursionCm(),
              "let the bar drift further from mid-foot",
              "kept the bar closer to mid-foot"),
          new Measure(
              "floorBreakSpeedRatio",
              false,
              "speed in the first 0.15 s off the floor, as a multiple of the rep's mean",
              "×",
              0.3,
              r -> r.metrics().floorBreakSpeedRatio(),
              "came off the floor more abruptly",
              "came off the floor more smoothly"),
          new Measure(
              "leanBackPeakDeg",
              true,
              "lean back at lockout",
              "°",
              3,
              r -> r.metrics().leanBackPeakDeg(),
              "leaned back further at the top",
              "stood taller at the top"),
          new Measure(
              "trunkAngleFloorDeg",
              true,
              "trunk angle at the floor break",
              "°",
              4,
              r -> r.metrics().trunkAngleFloorDeg(),
              "started more bent over",
              "started more upright"));

  private RepComparison() {}

  /** Findings' weight: severe 3, moderate 2, mild 1. */
  static int weight(RepAnalysis r) {
    int w = 0;
    for (Fault f : r.faults()) {
      w +=
          switch (f.severity()) {
            case SEVERE -> 3;
            case MODERATE -> 2;
            default -> 1;
          };
    }
    return w;
  }

  /** Better first: the lightest findings, then the fastest. */
  static final Comparator<RepAnalysis> BETTER =
      Comparator.comparingInt(RepComparison::weight)
          .thenComparing(r -> -r.metrics().meanConcentricVelocityMps());

  /** The set's best full rep, by {@link #BETTER}; empty without a full rep. */
  public static Optional<RepAnalysis> best(Analysis a) {
    return a.reps().stream().filter(r -> !r.rep().partial()).min(BETTER);
  }

  /** The comparison of {@code a}'s best and worst full reps; empty with fewer than two. */
  public static Optional<Comparison> of(Analysis a) {
    return of(a.reps());
  }

  /** The comparison of the best and worst full reps of {@code reps}; empty with fewer than two. */
  static Optional<Comparison> of(List<RepAnalysis> reps) {
    List<RepAnalysis> full = reps.stream().filter(r -> !r.rep().partial()).toList();
    if (full.size() < 2) {
      return Optional.empty();
    }
    RepAnalysis best = full.stream().min(BETTER).orElseThrow();
    RepAnalysis worst = full.stream().max(BETTER).orElseThrow();
    if (best == worst) {
      return Optional.empty();
    }
    String why =
        weight(best) != weight(worst)
            ? String.format(
                Locale.ROOT,
                "rep %d has %s, rep %d %s",
                best.rep().index(),
                findings(best),
                worst.rep().index(),
                findings(worst))
            : String.format(
                Locale.ROOT,
                "%s; rep %d was the fastest, rep %d the slowest",
                best.faults().isEmpty() ? "no findings on either" : "the same findings",
                best.rep().index(),
                worst.rep().index());
    List<Difference> diffs = new ArrayList<>();
    boolean sideSeen = best.sideSeen() && worst.sideSeen();
    for (Measure m : MEASURES) {
      if (m.needsSide() && !sideSeen) {
        continue;
      }
      double b = m.value().applyAsDouble(best);
      double w = m.value().applyAsDouble(worst);
      if (!Double.isFinite(b) || !Double.isFinite(w)) {
        continue;
      }
      boolean speed = m.metric().equals("meanConcentricVelocityMps");
      if (!speed && Math.abs(w - b) < m.meaningful()) {
        continue;
      }
      String num = m.unit().equals("m/s") || m.unit().equals("×") ? "%.2f" : "%.0f";
      String unit = m.unit().equals("°") ? "°" : " " + m.unit();
      String words =
          String.format(
              Locale.ROOT,
              "rep %d %s than rep %d: %s " + num + "%s against " + num + "%s",
              worst.rep().index(),
              w > b ? m.more() : m.less(),
              best.rep().index(),
              m.label(),
              w,
              unit,
              b,
              unit);
      if (speed) {
        words =
            String.format(
                Locale.ROOT,
                "rep %d: mean bar speed %.2f m/s; rep %d: %.2f m/s",
                worst.rep().index(),
                w,
                best.rep().index(),
                b);
      }
      diffs.add(
          new Difference(
              m.metric(), m.label(), b, w, m.unit(), words.replace(" than rep", " than rep")));
    }
    return Optional.of(new Comparison(best.rep().index(), worst.rep().index(), why, diffs));
  }

  private static String findings(RepAnalysis r) {
    if (r.faults().isEmpty()) {
      return "no findings";
    }
    return String.join(
        ", ",
        r.faults().stream().map(f -> f.code().name() + " (" + f.severity().code() + ")").toList());
  }
}
