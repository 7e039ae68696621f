package dev.hinge.eval;

import dev.hinge.faults.FaultCode;
import dev.hinge.kinematics.ViewKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The figures over the whole labelled set. Rep counts, rep pairing, views, withheld judgements and
 * reps labelled good are over the deadlift clips (usable, not negative cases); the negatives are
 * counted apart.
 *
 * @param runs analysed, refused and failed runs over the deadlift clips
 * @param failures one line per deadlift clip without an analysis: the clip, what happened, why
 * @param allClips rep counts over every deadlift clip
 * @param sideClips rep counts over the deadlift clips labelled side view
 * @param pairing labelled reps paired with a detected full rep, and the other way round
 * @param views per labelled view, clips and how many Hinge recognised
 * @param viewConfusion per labelled view, how often Hinge read each view (or none: no analysis)
 * @param withheldReasons withheld rule-by-rep judgements by reason, most frequent first
 * @param goodRepsFlaggedBy per rule, reps labelled good that it flagged
 */
public record Totals(
    int clips,
    int deadliftClips,
    int negatives,
    Map<ClipOutcome.Status, Integer> runs,
    List<String> failures,
    RepCounts allClips,
    RepCounts sideClips,
    Pairing pairing,
    Map<LabelledView, Tally> views,
    Map<LabelledView, Map<String, Integer>> viewConfusion,
    int judgements,
    int withheldJudgements,
    Map<String, Integer> withheldReasons,
    Tally goodReps,
    Map<FaultCode, Integer> goodRepsFlaggedBy,
    Negatives negativeCases) {

  /** {@code of} out of {@code n}. */
  public record Tally(int n, int of) {
    public OptionalDouble share() {
      return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) of / n);
    }
  }

  /** Rep counts: clips, exact and within one, labelled and detected full reps. */
  public record RepCounts(
      int clips, int failedRuns, int exact, int withinOne, int labelledReps, int detectedReps) {}

  /**
   * Labelled reps and detected full reps, how many pair one to one, and the pairs' mean overlap
   * (IoU) and mean distance between the labelled start and the detected floor break.
   */
  public record Pairing(
      int labelledReps,
      int detectedReps,
      int paired,
      double meanIou,
      double meanAbsStartOffsetS,
      int timedLockouts,
      double medianLockoutOffsetS,
      double medianAbsLockoutOffsetS) {}

  /** Negative cases: read as deadlifts (a full rep found), refused, or analysed with 0 reps. */
  public record Negatives(int n, int readAsDeadlift, int refused, int zeroReps) {
    /** Negatives read as 0 deadlift reps or refused. */
    public int rejected() {
      return n - readAsDeadlift;
    }
  }

  public static Totals of(List<ClipScore> scores) {
    List<ClipScore> lifts = scores.stream().filter(s -> s.label().scorable()).toList();
    Map<ClipOutcome.Status, Integer> runs = new EnumMap<>(ClipOutcome.Status.class);
    for (ClipOutcome.Status st : ClipOutcome.Status.values()) {
      runs.put(st, (int) lifts.stream().filter(s -> s.outcome().status() == st).count());
    }
    List<String> failures = new ArrayList<>();
    for (ClipScore s : lifts) {
      if (!s.analysed()) {
        failures.add(
            s.label().file() + ": " + s.outcome().status().label() + ": " + s.outcome().message());
      }
    }
    Map<LabelledView, Tally> views = new EnumMap<>(LabelledView.class);
    Map<LabelledView, Map<String, Integer>> confusion = new EnumMap<>(LabelledView.class);
    for (LabelledView v : LabelledView.values()) {
      List<ClipScore> in = lifts.stream().filter(s -> s.label().view() == v).toList();
      views.put(
          v, new Tally(in.size(), (int) in.stream().filter(ClipScore::viewRecognised).count()));
      Map<String, Integer> read = new LinkedHashMap<>();
      for (ViewKind k : ViewKind.values()) {
        read.put(k.code(), 0);
      }
      read.put("none", 0);
      for (ClipScore s : in) {
        read.merge(s.outcome().view().map(ViewKind::code).orElse("none"), 1, Integer::sum);
      }
      confusion.put(v, read);
    }
    Map<String, Integer> reasons = new LinkedHashMap<>();
    lifts.forEach(s -> s.withheldReasons().forEach((k, n) -> reasons.merge(k, n, Integer::sum)));
    Map<String, Integer> sortedReasons = new LinkedHashMap<>();
    reasons.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> sortedReasons.put(e.getKey(), e.getValue()));
    int goodReps = 0;
    int goodFlagged = 0;
    Map<FaultCode, Integer> byCode = new EnumMap<>(FaultCode.class);
    for (ClipScore s : lifts) {
      if (s.label().labelledGood()) {
        goodReps += s.outcome().reps().size();
        goodFlagged += s.goodRepsFlagged().size();
        s.goodRepsFlagged()
            .forEach(
                r ->
                    r.findings().stream()
                        .map(Finding::code)
                        .distinct()
                        .forEach(c -> byCode.merge(c, 1, Integer::sum)));
      }
    }
    List<ClipScore> negatives = scores.stream().filter(s -> s.label().negativeCase()).toList();
    return new Totals(
        scores.size(),
        lifts.size(),
        negatives.size(),
        runs,
        failures,
        repCounts(lifts),
        repCounts(lifts.stream().filter(s -> s.label().view() == LabelledView.SIDE).toList()),
        pairing(lifts),
        views,
        confusion,
        lifts.stream().mapToInt(ClipScore::judgements).sum(),
        lifts.stream().mapToInt(ClipScore::withheldJudgements).sum(),
        sortedReasons,
        new Tally(goodReps, goodFlagged),
        byCode,
        new Negatives(
            negatives.size(),
            (int) negatives.stream().filter(ClipScore::readAsDeadlift).count(),
            (int)
                negatives.stream()
                    .filter(s -> s.outcome().status() == ClipOutcome.Status.REFUSED)
                    .count(),
            (int)
                negatives.stream()
                    .filter(ClipScore::analysed)
                    .filter(s -> !s.readAsDeadlift())
                    .count()));
  }

  static RepCounts repCounts(List<ClipScore> in) {
    return new RepCounts(
        in.size(),
        (int) in.stream().filter(s -> !s.analysed()).count(),
        (int) in.stream().filter(ClipScore::repCountExact).count(),
        (int) in.stream().filter(ClipScore::repCountWithinOne).count(),
        in.stream().mapToInt(s -> s.label().reps()).sum(),
        in.stream().mapToInt(ClipScore::detectedReps).sum());
  }

  static Pairing pairing(List<ClipScore> in) {
    int labelled = 0;
    int detected = 0;
    int paired = 0;
    double iou = 0;
    double offset = 0;
    List<Double> lockouts = new ArrayList<>();
    for (ClipScore s : in) {
      labelled += s.match().labelled();
      detected += s.match().detected();
      for (RepMatcher.Pair p : s.match().pairs()) {
        paired++;
        iou += p.iou();
        offset += Math.abs(p.startOffsetS());
        if (Double.isFinite(p.lockoutOffsetS())) {
          lockouts.add(p.lockoutOffsetS());
        }
      }
    }
    return new Pairing(
        labelled,
        detected,
        paired,
        paired == 0 ? Double.NaN : iou / paired,
        paired == 0 ? Double.NaN : offset / paired,
        lockouts.size(),
        median(lockouts),
        median(lockouts.stream().map(Math::abs).toList()));
  }

  /** The median, NaN for none. */
  static double median(List<Double> xs) {
    if (xs.isEmpty()) {
      return Double.NaN;
    }
    List<Double> s = xs.stream().sorted().toList();
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : 0.5 * (s.get(n / 2 - 1) + s.get(n / 2));
  }
}
