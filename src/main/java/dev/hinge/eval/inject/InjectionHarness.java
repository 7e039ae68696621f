package dev.hinge.eval.inject;

import dev.hinge.core.HingeException;
import dev.hinge.eval.ClipLabel;
import dev.hinge.eval.ClipOutcome;
import dev.hinge.eval.DetectedRep;
import dev.hinge.eval.Finding;
import dev.hinge.eval.InjectionReport;
import dev.hinge.eval.LabelledView;
import dev.hinge.eval.Outcomes;
import dev.hinge.eval.RepMatcher;
import dev.hinge.eval.Span;
import dev.hinge.faults.FaultCode;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.pipeline.RepAnalysis;
import dev.hinge.pose.PoseTrack;
import dev.hinge.reps.RepMetrics;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs each injection on the reps of good real tracks and re-analyses the changed track. The base
 * reps are those Hinge found (full or partial, not missed) that pair with a labelled rep on a
 * side-view clip of a lift from the floor that names and shows no fault.
 */
public final class InjectionHarness {
  private InjectionHarness() {}

  /** A clip to inject into: its label, its pose track and Hinge's analysis of it untouched. */
  public record Base(ClipLabel label, PoseTrack track, Analysis analysis) {}

  /** Whether a clip's reps can carry injections. */
  public static boolean eligible(ClipLabel l) {
    return l.scorable()
        && l.view() == LabelledView.SIDE
        && l.variant().fromTheFloor()
        && l.faults().isEmpty()
        && l.faultsSeen().isEmpty();
  }

  /** One base rep, untouched: where it is, its frames, what Hinge found, what it measured. */
  private record BaseRep(Span span, RepWindow window, DetectedRep untouched, RepMetrics metrics) {}

  public static InjectionReport run(
      List<Base> bases, List<Injection> injections, Consumer<String> progress) {
    List<String> clips = new ArrayList<>();
    int untouchedReps = 0;
    int untouchedFlagged = 0;
    int goodReps = 0;
    int goodFlagged = 0;
    List<String> flaggedReps = new ArrayList<>();
    Map<FaultCode, Integer> untouchedBy = new EnumMap<>(FaultCode.class);
    List<Tally> tallies = injections.stream().map(Tally::new).toList();
    for (Base b : bases) {
      ClipOutcome outcome = Outcomes.of(b.analysis());
      List<BaseRep> reps = baseReps(b, outcome);
      if (reps.isEmpty()) {
        continue;
      }
      clips.add(
          b.label().file() + " (" + reps.size() + " rep" + (reps.size() == 1 ? "" : "s") + ")");
      boolean good = b.label().labelledGood();
      for (BaseRep r : reps) {
        untouchedReps++;
        goodReps += good ? 1 : 0;
        List<FaultCode> codes =
            r.untouched().findings().stream().map(Finding::code).distinct().toList();
        if (!codes.isEmpty()) {
          untouchedFlagged++;
          goodFlagged += good ? 1 : 0;
          codes.forEach(c -> untouchedBy.merge(c, 1, Integer::sum));
          flaggedReps.add(
              b.label().file()
                  + " rep "
                  + r.untouched().index()
                  + ": "
                  + codes.stream().map(FaultCode::name).collect(Collectors.joining(", "))
                  + " (form "
                  + b.label().formLabel().name().toLowerCase(Locale.ROOT)
                  + ")");
        }
      }
      TrackGeometry geometry = TrackGeometry.of(b.analysis().kinematics());
      List<RepWindow> windows = reps.stream().map(BaseRep::window).toList();
      for (Tally t : tallies) {
        progress.accept(b.label().file() + ": " + t.injection.kind() + " " + t.injection.size());
        PoseTrack changed = t.injection.apply(b.track(), geometry, windows);
        for (RepWindow w : windows) {
          t.achieved.add(t.injection.achieved(b.track(), changed, geometry, w));
        }
        Analysis a;
        try {
          a = AnalysisPipeline.analyze(changed, AnalysisOptions.NONE);
        } catch (HingeException e) {
          a = null;
        }
        ClipOutcome after = a == null ? null : Outcomes.of(a);
        for (BaseRep r : reps) {
          t.add(r, a, after);
        }
      }
    }
    return new InjectionReport(
        clips,
        new InjectionReport.Untouched(
            untouchedReps, untouchedFlagged, untouchedBy, goodReps, goodFlagged, flaggedReps),
        tallies.stream().map(Tally::row).toList());
  }

  private static List<BaseRep> baseReps(Base b, ClipOutcome outcome) {
    // outcome.reps() and analysis.reps() come in the same order
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < outcome.reps().size(); i++) {
      if (!outcome.reps().get(i).missed()) {
        found.add(i);
      }
    }
    RepMatcher.Match m =
        RepMatcher.match(
            b.label().repSpans(), found.stream().map(i -> outcome.reps().get(i).span()).toList());
    List<BaseRep> out = new ArrayList<>();
    for (RepMatcher.Pair p : m.pairs()) {
      int i = found.get(p.detected());
      RepAnalysis rep = b.analysis().reps().get(i);
      DetectedRep d = outcome.reps().get(i);
      out.add(new BaseRep(d.span(), RepWindow.of(rep.rep()), d, rep.metrics()));
    }
    return out;
  }

  /** Counts for one injection across all base reps. */
  private static final class Tally {
    final Injection injection;
    int reps;
    int already;
    int lost;
    int judged;
    int flagged;
    final List<Double> achieved = new ArrayList<>();
    final List<Double> metric = new ArrayList<>();
    final List<Double> metricUntouched = new ArrayList<>();
    final Map<FaultCode, Integer> other = new EnumMap<>(FaultCode.class);

    Tally(Injection injection) {
      this.injection = injection;
    }

    void add(BaseRep r, Analysis a, ClipOutcome after) {
      reps++;
      if (r.untouched().flagged(injection.code())) {
        already++;
        return;
      }
      DetectedRep again = null;
      int at = -1;
      if (after != null) {
        double best = RepMatcher.MIN_IOU;
        for (int i = 0; i < after.reps().size(); i++) {
          double iou = after.reps().get(i).span().iou(r.span());
          if (iou >= best && !after.reps().get(i).missed()) {
            best = iou;
            again = after.reps().get(i);
            at = i;
          }
        }
      }
      if (again == null) {
        lost++;
        return;
      }
      for (Finding f : again.findings()) {
        if (f.code() != injection.code() && !r.untouched().flagged(f.code())) {
          other.merge(f.code(), 1, Integer::sum);
        }
      }
      if (!after.judged(again, injection.code())) {
        return;
      }
      judged++;
      flagged += again.flagged(injection.code()) ? 1 : 0;
      metric.add(injection.metric(a.reps().get(at).metrics()));
      metricUntouched.add(injection.metric(r.metrics()));
    }

    InjectionReport.Row row() {
      return new InjectionReport.Row(
          injection.kind(),
          injection.size(),
          injection.sizeValue(),
          injection.code(),
          injection.metric(),
          median(achieved.stream().filter(Double::isFinite).toList()),
          reps,
          already,
          lost,
          judged,
          flagged,
          median(metric),
          median(metricUntouched),
          other);
    }
  }

  static double median(List<Double> v) {
    if (v.isEmpty()) {
      return Double.NaN;
    }
    double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
