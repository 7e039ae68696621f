package dev.hinge.eval;

import dev.hinge.faults.FaultCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The terminal report of an eval run: the clips, the totals, the per-fault tables of the real set,
 * the injected faults (kept apart), the calibration and the targets.
 */
public final class EvalText {
  private EvalText() {}

  public static String render(EvalReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        f(
            "hinge eval — %s: %d clips scored, model %s on %s, hinge %s%n",
            r.labels(), r.clips().size(), r.model(), r.run().runtime(), r.hingeVersion()));
    if (!r.problems().isEmpty()) {
      sb.append(
          f(
              "%nProblems with the labels (%d; an entry with a malformed field or an unusable video"
                  + " is not scored, an unknown fault or variant name is left out of an entry still"
                  + " scored):%n",
              r.problems().size()));
      r.problems().forEach(p -> sb.append("  ").append(p.describe()).append('\n'));
    }
    clips(sb, r.clips());
    totals(sb, r.totals());
    sources(sb, r.sources());
    faults(sb, r.faults());
    thresholds(sb, r.thresholds());
    r.injected()
        .ifPresentOrElse(
            i -> injected(sb, i),
            () ->
                sb.append(
                    "\nInjected faults: not run (add --inject to measure each rule's recall on real tracks"
                        + " of good reps with faults of known sizes)\n"));
    r.noise().ifPresent(n -> noise(sb, n));
    calibration(sb, r.calibration());
    targets(sb, r.targets());
    return sb.toString();
  }

  static void clips(StringBuilder sb, List<ClipScore> clips) {
    sb.append(
            "\nClips (reps: labelled→found full reps; paired: labelled reps a found rep overlaps,"
                + " IoU ≥ ")
        .append(RepMatcher.MIN_IOU)
        .append(
            ";\n labels: n named by the source, s seen,"
                + " ? suspected; withheld: rule-by-rep judgements not made)\n");
    String head =
        f(
            "%-26s %-7s %-17s %-9s %-6s %-9s %-8s  %-28s %s",
            "clip",
            "form",
            "view label→hinge",
            "reps",
            "paired",
            "run",
            "withheld",
            "labels",
            "found");
    sb.append(head).append('\n').append("-".repeat(head.length() + 20)).append('\n');
    for (ClipScore s : clips) {
      ClipLabel l = s.label();
      ClipOutcome o = s.outcome();
      String view =
          l.view().label()
              + "→"
              + o.view().map(v -> v.code() + (s.viewRecognised() ? "" : "✗")).orElse("—");
      String reps =
          l.reps()
              + "→"
              + s.detectedReps()
              + (o.partialReps() > 0 ? "+" + o.partialReps() + "p" : "")
              + (s.repCountExact() ? "" : "✗");
      String withheld = s.judgements() == 0 ? "—" : s.withheldJudgements() + "/" + s.judgements();
      sb.append(
          f(
              "%-26s %-7s %-17s %-9s %-6s %-9s %-8s  %-28s %s%n",
              l.file(),
              l.negativeCase() ? "neg" : l.formLabel().label(),
              view,
              reps,
              l.reps() == 0 && s.match().detected() == 0
                  ? "—"
                  : s.match().pairs().size() + "/" + l.reps(),
              o.status().label(),
              withheld,
              labelled(l),
              found(o)));
      if (o.status() != ClipOutcome.Status.ANALYSED) {
        sb.append("    ").append(o.message()).append('\n');
      }
    }
  }

  static String labelled(ClipLabel l) {
    List<String> out = new ArrayList<>();
    for (LabelFault f : LabelFault.values()) {
      String mark = (l.faults().contains(f) ? "n" : "") + (l.faultsSeen().contains(f) ? "s" : "");
      if (!mark.isEmpty()) {
        out.add(f.label() + "(" + mark + ")");
      } else if (l.faultsSuspected().contains(f)) {
        out.add("?" + f.label());
      }
    }
    return out.isEmpty() ? "—" : String.join(" ", out);
  }

  static String found(ClipOutcome o) {
    Map<FaultCode, Integer> n = new EnumMap<>(FaultCode.class);
    o.reps()
        .forEach(
            r ->
                r.findings().stream()
                    .map(Finding::code)
                    .distinct()
                    .forEach(c -> n.merge(c, 1, Integer::sum)));
    if (n.isEmpty()) {
      return o.status() == ClipOutcome.Status.ANALYSED ? "—" : "";
    }
    return n.entrySet().stream()
        .map(e -> e.getKey().name() + (e.getValue() > 1 ? "×" + e.getValue() : ""))
        .collect(Collectors.joining(", "));
  }

  static void totals(StringBuilder sb, Totals t) {
    sb.append("\nTotals (deadlift clips: usable, not negative cases)\n");
    row(
        sb,
        "clips",
        f("%d: %d deadlift clips, %d negatives", t.clips(), t.deadliftClips(), t.negatives()));
    row(
        sb,
        "runs",
        f(
            "%d analysed, %d refused (nothing to analyse), %d failed",
            t.runs().get(ClipOutcome.Status.ANALYSED),
            t.runs().get(ClipOutcome.Status.REFUSED),
            t.runs().get(ClipOutcome.Status.FAILED)));
    t.failures().forEach(x -> sb.append("      ").append(x).append('\n'));
    Totals.RepCounts all = t.allClips();
    Totals.RepCounts side = t.sideClips();
    row(
        sb,
        "rep count exact",
        f("%s; side view %s", frac(all.exact(), all.clips()), frac(side.exact(), side.clips())));
    row(
        sb,
        "rep count within one",
        f(
            "%s; side view %s",
            frac(all.withinOne(), all.clips()), frac(side.withinOne(), side.clips())));
    row(
        sb,
        "reps labelled → found",
        f(
            "%d → %d full reps (side view %d → %d)",
            all.labelledReps(), all.detectedReps(), side.labelledReps(), side.detectedReps()));
    Totals.Pairing p = t.pairing();
    row(
        sb,
        "reps paired by overlap",
        f(
            "%s of the labelled reps, %s of the found ones; mean IoU %s, floor break %s s from the labelled start",
            frac(p.paired(), p.labelledReps()),
            frac(p.paired(), p.detectedReps()),
            num(p.meanIou(), 2),
            num(p.meanAbsStartOffsetS(), 2)));
    if (p.timedLockouts() > 0) {
      row(
          sb,
          "lockout timing",
          f(
              "found %s s %s the labelled one (median; median distance %s s), over %d paired"
                  + " reps with a labelled lockout (labels read at 4 fps, ±0.25 s)",
              num(Math.abs(p.medianLockoutOffsetS()), 2),
              p.medianLockoutOffsetS() >= 0 ? "after" : "before",
              num(p.medianAbsLockoutOffsetS(), 2),
              p.timedLockouts()));
    }
    List<String> views = new ArrayList<>();
    t.views()
        .forEach(
            (v, tally) -> {
              if (tally.n() > 0) {
                views.add(v.label() + " " + tally.of() + "/" + tally.n());
              }
            });
    row(sb, "view recognised", String.join(", ", views) + " (rear: read as front or oblique)");
    t.viewConfusion()
        .forEach(
            (v, read) -> {
              if (t.views().get(v).n() > 0) {
                sb.append(
                    f(
                        "      labelled %-8s read as: %s%n",
                        v.label(),
                        read.entrySet().stream()
                            .filter(e -> e.getValue() > 0)
                            .map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining(", "))));
              }
            });
    row(
        sb,
        "judgements withheld",
        f(
            "%s rule-by-rep judgements (9 rules on every rep found)",
            frac(t.withheldJudgements(), t.judgements())));
    t.withheldReasons().forEach((why, n) -> sb.append(f("      %4d  %s%n", n, why)));
    Totals.Tally good = t.goodReps();
    row(
        sb,
        "reps labelled good, flagged",
        frac(good.of(), good.n())
            + (t.goodRepsFlaggedBy().isEmpty()
                ? ""
                : ": "
                    + t.goodRepsFlaggedBy().entrySet().stream()
                        .map(e -> e.getKey().name() + " " + e.getValue())
                        .collect(Collectors.joining(", "))));
    Totals.Negatives n = t.negativeCases();
    row(
        sb,
        "negatives read as deadlift",
        f(
            "%s (a full rep found); %d refused, %d analysed with 0 full reps",
            frac(n.readAsDeadlift(), n.n()), n.refused(), n.zeroReps()));
  }

  static void faults(StringBuilder sb, FaultTable t) {
    for (FaultTable.Basis b : FaultTable.Basis.values()) {
      sb.append(
          b == FaultTable.Basis.NAMED
              ? "\nFaults the source names (clips; a clip is flagged when any rep is; precision is a"
                  + " lower bound: an empty list is not a clean bill)\n"
              : "\nFaults the labeller saw (clips; same reading)\n");
      String head =
          f(
              "%-24s %-24s %4s %5s %7s %11s %12s %7s %10s",
              "label",
              "rule",
              "pos",
              "found",
              "missed",
              "not judged",
              "FP (on good)",
              "recall",
              "precision");
      sb.append(head).append('\n').append("-".repeat(head.length())).append('\n');
      for (FaultTable.Row r : t.rows()) {
        FaultTable.Confusion c = b == FaultTable.Basis.NAMED ? r.named() : r.seen();
        sb.append(
            f(
                "%-24s %-24s %4d %5d %7d %11d %12s %7s %10s%n",
                r.fault().label(),
                r.rule().map(Enum::name).orElse("no rule"),
                c.positives(),
                c.tp(),
                c.fnMissed(),
                c.fnNotJudged(),
                c.fp() + " (" + c.fpOnGood() + ")",
                pct(c.recall()),
                pct(c.precision())));
      }
    }
    List<String> suspected = new ArrayList<>();
    t.rows()
        .forEach(
            r -> {
              if (r.suspected() > 0) {
                suspected.add(r.fault().label() + " " + r.suspectedFlagged() + "/" + r.suspected());
              }
            });
    if (!suspected.isEmpty()) {
      sb.append("suspected only (hints, not truth), flagged: ")
          .append(String.join(", ", suspected))
          .append('\n');
    }
    sb.append(
        "\nRules on the real set (every rep found on the deadlift clips; false alarms: reps of"
            + " clips labelled good that the rule flagged)\n");
    String head =
        f(
            "%-24s %-24s %9s %12s %14s %22s",
            "rule", "label", "findings", "reps judged", "clips flagged", "false alarms (judged)");
    sb.append(head).append('\n').append("-".repeat(head.length())).append('\n');
    for (FaultTable.RuleRow r : t.rules()) {
      sb.append(
          f(
              "%-24s %-24s %9d %12s %14d %22s%n",
              r.code().name(),
              r.label().map(LabelFault::label).orElse("no label"),
              r.findings(),
              r.repsJudged() + "/" + r.reps(),
              r.clipsFlagged(),
              r.goodRepsFlagged() + " of " + r.goodRepsJudged()));
    }
  }

  static void injected(StringBuilder sb, InjectionReport i) {
    sb.append(
        "\nInjected faults (kept apart from the real set: real tracks of side-view reps whose clip"
            + " names and shows no fault, the fault put in at a known size)\n");
    row(sb, "base clips", i.clips().isEmpty() ? "none" : String.join(", ", i.clips()));
    InjectionReport.Untouched u = i.untouched();
    row(
        sb,
        "untouched reps flagged",
        frac(u.flagged(), u.reps())
            + (u.byCode().isEmpty()
                ? ""
                : ": "
                    + u.byCode().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey().name() + " " + e.getValue())
                        .collect(Collectors.joining(", "))));
    row(sb, "  of clips labelled good", frac(u.goodFlagged(), u.goodReps()));
    for (String r : u.flaggedReps()) {
      row(sb, "  flagged", r);
    }
    String head =
        f(
            "%-30s %-6s %8s %-22s %4s %7s %4s %6s %7s %6s  %-34s %s",
            "injection",
            "size",
            "achieved",
            "rule",
            "reps",
            "already",
            "lost",
            "judged",
            "flagged",
            "recall",
            "metric median: injected / untouched",
            "other rules fired");
    sb.append(head).append('\n').append("-".repeat(head.length())).append('\n');
    for (InjectionReport.Row r : i.rows()) {
      sb.append(
          f(
              "%-30s %-6s %8s %-22s %4d %7d %4d %6d %7d %6s  %-34s %s%n",
              r.kind(),
              r.size(),
              num(r.achievedMedian(), 1),
              r.code().name(),
              r.reps(),
              r.alreadyFlagged(),
              r.lost(),
              r.judged(),
              r.flagged(),
              pct(r.recall()),
              r.metric()
                  + " "
                  + num(r.metricMedian(), 2)
                  + " / "
                  + num(r.metricMedianUntouched(), 2),
              r.otherRules().isEmpty()
                  ? "—"
                  : r.otherRules().entrySet().stream()
                      .sorted(Map.Entry.comparingByKey())
                      .map(e -> e.getKey().name() + " " + e.getValue())
                      .collect(Collectors.joining(", "))));
    }
  }

  static void noise(StringBuilder sb, NoiseReport n) {
    sb.append(
        f(
            "%nVerdicts under landmark noise (each clip's pose track analysed %d times more with"
                + " smooth noise of %s %% of the torso on every landmark;%n stable: the same"
                + " full-rep count and the same rules flagging a rep as untouched)%n",
            n.trials(), num(100 * n.torsoShare(), 1)));
    row(sb, "trials stable", frac(n.stableTrials(), n.allTrials()));
    row(
        sb,
        "clips labelled good",
        "a rule flagged a rep anew in " + frac(n.goodTrialsFlaggedAnew(), n.goodTrials()));
    NoiseReport.FaultTrials lost = n.labelledFoundLost();
    row(
        sb,
        "faults named or seen",
        "found untouched, lost in " + frac(lost.lost(), lost.trials()) + " (fault × trial)");
    List<NoiseReport.Clip> moved = n.clips().stream().filter(c -> c.stable() < n.trials()).toList();
    if (moved.isEmpty()) {
      return;
    }
    String head = f("%-26s %-8s %-34s %7s  %s", "clip", "form", "untouched", "stable", "changes");
    sb.append(head).append('\n').append("-".repeat(head.length())).append('\n');
    for (NoiseReport.Clip c : moved) {
      String untouched =
          c.fullReps()
              + " full"
              + (c.found().isEmpty()
                  ? ""
                  : ", "
                      + c.found().stream()
                          .sorted()
                          .map(FaultCode::name)
                          .collect(Collectors.joining(", ")));
      sb.append(
          f(
              "%-26s %-8s %-34s %7s  %s%n",
              c.file(),
              c.form(),
              untouched,
              c.stable() + "/" + n.trials(),
              c.changes().entrySet().stream()
                  .map(e -> e.getKey() + " " + e.getValue())
                  .collect(Collectors.joining(", "))));
    }
  }

  static void thresholds(StringBuilder sb, ThresholdTable t) {
    sb.append(
        "\nThresholds across sources (each rule's main measure on the full reps it judged; clean:"
            + " the clip names and shows no such fault;\n margin: from the most extreme clean rep"
            + " to the threshold, negative where the measure alone passes it and the rule's other"
            + " conditions decide;\n without a source: the threshold placed again from the others,"
            + " and that source's reps read against it)\n");
    String head =
        f(
            "%-24s %-27s %9s %6s %-34s %7s  %s",
            "rule",
            "measure",
            "threshold",
            "judged",
            "most extreme clean rep",
            "margin",
            "positives");
    sb.append(head).append('\n').append("-".repeat(head.length())).append('\n');
    for (ThresholdTable.Row r : t.rows()) {
      sb.append(
          f(
              "%-24s %-27s %9s %6d %-34s %7s  %s%n",
              r.code().name(),
              r.metric(),
              (r.above() ? "> " : "< ") + num(r.threshold(), 2),
              r.judged(),
              r.cleanExtreme().map(v -> num(v.value(), 2) + " " + v.clip()).orElse("—"),
              Double.isNaN(r.margin()) ? "—" : f("%+.2f", r.margin()),
              r.positives().isEmpty()
                  ? "none"
                  : r.positives().stream()
                      .map(v -> v.clip() + " " + num(v.value(), 2))
                      .collect(Collectors.joining(", "))));
      for (ThresholdTable.HeldOut h : r.heldOut()) {
        if (h.cleanPast().isEmpty() && h.positivesMissed().isEmpty() && h.positives() == 0) {
          continue;
        }
        sb.append(
            f(
                "    without %-20s %s %s: clean reps past it %s; positives found %d of %d%n",
                h.source(),
                r.above() ? ">" : "<",
                num(h.threshold(), 2),
                h.cleanPast().isEmpty()
                    ? "none"
                    : h.cleanPast().stream()
                        .map(v -> v.clip() + " " + num(v.value(), 2))
                        .collect(Collectors.joining(", ")),
                h.positives() - h.positivesMissed().size(),
                h.positives()));
      }
    }
    long agree =
        t.rows().stream()
            .filter(r -> r.sourcesThatDisagree() == 0 && !r.heldOut().isEmpty())
            .count();
    sb.append(
        f(
            "  rules whose every source reads the same against a threshold placed without it:"
                + " %d of %d%n",
            agree, t.rows().size()));
  }

  static void calibration(StringBuilder sb, Calibration c) {
    sb.append(
        "\nCalibration (findings on the deadlift clips by confidence; right: the clip names or"
            + " shows the fault; wrong: the clip is labelled good;\n suspected / unknown: the labels"
            + " cannot say)\n");
    String head =
        f(
            "%-10s %8s %6s %6s %10s %8s %14s %10s",
            "confidence",
            "findings",
            "right",
            "wrong",
            "suspected",
            "unknown",
            "right/judgeable",
            "right/all");
    sb.append(head).append('\n').append("-".repeat(head.length())).append('\n');
    List<Calibration.Bin> bins = new ArrayList<>(c.bins());
    for (Calibration.Bin b : bins) {
      calibrationRow(sb, f("%.1f–%.1f", b.from(), b.to()), b);
    }
    calibrationRow(sb, f("≥ %.1f", Calibration.HIGH), c.high());
  }

  private static void calibrationRow(StringBuilder sb, String label, Calibration.Bin b) {
    sb.append(
        f(
            "%-10s %8d %6d %6d %10d %8d %14s %10s%n",
            label,
            b.findings(),
            b.right(),
            b.wrong(),
            b.suspected(),
            b.unknown(),
            pct(b.shareRight()),
            pct(b.shareRightPessimistic())));
  }

  static void targets(StringBuilder sb, List<Targets.Target> targets) {
    sb.append("\nTargets\n");
    for (Targets.Target t : targets) {
      String mark = t.met().map(m -> m ? "met" : "NOT MET").orElse("—");
      sb.append(f("  %-8s %-58s %-10s %s%n", mark, t.what(), t.goal(), t.measured()));
    }
  }

  private static void row(StringBuilder sb, String name, String value) {
    sb.append(f("  %-28s %s%n", name, value));
  }

  static String frac(int of, int n) {
    return n == 0 ? of + " of 0" : f("%d of %d (%.0f %%)", of, n, 100.0 * of / n);
  }

  static String pct(OptionalDouble v) {
    return v.isPresent() ? f("%.0f %%", 100 * v.getAsDouble()) : "—";
  }

  /** A number with its sign, "+0.32" or "-0.05"; "—" for NaN. */
  static String signed(double v, int decimals) {
    return Double.isNaN(v) ? "—" : (v >= 0 ? "+" : "") + num(v, decimals);
  }

  static String num(double v, int decimals) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "—";
  }

  /** The figures source by source ({@link SourceTable}). */
  static void sources(StringBuilder sb, SourceTable t) {
    sb.append(
        "\nPer source (deadlift clips: rep count exact, full reps labelled → found, views recognised,"
            + " faults named or seen that a rule judges found, reps labelled good flagged;"
            + " findings on all its reps; negatives read as a deadlift)\n");
    sb.append(
        f(
            "%-36s %6s %7s %9s %6s %7s %6s %8s %9s%n",
            "source",
            "clips",
            "exact",
            "reps",
            "views",
            "faults",
            "good",
            "findings",
            "negatives"));
    sb.append("-".repeat(104)).append('\n');
    for (SourceTable.Row r : t.rows()) {
      sb.append(
          f(
              "%-36s %6d %7s %9s %6s %7s %6s %8d %9s%n",
              r.source(),
              r.deadliftClips(),
              r.deadliftClips() == 0 ? "—" : r.exact() + "/" + r.deadliftClips(),
              r.deadliftClips() == 0 ? "—" : r.labelledReps() + "→" + r.foundReps(),
              r.deadliftClips() == 0 ? "—" : r.viewsRecognised() + "/" + r.deadliftClips(),
              r.faultsListed() == 0 ? "—" : r.faultsFound() + "/" + r.faultsListed(),
              r.goodReps() == 0 ? "—" : r.goodRepsFlagged() + "/" + r.goodReps(),
              r.findings(),
              r.negatives() == 0 ? "—" : r.negativesReadAsDeadlift() + "/" + r.negatives()));
    }
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
