package dev.hinge.eval;

import dev.hinge.faults.FaultCode;
import dev.hinge.faults.Severity;
import dev.hinge.kinematics.ViewKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Hand-made labels and outcomes for the scoring tests. */
final class Made {
  private Made() {}

  static int entries;

  static ClipLabel clip(String file, LabelledView view, ClipLabel.FormLabel form, Span... spans) {
    return new ClipLabel(
        ++entries,
        entries * 10,
        file,
        view,
        Optional.empty(),
        spans.length,
        List.of(spans),
        List.of(),
        List.of(),
        ClipLabel.Variant.CONVENTIONAL,
        form,
        Set.of(),
        Set.of(),
        Set.of(),
        true,
        false,
        Optional.empty(),
        Map.of(),
        Optional.empty(),
        ClipLabel.sourceOf(file));
  }

  static ClipLabel negative(String file) {
    return new ClipLabel(
        ++entries,
        entries * 10,
        file,
        LabelledView.SIDE,
        Optional.empty(),
        0,
        List.of(),
        List.of(),
        List.of(),
        ClipLabel.Variant.OTHER,
        ClipLabel.FormLabel.UNKNOWN,
        Set.of(),
        Set.of(),
        Set.of(),
        false,
        true,
        Optional.of("squat"),
        Map.of(),
        Optional.empty(),
        ClipLabel.sourceOf(file));
  }

  static ClipLabel withFaults(
      ClipLabel l, Set<LabelFault> named, Set<LabelFault> seen, Set<LabelFault> suspected) {
    return copy(l, l.lockoutsS(), named, seen, suspected);
  }

  static ClipLabel withLockouts(ClipLabel l, List<Double> lockoutsS) {
    return copy(l, lockoutsS, l.faults(), l.faultsSeen(), l.faultsSuspected());
  }

  private static ClipLabel copy(
      ClipLabel l,
      List<Double> lockoutsS,
      Set<LabelFault> named,
      Set<LabelFault> seen,
      Set<LabelFault> suspected) {
    return new ClipLabel(
        l.entry(),
        l.line(),
        l.file(),
        l.view(),
        l.facing(),
        l.reps(),
        l.repSpans(),
        lockoutsS,
        l.partialPulls(),
        l.variant(),
        l.formLabel(),
        named,
        seen,
        suspected,
        l.usable(),
        l.negativeCase(),
        l.otherExercise(),
        l.confidence(),
        l.sha256(),
        l.source());
  }

  static Set<LabelFault> faults(LabelFault... f) {
    return f.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(f));
  }

  static DetectedRep rep(int index, double from, double to, FaultCode... flagged) {
    List<Finding> findings = new ArrayList<>();
    for (FaultCode c : flagged) {
      findings.add(new Finding(c, Severity.MILD, 0.7));
    }
    return new DetectedRep(index, new Span(from, to), false, false, findings, Map.of());
  }

  static DetectedRep partial(int index, double from, double to) {
    return new DetectedRep(index, new Span(from, to), true, false, List.of(), Map.of());
  }

  static DetectedRep notJudged(DetectedRep r, FaultCode code, String why) {
    Map<FaultCode, String> nj = new EnumMap<>(FaultCode.class);
    nj.putAll(r.notJudged());
    nj.put(code, why);
    return new DetectedRep(
        r.index(), r.span(), r.partial(), r.missed(), r.findings(), nj, r.measures());
  }

  /** The rep with a rule's main measure read at {@code value}. */
  static DetectedRep measured(DetectedRep r, FaultCode code, double value) {
    Map<FaultCode, Double> m = new EnumMap<>(FaultCode.class);
    m.putAll(r.measures());
    m.put(code, value);
    return new DetectedRep(
        r.index(), r.span(), r.partial(), r.missed(), r.findings(), r.notJudged(), m);
  }

  static ClipOutcome analysed(ViewKind view, DetectedRep... reps) {
    return analysed(view, Map.of(), reps);
  }

  static ClipOutcome analysed(ViewKind view, Map<FaultCode, String> withheld, DetectedRep... reps) {
    return new ClipOutcome(
        ClipOutcome.Status.ANALYSED, "", Optional.of(view), 0.9, List.of(reps), withheld);
  }
}
