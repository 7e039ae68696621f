package dev.hinge.eval.inject;

import dev.hinge.core.HingeException;
import dev.hinge.eval.ClipOutcome;
import dev.hinge.eval.LabelFault;
import dev.hinge.eval.NoiseReport;
import dev.hinge.eval.Outcomes;
import dev.hinge.faults.FaultCode;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Re-analyses each clip's pose track {@code trials} times with {@link LandmarkNoise} and counts how
 * often its verdict (full-rep count, rules that flagged a rep) stays what it was untouched. Trial
 * {@code i} of a clip uses the seed {@code i} mixed with the clip's name, so a run is reproducible.
 */
public final class NoiseAudit {
  private NoiseAudit() {}

  public static NoiseReport run(
      List<InjectionHarness.Base> bases, double torsoShare, int trials, Consumer<String> progress) {
    if (trials < 1) {
      throw new IllegalArgumentException("noise trials must be at least 1; found " + trials);
    }
    List<NoiseReport.Clip> clips = new ArrayList<>();
    for (InjectionHarness.Base b : bases) {
      progress.accept(b.label().file());
      ClipOutcome untouched = Outcomes.of(b.analysis());
      long full = untouched.fullReps();
      Set<FaultCode> found = untouched.found();
      Set<FaultCode> labelled = EnumSet.noneOf(FaultCode.class);
      for (LabelFault f : b.label().faults()) {
        f.rule().ifPresent(labelled::add);
      }
      for (LabelFault f : b.label().faultsSeen()) {
        f.rule().ifPresent(labelled::add);
      }
      int stable = 0;
      int refused = 0;
      int anew = 0;
      TreeMap<String, Integer> changes = new TreeMap<>();
      for (int i = 0; i < trials; i++) {
        long seed = 31L * b.label().file().hashCode() + i;
        Analysis a;
        try {
          a =
              AnalysisPipeline.analyze(
                  new LandmarkNoise(torsoShare, seed).apply(b.track()), AnalysisOptions.NONE);
        } catch (HingeException e) {
          a = null;
        }
        long nFull = 0;
        Set<FaultCode> nFound = EnumSet.noneOf(FaultCode.class);
        if (a == null) {
          refused++;
        } else {
          ClipOutcome o = Outcomes.of(a);
          nFull = o.fullReps();
          nFound = o.found();
        }
        boolean same = nFull == full && nFound.equals(found);
        if (same) {
          stable++;
          continue;
        }
        if (nFull != full) {
          changes.merge("reps " + full + "→" + nFull, 1, Integer::sum);
        }
        boolean added = false;
        for (FaultCode c : nFound) {
          if (!found.contains(c)) {
            changes.merge("+" + c.name(), 1, Integer::sum);
            added = true;
          }
        }
        for (FaultCode c : found) {
          if (!nFound.contains(c)) {
            changes.merge("-" + c.name(), 1, Integer::sum);
          }
        }
        anew += added ? 1 : 0;
      }
      clips.add(
          new NoiseReport.Clip(
              b.label().file(),
              b.label().negativeCase()
                  ? "negative"
                  : b.label().formLabel().name().toLowerCase(Locale.ROOT),
              (int) full,
              found,
              labelled,
              stable,
              refused,
              anew,
              changes));
    }
    return new NoiseReport(torsoShare, trials, clips);
  }
}
