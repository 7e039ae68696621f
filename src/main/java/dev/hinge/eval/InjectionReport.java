package dev.hinge.eval;

import dev.hinge.faults.FaultCode;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What the injected faults did, kept apart from the real set's figures.
 *
 * @param clips the clips whose reps carried the injections, each with the reps used
 * @param untouched the same reps without an injection: how many any rule flagged, and by which
 * @param rows one per injection and size
 */
public record InjectionReport(List<String> clips, Untouched untouched, List<Row> rows) {
  public InjectionReport {
    clips = List.copyOf(clips);
    rows = List.copyOf(rows);
  }

  /**
   * The base reps without an injection. The base takes every side-view rep whose clip names and
   * shows no fault; only some of those clips present themselves as good form ({@code goodReps}): an
   * empty fault list means "not seen", not "clean" (SOURCES.md), so a finding on a rep of a clip of
   * unknown form is listed ({@code flaggedReps}) but is not a false alarm on a good rep.
   *
   * @param reps all base reps
   * @param flagged base reps any rule flagged
   * @param byCode how many base reps each rule flagged
   * @param goodReps base reps of clips labelled good
   * @param goodFlagged of those, how many any rule flagged
   * @param flaggedReps each flagged rep: clip, rep, rules, and the clip's form label
   */
  public record Untouched(
      int reps,
      int flagged,
      Map<FaultCode, Integer> byCode,
      int goodReps,
      int goodFlagged,
      List<String> flaggedReps) {
    public Untouched {
      byCode = Map.copyOf(byCode);
      flaggedReps = List.copyOf(flaggedReps);
    }
  }

  /**
   * One injection at one size over the base reps. Reps its rule already flagged untouched are left
   * out of the recall ({@code alreadyFlagged}); {@code lost} reps were not found again in the
   * changed track; of the rest, {@code judged} had the rule judged and {@code flagged} were
   * flagged. {@code achievedMedian} is the size the injection reached (the legs, the trunk or the
   * frame count may not allow the full size). The metric medians are over the judged reps, injected
   * and untouched. {@code otherRules} counts reps on which another rule newly fired.
   */
  public record Row(
      String kind,
      String size,
      double sizeValue,
      FaultCode code,
      String metric,
      double achievedMedian,
      int reps,
      int alreadyFlagged,
      int lost,
      int judged,
      int flagged,
      double metricMedian,
      double metricMedianUntouched,
      Map<FaultCode, Integer> otherRules) {
    public Row {
      otherRules = Map.copyOf(otherRules);
    }

    public OptionalDouble recall() {
      return judged == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) flagged / judged);
    }
  }

  /** For each kind of injection, its row at the largest size. */
  public List<Row> largest() {
    return rows.stream()
        .filter(
            r ->
                rows.stream()
                    .filter(o -> o.kind().equals(r.kind()))
                    .allMatch(o -> o.sizeValue() <= r.sizeValue()))
        .toList();
  }
}
