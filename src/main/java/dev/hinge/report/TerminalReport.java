package dev.hinge.report;

import dev.hinge.coaching.CameraCoach;
import dev.hinge.coaching.FormGuide;
import dev.hinge.faults.Fault;
import dev.hinge.faults.RepContext;
import dev.hinge.faults.SkippedJudgement;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.kinematics.ViewKind;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.RepAnalysis;
import dev.hinge.pipeline.RepComparison;
import dev.hinge.pipeline.SetSummary;
import dev.hinge.pipeline.TopFix;
import dev.hinge.pipeline.Warning;
import dev.hinge.reps.Rep;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The readable summary for a terminal: a table of reps, the set, and the top three fixes. */
public final class TerminalReport {
  private TerminalReport() {}

  /** The camera check's issue codes in this analysis. */
  static List<String> cameraIssues(Analysis a) {
    return a.kinematics().camera().issues().stream()
        .map(dev.hinge.kinematics.CameraCheck.Issue::code)
        .toList();
  }

  public static String render(Analysis a) {
    Kinematics k = a.kinematics();
    StringBuilder sb = new StringBuilder();
    sb.append(
        f(
            "%s — %d full rep%s%s, %s view (confidence %.2f)%s%n",
            a.video().name(),
            a.repCount(),
            a.repCount() == 1 ? "" : "s",
            a.partialReps() > 0 ? ", " + a.partialReps() + " partial" : "",
            k.camera().view().kind().code(),
            k.camera().view().confidence(),
            // a lifter facing the camera faces neither left nor right
            k.camera().view().kind() == ViewKind.FRONT
                ? ""
                : ", lifter facing " + k.facing().code()));
    sb.append(
        f(
            "scale from %s (±%.0f %%)%n%n",
            k.scale().source().code().replace('_', ' '), k.scale().uncertaintyPct()));
    String header =
        f(
            "%-4s %-8s %7s %9s %9s %8s %8s %7s %9s  %s",
            "rep",
            "type",
            "up s",
            "mean m/s",
            "peak m/s",
            "trunk°",
            "knee°",
            "drift",
            "L5 N·m",
            "faults");
    sb.append(header).append('\n');
    sb.append("-".repeat(header.length() + 10)).append('\n');
    for (RepAnalysis r : a.reps()) {
      var m = r.metrics();
      boolean sideSeen = r.sideSeen();
      sb.append(
          f(
              "%-4d %-8s %7.2f %9.2f %9.2f %8s %8s %7s %9s  %s%n",
              r.rep().index(),
              type(r.rep()),
              m.concentricMs() / 1000.0,
              m.meanConcentricVelocityMps(),
              m.peakConcentricVelocityMps(),
              // a start no body makes (the model lost the legs or folded the trunk) shows as "-",
              // and so do the side's angles and distances seen from the front
              sideSeen && RepContext.humanHip(m.hipAngleStartDeg())
                  ? f("%.0f", m.trunkAngleFloorDeg())
                  : "-",
              sideSeen && RepContext.humanKnee(m.kneeAngleStartDeg())
                  ? f("%.0f", m.kneeAngleStartDeg())
                  : "-",
              sideSeen ? f("%.0fcm", m.barDriftCm()) : "-",
              r.load().estimated() ? f("%.0f", r.load().peakMomentNm()) : "-",
              faults(r.faults())));
    }
    if (a.reps().stream().anyMatch(r -> type(r.rep()).equals(UNSEEN_TOP))) {
      sb.append(
          "* lockout not seen (the lifter was hidden at the top): counted, its top not judged\n");
    }
    SetSummary s = a.set();
    sb.append('\n');
    sb.append(
        f(
            "set: mean %.2f m/s, best %.2f m/s, velocity loss %.0f %%, technique decay %+.1f%n",
            s.meanConcentricVelocityMps(),
            s.bestConcentricVelocityMps(),
            s.velocityLossPct(),
            s.techniqueDecay()));
    Optional<RepAnalysis> estimated =
        a.reps().stream().filter(r -> r.load().estimated()).findFirst();
    if (estimated.isPresent()) {
      sb.append(
          f(
              "lower back (estimate ±%.0f %%): peak moment %.0f N·m, peak compression %.1f kN%s%n",
              estimated.get().load().uncertaintyPct(),
              s.peakLumbarMomentNm(),
              s.peakLumbarCompressionN() / 1000.0,
              s.barLoadIncluded() ? "" : " — body only, bar not included (no --load-kg)"));
    } else if (!a.reps().isEmpty()) {
      sb.append(
          f(
              "lower back: not estimated: %s%n",
              a.reps().get(0).load().notEstimated().orElse("no rep could be read")));
    }
    sb.append('\n');
    if (a.topFixes().isEmpty()) {
      // with judgements withheld, "keep lifting like this" would claim more than was seen
      sb.append(
          a.skipped().isEmpty()
              ? "No faults found: keep lifting like this.\n"
              : f(
                  "No faults found in what this video let be judged (%d judgement%s not made:"
                      + " below).%n",
                  a.skipped().size(), a.skipped().size() == 1 ? "" : "s"));
    } else {
      sb.append("Top things to fix:\n");
      int i = 1;
      for (TopFix t : a.topFixes()) {
        sb.append(
            f(
                "  %d. %s (rep%s %s): %s%n",
                i++,
                t.code().name(),
                t.reps().size() == 1 ? "" : "s",
                t.reps().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                t.cue()));
        FormGuide.Drill d = FormGuide.standard().entry(t.code()).firstDrill();
        sb.append(f("     drill: %s: %s %s%n", d.name(), d.how(), d.dose()));
      }
      sb.append(
          f(
              "  Why it loads the back, more drills, when to drop the load: hinge guide %s%n",
              a.topFixes().get(0).code().name()));
    }
    RepComparison.of(a)
        .ifPresent(
            c -> {
              sb.append(
                  f(
                      "%nBest rep against worst: rep %d against rep %d (%s)%n",
                      c.bestRep(), c.worstRep(), c.why()));
              for (RepComparison.Difference d : c.differences()) {
                sb.append(f("  - %s%n", d.words()));
              }
            });
    if (!a.skipped().isEmpty()) {
      sb.append("\nNot judged from this video:\n");
      for (SkippedJudgement sj : a.skipped()) {
        sb.append(f("  - %s: %s%n", sj.judgement(), sj.reason()));
      }
    }
    List<String> filming = CameraCoach.advice(cameraIssues(a));
    if (!filming.isEmpty()) {
      sb.append("\nHow to film for a full analysis:\n");
      for (String line : filming) {
        sb.append(f("  - %s%n", line));
      }
    }
    List<Warning> warnings = a.warnings();
    if (!warnings.isEmpty()) {
      sb.append("\nNotes:\n");
      for (Warning w : warnings) {
        sb.append(f("  - %s%n", w.message()));
      }
    }
    return sb.toString();
  }

  private static String faults(List<Fault> faults) {
    if (faults.isEmpty()) {
      return "-";
    }
    return faults.stream()
        .map(x -> x.code().name() + " (" + x.severity().code() + ")")
        .collect(Collectors.joining(", "));
  }

  private static String f(String fmt, Object... args) {
    return String.format(Locale.ROOT, fmt, args);
  }

  /** A full rep whose lockout the model did not see, in the table's type column. */
  static final String UNSEEN_TOP = "full*";

  /** The rep's type in the table: missed, partial, full, or full* (lockout not seen). */
  static String type(Rep r) {
    if (r.missed()) {
      return "missed";
    }
    if (r.partial()) {
      return "partial";
    }
    return r.lockoutSeen() ? "full" : UNSEEN_TOP;
  }
}
