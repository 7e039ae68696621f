package dev.hinge.app;

import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.journal.AnalysisStore.AnalysisSummary;
import dev.hinge.journal.Journal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A saved set against the lifter's best set at a similar load: of the other analysed sets whose bar
 * load is within {@link #SIMILAR_LOAD} of this one's, the fastest (mean bar speed), and what
 * differs in words. Speed at the same load is the progress a lifter can see from week to week.
 */
public final class BestSets {
  /** Loads within this share of each other count as similar (±10 %). */
  public static final double SIMILAR_LOAD = 0.10;

  /** One set as compared. */
  public record Set(
      long id,
      String day,
      Double loadKg,
      Double meanVelocityMps,
      int fullReps,
      List<String> faults) {
    static Set of(AnalysisSummary a) {
      return new Set(a.id(), a.day(), a.loadKg(), a.meanVelocityMps(), a.fullReps(), a.faults());
    }
  }

  /** The set, the best similar one (null when there is none), and the differences in words. */
  public record Comparison(Set set, Set best, List<String> differences) {
    public Optional<Set> bestSet() {
      return Optional.ofNullable(best);
    }
  }

  private final Journal journal;

  public BestSets(Journal journal) {
    this.journal = journal;
  }

  /**
   * The comparison for analysis {@code id}.
   *
   * @throws HingeException NOT_FOUND when there is no such analysis
   */
  public Comparison of(long id) {
    List<AnalysisSummary> all = journal.analyses().list();
    AnalysisSummary today =
        all.stream()
            .filter(a -> a.id() == id)
            .findFirst()
            .orElseThrow(
                () -> new HingeException(ErrorKind.NOT_FOUND, "no analysis with id " + id));
    Set set = Set.of(today);
    if (today.loadKg() == null || today.loadKg() <= 0 || today.meanVelocityMps() == null) {
      return new Comparison(
          set,
          null,
          List.of(
              today.loadKg() == null
                  ? "no bar load recorded for this set: give it to compare with your sets at a"
                      + " similar load"
                  : "no bar speed measured on this set"));
    }
    double load = today.loadKg();
    Optional<AnalysisSummary> best =
        all.stream()
            .filter(a -> a.id() != id && a.loadKg() != null && a.meanVelocityMps() != null)
            .filter(a -> Math.abs(a.loadKg() - load) <= SIMILAR_LOAD * load)
            .max(Comparator.comparingDouble(AnalysisSummary::meanVelocityMps));
    if (best.isEmpty()) {
      return new Comparison(
          set,
          null,
          List.of(
              String.format(
                  Locale.ROOT,
                  "no other set at a similar load (%.0f–%.0f kg) in the journal yet",
                  load * (1 - SIMILAR_LOAD),
                  load * (1 + SIMILAR_LOAD))));
    }
    AnalysisSummary b = best.get();
    List<String> words = new ArrayList<>();
    double dv = today.meanVelocityMps() - b.meanVelocityMps();
    words.add(
        Math.abs(dv) < 0.02
            ? String.format(
                Locale.ROOT,
                "as fast as your best set at a similar load (%s, %.1f kg): %.2f against %.2f m/s",
                b.day(),
                b.loadKg(),
                today.meanVelocityMps(),
                b.meanVelocityMps())
            : String.format(
                Locale.ROOT,
                "%s than your best set at a similar load (%s, %.1f kg): %.2f against %.2f m/s",
                dv > 0 ? "faster" : "slower",
                b.day(),
                b.loadKg(),
                today.meanVelocityMps(),
                b.meanVelocityMps()));
    words.add(
        String.format(
            Locale.ROOT, "findings: %d against %d", today.faults().size(), b.faults().size()));
    return new Comparison(set, Set.of(b), List.copyOf(words));
  }
}
