package dev.hinge.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The targets Hinge is held to on the labelled set (issue 13), each with what was measured and
 * whether it is met; {@code met} is empty where there was nothing to measure.
 */
public final class Targets {
  private Targets() {}

  public record Target(String what, String goal, String measured, Optional<Boolean> met) {}

  public static List<Target> of(
      Totals t, FaultTable f, Calibration c, Optional<InjectionReport> injected) {
    List<Target> out = new ArrayList<>();
    Totals.RepCounts side = t.sideClips();
    out.add(
        new Target(
            "side-view deadlift clips: runs without an analysis",
            "0",
            side.failedRuns() + " of " + side.clips(),
            side.clips() == 0 ? Optional.empty() : Optional.of(side.failedRuns() == 0)));
    out.add(
        share(
            "side-view deadlift clips: rep count exact",
            "≥ 95 %",
            side.exact(),
            side.clips(),
            0.95,
            true));
    int tp = 0;
    int positives = 0;
    for (FaultTable.Row r : f.rows()) {
      tp += r.named().tp();
      positives += r.named().positives();
    }
    out.add(share("faults the source names, found", "≥ 80 %", tp, positives, 0.80, true));
    Totals.Tally good = t.goodReps();
    out.add(
        share("reps labelled good that get a fault", "≤ 10 %", good.of(), good.n(), 0.10, false));
    if (injected.isPresent()) {
      List<InjectionReport.Row> largest = injected.get().largest();
      double worst = 1;
      String which = "";
      boolean all = !largest.isEmpty();
      for (InjectionReport.Row r : largest) {
        OptionalDouble recall = r.recall();
        all &= recall.isPresent();
        if (recall.isPresent() && recall.getAsDouble() < worst) {
          worst = recall.getAsDouble();
          which = r.kind() + " " + r.size();
        }
      }
      out.add(
          new Target(
              "injected faults at the largest size, flagged (each kind)",
              "≥ 80 % of judged reps",
              all
                  ? String.format(
                      Locale.ROOT,
                      "lowest %.0f %%%s",
                      100 * worst,
                      which.isEmpty() ? "" : " (" + which + ")")
                  : "some kind had no judged rep",
              all ? Optional.of(worst >= 0.80) : Optional.empty()));
      InjectionReport.Untouched u = injected.get().untouched();
      out.add(
          new Target(
              "untouched good reps flagged",
              "0",
              u.goodFlagged()
                  + " of "
                  + u.goodReps()
                  + " labelled good ("
                  + u.flagged()
                  + " of "
                  + u.reps()
                  + " with the base reps of unknown form)",
              u.goodReps() == 0 ? Optional.empty() : Optional.of(u.goodFlagged() == 0)));
    } else {
      out.add(
          new Target(
              "injected faults at the largest size, flagged (each kind)",
              "≥ 80 % of judged reps",
              "not run (--inject)",
              Optional.empty()));
      out.add(
          new Target("untouched good reps flagged", "0", "not run (--inject)", Optional.empty()));
    }
    Totals.Tally front = t.views().get(LabelledView.FRONT);
    Totals.Tally oblique = t.views().get(LabelledView.OBLIQUE);
    out.add(
        share(
            "front and oblique views recognised",
            "≥ 95 %",
            front.of() + oblique.of(),
            front.n() + oblique.n(),
            0.95,
            true));
    Totals.Negatives neg = t.negativeCases();
    out.add(
        share(
            "negatives read as 0 deadlift reps or refused",
            "≥ 90 %",
            neg.rejected(),
            neg.n(),
            0.90,
            true));
    Calibration.Bin high = c.high();
    OptionalDouble right = high.shareRight();
    out.add(
        new Target(
            "findings at confidence ≥ 0.8 that are right",
            "≥ 80 %",
            right.isPresent()
                ? String.format(
                    Locale.ROOT,
                    "%d of %d the labels can judge (%.0f %%); %d more unjudgeable",
                    high.right(),
                    high.right() + high.wrong(),
                    100 * right.getAsDouble(),
                    high.suspected() + high.unknown())
                : high.findings() + " findings, none the labels can judge",
            right.isPresent() ? Optional.of(right.getAsDouble() >= 0.80) : Optional.empty()));
    return out;
  }

  private static Target share(
      String what, String goal, int of, int n, double bar, boolean atLeast) {
    if (n == 0) {
      return new Target(what, goal, "nothing to measure", Optional.empty());
    }
    double s = (double) of / n;
    return new Target(
        what,
        goal,
        String.format(Locale.ROOT, "%d of %d (%.0f %%)", of, n, 100 * s),
        Optional.of(atLeast ? s >= bar - 1e-9 : s <= bar + 1e-9));
  }
}
