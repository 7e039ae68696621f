package dev.hinge.eval;

import dev.hinge.faults.Fault;
import dev.hinge.faults.FaultCode;
import dev.hinge.faults.SkippedJudgement;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.RepAnalysis;
import dev.hinge.reps.Phase;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.Rep;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns an {@link Analysis} into the {@link ClipOutcome} the scores read. */
public final class Outcomes {
  private Outcomes() {}

  /** The outcome of an analysed clip: its reps, their findings and the judgements withheld. */
  public static ClipOutcome of(Analysis a) {
    Kinematics k = a.kinematics();
    Map<FaultCode, String> withheld = new EnumMap<>(FaultCode.class);
    for (SkippedJudgement s : a.skipped()) {
      withheld.put(FaultCode.valueOf(s.judgement()), s.reason());
    }
    List<DetectedRep> reps = new ArrayList<>();
    for (RepAnalysis r : a.reps()) {
      Rep rep = r.rep();
      Map<FaultCode, String> notJudged = new EnumMap<>(FaultCode.class);
      notJudged.putAll(r.notJudged());
      notJudged.keySet().removeAll(withheld.keySet());
      Map<FaultCode, Double> measures = new EnumMap<>(FaultCode.class);
      for (FaultCode c : FaultCode.values()) {
        if (!withheld.containsKey(c) && !notJudged.containsKey(c)) {
          c.rule()
              .mainMeasure()
              .ifPresent(m -> measures.put(c, m.read().applyAsDouble(r.metrics())));
        }
      }
      reps.add(
          new DetectedRep(
              rep.index(),
              span(k, rep),
              rep.partial(),
              rep.missed(),
              r.faults().stream()
                  .map((Fault f) -> new Finding(f.code(), f.severity(), f.confidence()))
                  .toList(),
              notJudged,
              measures));
    }
    return new ClipOutcome(
        ClipOutcome.Status.ANALYSED,
        "",
        Optional.of(k.camera().view().kind()),
        k.camera().view().confidence(),
        reps,
        withheld);
  }

  /**
   * From the floor break to the bar back at the bottom: the end of the descent, else of the lockout
   * (a clip that ends standing), else the rep's last frame. A rep's own last frame runs on to the
   * next rep's set-up, so it is not used when the descent is known.
   */
  static Span span(Kinematics k, Rep rep) {
    int last = k.frameCount() - 1;
    int end =
        rep.phase(PhaseName.DESCENT)
            .or(() -> rep.phase(PhaseName.LOCKOUT))
            .map(Phase::endFrame)
            .orElse(rep.endFrame());
    int start = Math.min(Math.max(0, rep.floorBreakFrame()), last);
    end = Math.max(start, Math.min(end, last));
    int lockout = Math.min(Math.max(0, rep.lockoutFrame()), last);
    return new Span(k.t(start) / 1000.0, k.t(end) / 1000.0, k.t(lockout) / 1000.0);
  }
}
