package dev.hinge.eval;

import dev.hinge.faults.FaultCode;
import dev.hinge.faults.FaultRule;
import dev.hinge.faults.Levels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Each rule's threshold against the distribution of its main measure ({@link
 * FaultRule#mainMeasure}) across sources, and the same threshold placed again without each source
 * in turn (leave one source out): does a rule chosen on some sources hold on the others?
 *
 * <p>Over the full reps of the deadlift clips on which the rule was judged. A rep is a positive
 * when its clip names or shows the fault, clean otherwise ("not named" is not "clean", so a clean
 * rep past the threshold may be a fault nobody labelled). The margin is the distance from the most
 * extreme clean rep to the threshold, negative where the measure alone passes it on a clean rep
 * (the rule's other conditions then decide). Without a source, the threshold is placed half way
 * between the other sources' most extreme clean rep and their least extreme positive, or, with no
 * positive left, at their most extreme clean rep plus today's margin (today's threshold where that
 * margin is not positive); the left-out source's reps are then read against it.
 */
public record ThresholdTable(List<Row> rows) {

  public ThresholdTable {
    rows = List.copyOf(rows);
  }

  /** One rep's value of a measure. */
  public record Value(String clip, String source, double value) {}

  /**
   * One source left out: the threshold placed without it, its clean reps past that threshold and
   * its positives short of it.
   */
  public record HeldOut(
      String source,
      double threshold,
      List<Value> cleanPast,
      List<Value> positivesMissed,
      int positives,
      int clean) {
    public HeldOut {
      cleanPast = List.copyOf(cleanPast);
      positivesMissed = List.copyOf(positivesMissed);
    }
  }

  /**
   * One rule: its measure, threshold and direction, what the reps read, and each source left out.
   */
  public record Row(
      FaultCode code,
      String metric,
      double threshold,
      boolean above,
      int judged,
      Optional<Value> cleanExtreme,
      double margin,
      List<Value> positives,
      List<HeldOut> heldOut) {
    public Row {
      positives = List.copyOf(positives);
      heldOut = List.copyOf(heldOut);
    }

    /** Sources left out whose reps read differently against the threshold placed without them. */
    public long sourcesThatDisagree() {
      return heldOut.stream()
          .filter(h -> !h.cleanPast().isEmpty() || !h.positivesMissed().isEmpty())
          .count();
    }
  }

  public static ThresholdTable of(List<ClipScore> scores) {
    List<Row> rows = new ArrayList<>();
    for (FaultCode code : FaultCode.values()) {
      Optional<FaultRule.MainMeasure> measure = code.rule().mainMeasure();
      if (measure.isEmpty()) {
        continue;
      }
      Optional<LabelFault> label = LabelFault.of(code);
      List<Value> clean = new ArrayList<>();
      List<Value> positives = new ArrayList<>();
      for (ClipScore s : scores) {
        if (!s.label().scorable()) {
          continue;
        }
        boolean positive =
            label.isPresent()
                && (s.label().faults().contains(label.get())
                    || s.label().faultsSeen().contains(label.get()));
        for (DetectedRep r : s.outcome().reps()) {
          Double v = r.measures().get(code);
          if (r.partial() || v == null || !Double.isFinite(v)) {
            continue;
          }
          (positive ? positives : clean).add(new Value(s.label().file(), s.label().source(), v));
        }
      }
      rows.add(row(code, measure.get(), clean, positives));
    }
    return new ThresholdTable(rows);
  }

  static Row row(
      FaultCode code, FaultRule.MainMeasure m, List<Value> clean, List<Value> positives) {
    Levels levels = m.levels();
    double threshold = levels.mild();
    boolean above = levels.above();
    Comparator<Value> outward =
        above ? Comparator.comparingDouble(Value::value) : byValueDescending();
    Optional<Value> extreme = clean.stream().max(outward);
    double margin =
        extreme.map(e -> above ? threshold - e.value() : e.value() - threshold).orElse(Double.NaN);
    TreeSet<String> sources = new TreeSet<>();
    clean.forEach(v -> sources.add(v.source()));
    positives.forEach(v -> sources.add(v.source()));
    List<HeldOut> heldOut = new ArrayList<>();
    for (String s : sources) {
      List<Value> otherClean = clean.stream().filter(v -> !v.source().equals(s)).toList();
      List<Value> otherPositives = positives.stream().filter(v -> !v.source().equals(s)).toList();
      if (otherClean.isEmpty()) {
        continue;
      }
      double ce = otherClean.stream().max(outward).orElseThrow().value();
      double t;
      if (!otherPositives.isEmpty()) {
        double pe = otherPositives.stream().min(outward).orElseThrow().value();
        t = (ce + pe) / 2;
      } else if (margin > 0) {
        t = above ? ce + margin : ce - margin;
      } else {
        t = threshold;
      }
      List<Value> mine = clean.stream().filter(v -> v.source().equals(s)).toList();
      List<Value> minePositive = positives.stream().filter(v -> v.source().equals(s)).toList();
      heldOut.add(
          new HeldOut(
              s,
              t,
              mine.stream().filter(v -> past(v.value(), t, above)).toList(),
              minePositive.stream().filter(v -> !past(v.value(), t, above)).toList(),
              minePositive.size(),
              mine.size()));
    }
    return new Row(
        code,
        m.metric(),
        threshold,
        above,
        clean.size() + positives.size(),
        extreme,
        margin,
        positives,
        heldOut);
  }

  private static Comparator<Value> byValueDescending() {
    return Comparator.comparingDouble((Value v) -> v.value()).reversed();
  }

  private static boolean past(double v, double threshold, boolean above) {
    return above ? v > threshold : v < threshold;
  }
}
