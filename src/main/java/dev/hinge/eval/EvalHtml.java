package dev.hinge.eval;

import dev.hinge.faults.FaultCode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The eval report as one self-contained HTML page (no scripts, no external files): the targets, the
 * clips, the totals, a confusion table per fault (clips; named and seen kept apart), the rules, the
 * injected faults and the calibration. Every string from the labels or the run is escaped.
 */
public final class EvalHtml {
  private EvalHtml() {}

  public static void write(EvalReport r, OutputStream out) throws IOException {
    out.write(render(r).getBytes(StandardCharsets.UTF_8));
  }

  public static String render(EvalReport r) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>hinge eval — ")
        .append(esc(r.labels()))
        .append("</title><style>")
        .append("body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}")
        .append("table{border-collapse:collapse;margin:.5em 0 1.5em}")
        .append("td,th{border:1px solid #ccc;padding:3px 7px;text-align:left;vertical-align:top}")
        .append("th{background:#f3f3f3}.num{text-align:right}.bad{color:#b00}.ok{color:#070}")
        .append(".cm{display:inline-block;margin:0 1.5em 1em 0;vertical-align:top}")
        .append(".cm td{text-align:right;min-width:3em}small{color:#666}")
        .append("</style></head><body>");
    h.append("<h1>hinge eval</h1><p>")
        .append(esc(r.labels()))
        .append(": ")
        .append(r.clips().size())
        .append(" clips scored, model ")
        .append(esc(r.model()))
        .append(" on ")
        .append(esc(r.run().runtime()))
        .append(", hinge ")
        .append(esc(r.hingeVersion()))
        .append(
            String.format(
                Locale.ROOT,
                ", %.1f s (%d of %d pose tracks from the cache)",
                r.run().seconds(),
                r.run().fromCache(),
                r.run().clipsRun()))
        .append("</p>");
    if (!r.problems().isEmpty()) {
      h.append("<h2>Problems with the labels</h2><ul>");
      r.problems()
          .forEach(p -> h.append("<li class=\"bad\">").append(esc(p.describe())).append("</li>"));
      h.append("</ul>");
    }
    targets(h, r.targets());
    clips(h, r.clips());
    totals(h, r.totals());
    sources(h, r.sources());
    confusion(h, r.faults());
    rules(h, r.faults());
    thresholds(h, r.thresholds());
    r.injected().ifPresent(i -> injected(h, i));
    r.noise().ifPresent(n -> noise(h, n));
    calibration(h, r.calibration());
    return h.append("</body></html>\n").toString();
  }

  private static void targets(StringBuilder h, List<Targets.Target> targets) {
    h.append(
        "<h2>Targets</h2><table><tr><th></th><th>target</th><th>goal</th><th>measured</th></tr>");
    for (Targets.Target t : targets) {
      String mark =
          t.met()
              .map(m -> m ? "<span class=\"ok\">met</span>" : "<span class=\"bad\">not met</span>")
              .orElse("—");
      h.append("<tr><td>")
          .append(mark)
          .append("</td>")
          .append(td(t.what()))
          .append(td(t.goal()))
          .append(td(t.measured()))
          .append("</tr>");
    }
    h.append("</table>");
  }

  private static void clips(StringBuilder h, List<ClipScore> clips) {
    h.append("<h2>Clips</h2><table><tr><th>clip</th><th>form</th><th>view (label → hinge)</th>")
        .append("<th>reps (label → found)</th><th>paired</th><th>run</th><th>withheld</th>")
        .append("<th>labels</th><th>found</th></tr>");
    for (ClipScore s : clips) {
      ClipLabel l = s.label();
      ClipOutcome o = s.outcome();
      h.append("<tr>")
          .append(td(l.file()))
          .append(td(l.negativeCase() ? "negative" : l.formLabel().label()))
          .append(
              cls(
                  l.view().label() + " → " + o.view().map(v -> v.code()).orElse("—"),
                  s.viewRecognised()))
          .append(
              cls(
                  l.reps()
                      + " → "
                      + s.detectedReps()
                      + (o.partialReps() > 0 ? " (+" + o.partialReps() + " partial)" : ""),
                  s.repCountExact()))
          .append(td(s.match().pairs().size() + "/" + l.reps()))
          .append("<td>")
          .append(esc(o.status().label()))
          .append(o.message().isEmpty() ? "" : "<br><small>" + esc(o.message()) + "</small>")
          .append("</td>")
          .append(td(s.judgements() == 0 ? "—" : s.withheldJudgements() + "/" + s.judgements()))
          .append(td(EvalText.labelled(l)))
          .append(td(EvalText.found(o)))
          .append("</tr>");
    }
    h.append("</table>");
  }

  private static void totals(StringBuilder h, Totals t) {
    h.append("<h2>Totals</h2><table>");
    Totals.RepCounts all = t.allClips();
    Totals.RepCounts side = t.sideClips();
    row(
        h,
        "clips",
        t.clips() + ": " + t.deadliftClips() + " deadlift clips, " + t.negatives() + " negatives");
    row(
        h,
        "runs (deadlift clips)",
        t.runs().get(ClipOutcome.Status.ANALYSED)
            + " analysed, "
            + t.runs().get(ClipOutcome.Status.REFUSED)
            + " refused, "
            + t.runs().get(ClipOutcome.Status.FAILED)
            + " failed"
            + (t.failures().isEmpty() ? "" : "; " + String.join("; ", t.failures())));
    row(
        h,
        "rep count exact",
        EvalText.frac(all.exact(), all.clips())
            + "; side view "
            + EvalText.frac(side.exact(), side.clips()));
    row(
        h,
        "rep count within one",
        EvalText.frac(all.withinOne(), all.clips())
            + "; side view "
            + EvalText.frac(side.withinOne(), side.clips()));
    Totals.Pairing p = t.pairing();
    row(
        h,
        "reps paired by overlap",
        EvalText.frac(p.paired(), p.labelledReps())
            + " of the labelled, "
            + EvalText.frac(p.paired(), p.detectedReps())
            + " of the found; mean IoU "
            + EvalText.num(p.meanIou(), 2)
            + ", start offset "
            + EvalText.num(p.meanAbsStartOffsetS(), 2)
            + " s"
            + (p.timedLockouts() > 0
                ? "; lockout "
                    + EvalText.signed(p.medianLockoutOffsetS(), 2)
                    + " s after the labelled one (median of "
                    + p.timedLockouts()
                    + ")"
                : ""));
    row(
        h,
        "view recognised",
        t.views().entrySet().stream()
            .filter(e -> e.getValue().n() > 0)
            .map(e -> e.getKey().label() + " " + e.getValue().of() + "/" + e.getValue().n())
            .collect(Collectors.joining(", ")));
    row(
        h,
        "judgements withheld",
        EvalText.frac(t.withheldJudgements(), t.judgements())
            + (t.withheldReasons().isEmpty()
                ? ""
                : ": "
                    + t.withheldReasons().entrySet().stream()
                        .map(e -> e.getValue() + "× " + e.getKey())
                        .collect(Collectors.joining("; "))));
    row(
        h,
        "reps labelled good, flagged",
        EvalText.frac(t.goodReps().of(), t.goodReps().n())
            + " "
            + t.goodRepsFlaggedBy().entrySet().stream()
                .map(e -> e.getKey().name() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
    Totals.Negatives n = t.negativeCases();
    row(
        h,
        "negatives read as deadlift",
        EvalText.frac(n.readAsDeadlift(), n.n())
            + "; "
            + n.refused()
            + " refused, "
            + n.zeroReps()
            + " analysed with 0 full reps");
    h.append("</table>");
  }

  private static void sources(StringBuilder h, SourceTable t) {
    h.append("<h2>Per source</h2><table><tr><th>source</th><th>deadlift clips</th>")
        .append("<th>rep count exact</th><th>full reps (label → found)</th><th>views</th>")
        .append("<th>faults found</th><th>good reps flagged</th><th>findings</th>")
        .append("<th>negatives read as a deadlift</th></tr>");
    for (SourceTable.Row r : t.rows()) {
      boolean lifts = r.deadliftClips() > 0;
      h.append("<tr><td>")
          .append(esc(r.source()))
          .append("</td><td>")
          .append(r.deadliftClips())
          .append("</td><td>")
          .append(lifts ? r.exact() + " of " + r.deadliftClips() : "—")
          .append("</td><td>")
          .append(lifts ? r.labelledReps() + " → " + r.foundReps() : "—")
          .append("</td><td>")
          .append(lifts ? r.viewsRecognised() + " of " + r.deadliftClips() : "—")
          .append("</td><td>")
          .append(r.faultsListed() > 0 ? r.faultsFound() + " of " + r.faultsListed() : "—")
          .append("</td><td>")
          .append(r.goodReps() > 0 ? r.goodRepsFlagged() + " of " + r.goodReps() : "—")
          .append("</td><td>")
          .append(r.findings())
          .append("</td><td>")
          .append(r.negatives() > 0 ? r.negativesReadAsDeadlift() + " of " + r.negatives() : "—")
          .append("</td></tr>");
    }
    h.append("</table>");
  }

  private static void confusion(StringBuilder h, FaultTable t) {
    h.append(
            "<h2>Confusion per fault</h2><p><small>Over the deadlift clips: a clip is flagged when the")
        .append(
            " rule flagged any of its reps. A fault not listed is not a clean bill, so FP is an")
        .append(
            " upper bound (in brackets: on clips labelled good). FN splits into missed (judged)")
        .append(" and not judged.</small></p>");
    for (FaultTable.Row r : t.rows()) {
      h.append("<h3>")
          .append(esc(r.fault().label()))
          .append(" <small>")
          .append(esc(r.rule().map(Enum::name).orElse("no rule in Hinge")))
          .append("</small></h3>");
      cm(h, "named by the source", r.named());
      cm(h, "seen by the labeller", r.seen());
    }
  }

  private static void cm(StringBuilder h, String title, FaultTable.Confusion c) {
    h.append("<table class=\"cm\"><tr><th>")
        .append(esc(title))
        .append("</th><th>listed</th><th>not listed</th></tr>")
        .append("<tr><th>flagged</th><td>")
        .append(c.tp())
        .append(" TP</td><td>")
        .append(c.fp())
        .append(" FP (")
        .append(c.fpOnGood())
        .append(")</td></tr>")
        .append("<tr><th>not flagged</th><td>")
        .append(c.fnMissed() + c.fnNotJudged())
        .append(" FN (")
        .append(c.fnNotJudged())
        .append(" not judged)</td><td>")
        .append(c.tn())
        .append(" TN</td></tr>")
        .append("<tr><td colspan=\"3\">recall ")
        .append(EvalText.pct(c.recall()))
        .append(", precision ≥ ")
        .append(EvalText.pct(c.precision()))
        .append("</td></tr></table>");
  }

  private static void rules(StringBuilder h, FaultTable t) {
    h.append(
        "<h2>Rules on the real set</h2><table><tr><th>rule</th><th>label</th><th>findings</th><th>reps judged</th><th>clips flagged</th><th>false alarms on good reps (judged)</th></tr>");
    for (FaultTable.RuleRow r : t.rules()) {
      h.append("<tr>")
          .append(td(r.code().name()))
          .append(td(r.label().map(LabelFault::label).orElse("no label")))
          .append(num(r.findings()))
          .append(td(r.repsJudged() + "/" + r.reps()))
          .append(num(r.clipsFlagged()))
          .append(td(r.goodRepsFlagged() + " of " + r.goodRepsJudged()))
          .append("</tr>");
    }
    h.append("</table>");
  }

  private static void noise(StringBuilder h, NoiseReport n) {
    NoiseReport.FaultTrials lost = n.labelledFoundLost();
    h.append("<h2>Verdicts under landmark noise</h2><p><small>Each clip's pose track analysed ")
        .append(n.trials())
        .append(" times more with smooth noise of ")
        .append(EvalText.num(100 * n.torsoShare(), 1))
        .append(" % of the torso on every landmark. Trials stable: ")
        .append(EvalText.frac(n.stableTrials(), n.allTrials()))
        .append("; clips labelled good, a rule flagged a rep anew in ")
        .append(EvalText.frac(n.goodTrialsFlaggedAnew(), n.goodTrials()))
        .append("; faults named or seen and found untouched, lost in ")
        .append(EvalText.frac(lost.lost(), lost.trials()))
        .append(
            ".</small></p><table><tr><th>clip</th><th>form</th><th>full reps</th><th>found untouched</th><th>stable</th><th>changes</th></tr>");
    for (NoiseReport.Clip c : n.clips()) {
      h.append("<tr>")
          .append(td(c.file()))
          .append(td(c.form()))
          .append(num(c.fullReps()))
          .append(
              td(
                  c.found().stream()
                      .sorted()
                      .map(FaultCode::name)
                      .collect(Collectors.joining(", "))))
          .append(td(c.stable() + "/" + n.trials()))
          .append(
              td(
                  c.changes().entrySet().stream()
                      .map(e -> e.getKey() + " " + e.getValue())
                      .collect(Collectors.joining(", "))))
          .append("</tr>");
    }
    h.append("</table>");
  }

  private static void injected(StringBuilder h, InjectionReport i) {
    h.append(
            "<h2>Injected faults</h2><p><small>Kept apart from the real set: real tracks of side-view reps whose clip names and shows no fault (")
        .append(esc(String.join(", ", i.clips())))
        .append("), the fault put in at a known size. Untouched reps flagged: ")
        .append(EvalText.frac(i.untouched().flagged(), i.untouched().reps()))
        .append(" ")
        .append(
            esc(
                i.untouched().byCode().entrySet().stream()
                    .map(e -> e.getKey().name() + " " + e.getValue())
                    .collect(Collectors.joining(", "))))
        .append("; of clips labelled good: ")
        .append(EvalText.frac(i.untouched().goodFlagged(), i.untouched().goodReps()))
        .append(
            i.untouched().flaggedReps().isEmpty()
                ? ""
                : " (flagged: " + esc(String.join("; ", i.untouched().flaggedReps())) + ")")
        .append(
            "</small></p><table><tr><th>injection</th><th>size</th><th>achieved (median)</th><th>rule</th><th>reps</th><th>already flagged</th><th>lost</th><th>judged</th><th>flagged</th><th>recall</th><th>metric (median, injected / untouched)</th><th>other rules fired</th></tr>");
    for (InjectionReport.Row r : i.rows()) {
      h.append("<tr>")
          .append(td(r.kind()))
          .append(td(r.size()))
          .append(td(EvalText.num(r.achievedMedian(), 1)))
          .append(td(r.code().name()))
          .append(num(r.reps()))
          .append(num(r.alreadyFlagged()))
          .append(num(r.lost()))
          .append(num(r.judged()))
          .append(num(r.flagged()))
          .append(td(EvalText.pct(r.recall())))
          .append(
              td(
                  r.metric()
                      + " "
                      + EvalText.num(r.metricMedian(), 2)
                      + " / "
                      + EvalText.num(r.metricMedianUntouched(), 2)))
          .append(
              td(
                  r.otherRules().entrySet().stream()
                      .sorted(Map.Entry.comparingByKey())
                      .map(e -> e.getKey().name() + " " + e.getValue())
                      .collect(Collectors.joining(", "))))
          .append("</tr>");
    }
    h.append("</table>");
  }

  private static void thresholds(StringBuilder h, ThresholdTable t) {
    h.append("<h2>Thresholds across sources</h2><p><small>")
        .append(
            "Each rule's main measure on the full reps it judged; clean: the clip names and shows no"
                + " such fault. Margin: from the most extreme clean rep to the threshold (negative:"
                + " the measure alone passes it and the rule's other conditions decide). Without a"
                + " source: the threshold placed again from the others, and that source's reps read"
                + " against it.")
        .append(
            "</small></p><table><tr><th>rule</th><th>measure</th><th>threshold</th><th>reps judged</th>"
                + "<th>most extreme clean rep</th><th>margin</th><th>positives</th>"
                + "<th>without a source</th></tr>");
    for (ThresholdTable.Row r : t.rows()) {
      String held =
          r.heldOut().stream()
              .filter(x -> !x.cleanPast().isEmpty() || x.positives() > 0)
              .map(
                  x ->
                      x.source()
                          + ": "
                          + (r.above() ? "> " : "< ")
                          + EvalText.num(x.threshold(), 2)
                          + ", clean past it "
                          + (x.cleanPast().isEmpty()
                              ? "none"
                              : x.cleanPast().stream()
                                  .map(v -> v.clip() + " " + EvalText.num(v.value(), 2))
                                  .collect(Collectors.joining(", ")))
                          + ", positives found "
                          + (x.positives() - x.positivesMissed().size())
                          + " of "
                          + x.positives())
              .collect(Collectors.joining("; "));
      h.append("<tr>")
          .append(td(r.code().name()))
          .append(td(r.metric()))
          .append(td((r.above() ? "> " : "< ") + EvalText.num(r.threshold(), 2)))
          .append(num(r.judged()))
          .append(
              td(
                  r.cleanExtreme()
                      .map(v -> EvalText.num(v.value(), 2) + " " + v.clip())
                      .orElse("—")))
          .append(
              td(Double.isNaN(r.margin()) ? "—" : String.format(Locale.ROOT, "%+.2f", r.margin())))
          .append(
              td(
                  r.positives().isEmpty()
                      ? "none"
                      : r.positives().stream()
                          .map(v -> v.clip() + " " + EvalText.num(v.value(), 2))
                          .collect(Collectors.joining(", "))))
          .append(td(held.isEmpty() ? "—" : held))
          .append("</tr>");
    }
    h.append("</table>");
  }

  private static void calibration(StringBuilder h, Calibration c) {
    h.append(
            "<h2>Calibration</h2><p><small>Findings on the deadlift clips by confidence. Right: the clip")
        .append(
            " names or shows the fault; wrong: the clip is labelled good; suspected and unknown: the")
        .append(
            " labels cannot say.</small></p><table><tr><th>confidence</th><th>findings</th><th>right</th>")
        .append(
            "<th>wrong</th><th>suspected</th><th>unknown</th><th>right / judgeable</th><th>right / all</th></tr>");
    for (Calibration.Bin b : c.bins()) {
      bin(h, String.format(Locale.ROOT, "%.1f–%.1f", b.from(), b.to()), b);
    }
    bin(h, String.format(Locale.ROOT, "≥ %.1f", Calibration.HIGH), c.high());
    h.append("</table>");
  }

  private static void bin(StringBuilder h, String label, Calibration.Bin b) {
    h.append("<tr>")
        .append(td(label))
        .append(num(b.findings()))
        .append(num(b.right()))
        .append(num(b.wrong()))
        .append(num(b.suspected()))
        .append(num(b.unknown()))
        .append(td(pct(b.shareRight())))
        .append(td(pct(b.shareRightPessimistic())))
        .append("</tr>");
  }

  private static String pct(OptionalDouble v) {
    return EvalText.pct(v);
  }

  private static void row(StringBuilder h, String name, String value) {
    h.append("<tr><th>").append(esc(name)).append("</th>").append(td(value)).append("</tr>");
  }

  private static String td(String s) {
    return "<td>" + esc(s) + "</td>";
  }

  private static String num(int n) {
    return "<td class=\"num\">" + n + "</td>";
  }

  private static String cls(String s, boolean ok) {
    return "<td class=\"" + (ok ? "ok" : "bad") + "\">" + esc(s) + "</td>";
  }

  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }
}
