package dev.hinge.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hinge.faults.FaultCode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * {@code hinge.eval/1}: everything the terminal report says, in machine form. Shares are numbers in
 * [0, 1] or null where there was nothing to divide by; times are seconds.
 */
public final class EvalJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EvalJson() {}

  public static void write(EvalReport r, OutputStream out) throws IOException {
    JSON.writeValue(out, tree(r));
  }

  public static ObjectNode tree(EvalReport r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", EvalReport.FORMAT);
    root.put("labels", r.labels());
    root.put("videos", r.videos());
    root.put("model", r.model());
    root.put("hingeVersion", r.hingeVersion());
    ObjectNode run = root.putObject("run");
    run.put("seconds", round(r.run().seconds(), 2));
    run.put("clipsRun", r.run().clipsRun());
    run.put("fromCache", r.run().fromCache());
    run.put("cacheUsed", r.run().cacheUsed());
    run.put("runtime", r.run().runtime());
    ArrayNode problems = root.putArray("problems");
    for (LabelProblem p : r.problems()) {
      ObjectNode o = problems.addObject();
      o.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
      o.put("entry", p.entry());
      o.put("line", p.line());
      o.put("clip", p.clip().orElse(null));
      o.put("message", p.describe());
    }
    ArrayNode clips = root.putArray("clips");
    r.clips().forEach(s -> clip(clips.addObject(), s));
    totals(root.putObject("totals"), r.totals());
    ArrayNode sources = root.putArray("sources");
    for (SourceTable.Row row : r.sources().rows()) {
      ObjectNode o = sources.addObject();
      o.put("source", row.source());
      o.put("deadliftClips", row.deadliftClips());
      o.put("repCountExact", row.exact());
      o.put("labelledReps", row.labelledReps());
      o.put("foundReps", row.foundReps());
      o.put("viewsRecognised", row.viewsRecognised());
      o.put("faultsListed", row.faultsListed());
      o.put("faultsFound", row.faultsFound());
      o.put("goodReps", row.goodReps());
      o.put("goodRepsFlagged", row.goodRepsFlagged());
      o.put("findings", row.findings());
      o.put("negatives", row.negatives());
      o.put("negativesReadAsDeadlift", row.negativesReadAsDeadlift());
    }
    faults(root.putObject("faults"), r.faults());
    thresholds(root.putArray("thresholds"), r.thresholds());
    r.injected()
        .ifPresentOrElse(
            i -> injected(root.putObject("injected"), i), () -> root.putNull("injected"));
    r.noise().ifPresentOrElse(n -> noise(root.putObject("noise"), n), () -> root.putNull("noise"));
    ArrayNode bins = root.putObject("calibration").putArray("bins");
    for (Calibration.Bin b : r.calibration().bins()) {
      bin(bins.addObject(), b);
    }
    bin(((ObjectNode) root.get("calibration")).putObject("high"), r.calibration().high());
    ArrayNode targets = root.putArray("targets");
    for (Targets.Target t : r.targets()) {
      ObjectNode o = targets.addObject();
      o.put("what", t.what());
      o.put("goal", t.goal());
      o.put("measured", t.measured());
      if (t.met().isPresent()) {
        o.put("met", t.met().get());
      } else {
        o.putNull("met");
      }
    }
    return root;
  }

  private static void clip(ObjectNode o, ClipScore s) {
    ClipLabel l = s.label();
    ClipOutcome c = s.outcome();
    o.put("file", l.file());
    o.put("entry", l.entry());
    o.put("scorable", l.scorable());
    o.put("negativeCase", l.negativeCase());
    o.put("formLabel", l.formLabel().label());
    o.put("labelledView", l.view().label());
    o.put("status", c.status().label());
    o.put("message", c.message());
    o.put("view", c.view().map(v -> v.code()).orElse(null));
    o.put("viewConfidence", round(c.viewConfidence(), 2));
    o.put("viewRecognised", s.viewRecognised());
    o.put("labelledReps", l.reps());
    o.put("fullReps", s.detectedReps());
    o.put("partialReps", c.partialReps());
    o.put("repCountExact", s.repCountExact());
    o.put("repCountWithinOne", s.repCountWithinOne());
    ArrayNode pairs = o.putArray("pairs");
    for (RepMatcher.Pair p : s.match().pairs()) {
      ObjectNode x = pairs.addObject();
      x.put("labelled", p.labelled() + 1);
      x.put("found", p.detected() + 1);
      x.put("iou", round(p.iou(), 3));
      x.put("startOffsetS", round(p.startOffsetS(), 3));
      putNumber(x, "lockoutOffsetS", p.lockoutOffsetS(), 3);
    }
    o.set("faults", JSON.valueToTree(l.faults().stream().map(LabelFault::label).sorted().toList()));
    o.set(
        "faultsSeen",
        JSON.valueToTree(l.faultsSeen().stream().map(LabelFault::label).sorted().toList()));
    o.set(
        "faultsSuspected",
        JSON.valueToTree(l.faultsSuspected().stream().map(LabelFault::label).sorted().toList()));
    ObjectNode withheld = o.putObject("withheld");
    c.withheld().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> withheld.put(e.getKey().name(), e.getValue()));
    o.put("judgements", s.judgements());
    o.put("withheldJudgements", s.withheldJudgements());
    ArrayNode reps = o.putArray("reps");
    for (DetectedRep d : c.reps()) {
      ObjectNode x = reps.addObject();
      x.put("index", d.index());
      x.put("startS", round(d.span().startS(), 3));
      x.put("endS", round(d.span().endS(), 3));
      x.put("partial", d.partial());
      x.put("missed", d.missed());
      ArrayNode findings = x.putArray("findings");
      for (Finding f : d.findings()) {
        ObjectNode y = findings.addObject();
        y.put("code", f.code().name());
        y.put("severity", f.severity().code());
        y.put("confidence", f.confidence());
        y.put("verdict", Calibration.verdict(l, f).name().toLowerCase(java.util.Locale.ROOT));
      }
      ObjectNode nj = x.putObject("notJudged");
      d.notJudged().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> nj.put(e.getKey().name(), e.getValue()));
    }
  }

  private static void totals(ObjectNode o, Totals t) {
    o.put("clips", t.clips());
    o.put("deadliftClips", t.deadliftClips());
    o.put("negatives", t.negatives());
    ObjectNode runs = o.putObject("runs");
    t.runs().forEach((k, v) -> runs.put(k.label(), v));
    o.set("failures", JSON.valueToTree(t.failures()));
    repCounts(o.putObject("repCounts"), t.allClips());
    repCounts(o.putObject("repCountsSideView"), t.sideClips());
    ObjectNode p = o.putObject("pairing");
    p.put("labelledReps", t.pairing().labelledReps());
    p.put("foundReps", t.pairing().detectedReps());
    p.put("paired", t.pairing().paired());
    p.put("minIou", RepMatcher.MIN_IOU);
    putNumber(p, "meanIou", t.pairing().meanIou(), 3);
    putNumber(p, "meanAbsStartOffsetS", t.pairing().meanAbsStartOffsetS(), 3);
    p.put("timedLockouts", t.pairing().timedLockouts());
    putNumber(p, "medianLockoutOffsetS", t.pairing().medianLockoutOffsetS(), 3);
    putNumber(p, "medianAbsLockoutOffsetS", t.pairing().medianAbsLockoutOffsetS(), 3);
    ObjectNode views = o.putObject("views");
    t.views()
        .forEach(
            (v, tally) -> {
              ObjectNode x = views.putObject(v.label());
              x.put("clips", tally.n());
              x.put("recognised", tally.of());
              share(x, "share", tally.share());
              ObjectNode read = x.putObject("readAs");
              t.viewConfusion().get(v).forEach(read::put);
            });
    o.put("judgements", t.judgements());
    o.put("withheldJudgements", t.withheldJudgements());
    ObjectNode reasons = o.putObject("withheldReasons");
    t.withheldReasons().forEach(reasons::put);
    ObjectNode good = o.putObject("goodReps");
    good.put("reps", t.goodReps().n());
    good.put("flagged", t.goodReps().of());
    share(good, "share", t.goodReps().share());
    ObjectNode by = good.putObject("flaggedBy");
    t.goodRepsFlaggedBy().forEach((k, v) -> by.put(k.name(), v));
    ObjectNode n = o.putObject("negativeCases");
    n.put("clips", t.negativeCases().n());
    n.put("readAsDeadlift", t.negativeCases().readAsDeadlift());
    n.put("refused", t.negativeCases().refused());
    n.put("analysedWithZeroReps", t.negativeCases().zeroReps());
  }

  private static void repCounts(ObjectNode o, Totals.RepCounts c) {
    o.put("clips", c.clips());
    o.put("withoutAnalysis", c.failedRuns());
    o.put("exact", c.exact());
    o.put("withinOne", c.withinOne());
    o.put("labelledReps", c.labelledReps());
    o.put("foundReps", c.detectedReps());
  }

  private static void faults(ObjectNode o, FaultTable t) {
    ArrayNode rows = o.putArray("labels");
    for (FaultTable.Row r : t.rows()) {
      ObjectNode x = rows.addObject();
      x.put("label", r.fault().label());
      x.put("rule", r.rule().map(Enum::name).orElse(null));
      confusion(x.putObject("named"), r.named());
      confusion(x.putObject("seen"), r.seen());
      x.put("suspected", r.suspected());
      x.put("suspectedFlagged", r.suspectedFlagged());
    }
    ArrayNode rules = o.putArray("rules");
    for (FaultTable.RuleRow r : t.rules()) {
      ObjectNode x = rules.addObject();
      x.put("rule", r.code().name());
      x.put("label", r.label().map(LabelFault::label).orElse(null));
      x.put("findings", r.findings());
      x.put("repsJudged", r.repsJudged());
      x.put("reps", r.reps());
      x.put("clipsFlagged", r.clipsFlagged());
      x.put("goodRepsFlagged", r.goodRepsFlagged());
      x.put("goodRepsJudged", r.goodRepsJudged());
    }
  }

  private static void confusion(ObjectNode o, FaultTable.Confusion c) {
    o.put("tp", c.tp());
    o.put("fp", c.fp());
    o.put("fpOnGood", c.fpOnGood());
    o.put("fnMissed", c.fnMissed());
    o.put("fnNotJudged", c.fnNotJudged());
    o.put("tn", c.tn());
    share(o, "recall", c.recall());
    share(o, "precision", c.precision());
  }

  private static void injected(ObjectNode o, InjectionReport i) {
    o.set("baseClips", JSON.valueToTree(i.clips()));
    ObjectNode u = o.putObject("untouched");
    u.put("reps", i.untouched().reps());
    u.put("flagged", i.untouched().flagged());
    u.put("goodReps", i.untouched().goodReps());
    u.put("goodFlagged", i.untouched().goodFlagged());
    u.set("flaggedReps", JSON.valueToTree(i.untouched().flaggedReps()));
    ObjectNode by = u.putObject("flaggedBy");
    i.untouched().byCode().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> by.put(e.getKey().name(), e.getValue()));
    ArrayNode rows = o.putArray("rows");
    for (InjectionReport.Row r : i.rows()) {
      ObjectNode x = rows.addObject();
      x.put("kind", r.kind());
      x.put("size", r.size());
      x.put("sizeValue", r.sizeValue());
      x.put("rule", r.code().name());
      x.put("metric", r.metric());
      putNumber(x, "achievedMedian", r.achievedMedian(), 2);
      x.put("reps", r.reps());
      x.put("alreadyFlagged", r.alreadyFlagged());
      x.put("lost", r.lost());
      x.put("judged", r.judged());
      x.put("flagged", r.flagged());
      share(x, "recall", r.recall());
      putNumber(x, "metricMedian", r.metricMedian(), 3);
      putNumber(x, "metricMedianUntouched", r.metricMedianUntouched(), 3);
      ObjectNode other = x.putObject("otherRules");
      r.otherRules().entrySet().stream()
          .sorted(Map.Entry.<FaultCode, Integer>comparingByKey())
          .forEach(e -> other.put(e.getKey().name(), e.getValue()));
    }
  }

  private static void noise(ObjectNode o, NoiseReport n) {
    o.put("torsoShare", n.torsoShare());
    o.put("trials", n.trials());
    o.put("stableTrials", n.stableTrials());
    o.put("allTrials", n.allTrials());
    o.put("goodTrials", n.goodTrials());
    o.put("goodTrialsFlaggedAnew", n.goodTrialsFlaggedAnew());
    NoiseReport.FaultTrials lost = n.labelledFoundLost();
    o.put("labelledFoundTrials", lost.trials());
    o.put("labelledFoundLost", lost.lost());
    ArrayNode clips = o.putArray("clips");
    for (NoiseReport.Clip c : n.clips()) {
      ObjectNode x = clips.addObject();
      x.put("file", c.file());
      x.put("form", c.form());
      x.put("fullReps", c.fullReps());
      x.set("found", JSON.valueToTree(c.found().stream().sorted().map(FaultCode::name).toList()));
      x.put("stable", c.stable());
      x.put("refused", c.refused());
      x.put("flaggedAnew", c.flaggedAnew());
      ObjectNode ch = x.putObject("changes");
      c.changes().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> ch.put(e.getKey(), e.getValue()));
    }
  }

  private static void bin(ObjectNode o, Calibration.Bin b) {
    o.put("from", b.from());
    o.put("to", b.to());
    o.put("findings", b.findings());
    o.put("right", b.right());
    o.put("wrong", b.wrong());
    o.put("suspected", b.suspected());
    o.put("unknown", b.unknown());
    share(o, "shareRight", b.shareRight());
    share(o, "shareRightPessimistic", b.shareRightPessimistic());
  }

  private static void share(ObjectNode o, String name, OptionalDouble v) {
    if (v.isPresent()) {
      o.put(name, round(v.getAsDouble(), 4));
    } else {
      o.putNull(name);
    }
  }

  private static void thresholds(ArrayNode out, ThresholdTable t) {
    for (ThresholdTable.Row r : t.rows()) {
      ObjectNode o = out.addObject();
      o.put("rule", r.code().name());
      o.put("metric", r.metric());
      o.put("threshold", r.threshold());
      o.put("flaggedAbove", r.above());
      o.put("repsJudged", r.judged());
      r.cleanExtreme()
          .ifPresentOrElse(
              v -> value(o.putObject("cleanExtreme"), v), () -> o.putNull("cleanExtreme"));
      putNumber(o, "margin", r.margin(), 3);
      ArrayNode pos = o.putArray("positives");
      r.positives().forEach(v -> value(pos.addObject(), v));
      ArrayNode held = o.putArray("leaveOneSourceOut");
      for (ThresholdTable.HeldOut h : r.heldOut()) {
        ObjectNode x = held.addObject();
        x.put("source", h.source());
        putNumber(x, "threshold", h.threshold(), 3);
        x.put("cleanReps", h.clean());
        ArrayNode past = x.putArray("cleanPast");
        h.cleanPast().forEach(v -> value(past.addObject(), v));
        x.put("positives", h.positives());
        ArrayNode missed = x.putArray("positivesMissed");
        h.positivesMissed().forEach(v -> value(missed.addObject(), v));
      }
    }
  }

  private static void value(ObjectNode o, ThresholdTable.Value v) {
    o.put("clip", v.clip());
    o.put("source", v.source());
    putNumber(o, "value", v.value(), 3);
  }

  private static void putNumber(ObjectNode o, String name, double v, int decimals) {
    if (Double.isFinite(v)) {
      o.put(name, round(v, decimals));
    } else {
      o.putNull(name);
    }
  }

  private static double round(double v, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(v * f) / f;
  }
}
