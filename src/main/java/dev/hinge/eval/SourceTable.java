package dev.hinge.eval;

import dev.hinge.faults.FaultCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The set's figures source by source: a rule that fits the largest source can hide a failure on the
 * others, and the whole set's totals would not show it. Per source (a clip's {@code source.repo}):
 * its deadlift clips, their rep counts exact, labelled and found full reps, views recognised; the
 * faults it names or the labeller saw that have a rule, and how many were found; reps labelled good
 * that got a fault; findings on all its reps; its negatives and how many read as a deadlift.
 * Sources in the order the labels first name them.
 */
public record SourceTable(List<Row> rows) {
  public SourceTable {
    rows = List.copyOf(rows);
  }

  /**
   * One source's figures.
   *
   * @param faultsListed faults named or seen on its deadlift clips that a rule judges (clip ×
   *     fault)
   * @param faultsFound those a rule flagged on a rep of the clip
   * @param findings findings on all its clips' reps (rep × rule), negatives included
   */
  public record Row(
      String source,
      int deadliftClips,
      int exact,
      int labelledReps,
      int foundReps,
      int viewsRecognised,
      int faultsListed,
      int faultsFound,
      int goodReps,
      int goodRepsFlagged,
      int findings,
      int negatives,
      int negativesReadAsDeadlift) {}

  public static SourceTable of(List<ClipScore> scores) {
    Map<String, List<ClipScore>> bySource = new LinkedHashMap<>();
    for (ClipScore s : scores) {
      bySource.computeIfAbsent(s.label().source(), k -> new ArrayList<>()).add(s);
    }
    List<Row> rows = new ArrayList<>();
    bySource.forEach((source, clips) -> rows.add(row(source, clips)));
    return new SourceTable(rows);
  }

  private static Row row(String source, List<ClipScore> clips) {
    int lifts = 0;
    int exact = 0;
    int labelled = 0;
    int found = 0;
    int views = 0;
    int listed = 0;
    int listedFound = 0;
    int goodReps = 0;
    int goodFlagged = 0;
    int findings = 0;
    int negatives = 0;
    int negativesRead = 0;
    for (ClipScore s : clips) {
      findings += s.outcome().reps().stream().mapToInt(r -> r.findings().size()).sum();
      if (s.label().negativeCase()) {
        negatives++;
        negativesRead += s.readAsDeadlift() ? 1 : 0;
      }
      if (!s.label().scorable()) {
        continue;
      }
      lifts++;
      exact += s.repCountExact() ? 1 : 0;
      labelled += s.label().reps();
      found += s.detectedReps();
      views += s.viewRecognised() ? 1 : 0;
      Set<FaultCode> flagged = s.found();
      for (LabelFault f : LabelFault.values()) {
        Optional<FaultCode> rule = f.rule();
        if (rule.isPresent() && s.label().listed(f)) {
          listed++;
          listedFound += flagged.contains(rule.get()) ? 1 : 0;
        }
      }
      if (s.label().labelledGood()) {
        goodReps += s.outcome().reps().size();
        goodFlagged += s.goodRepsFlagged().size();
      }
    }
    return new Row(
        source,
        lifts,
        exact,
        labelled,
        found,
        views,
        listed,
        listedFound,
        goodReps,
        goodFlagged,
        findings,
        negatives,
        negativesRead);
  }
}
