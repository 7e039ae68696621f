package dev.hinge.triage;

import dev.hinge.triage.TriageResult.LinkedSession;
import dev.hinge.triage.TriageResult.Reason;
import dev.hinge.triage.Vocabulary.Disposition;
import dev.hinge.triage.Vocabulary.Pattern;
import dev.hinge.triage.Vocabulary.RedFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Evaluates every rule on a check-in; the most cautious disposition that fired wins. Stateless and
 * thread-safe; a check-in evaluates in microseconds.
 */
public final class TriageEngine {

  public TriageResult evaluate(CheckIn c, TrainingContext context) {
    List<Reason> reasons = new ArrayList<>();
    Disposition disposition = Disposition.SELF_CARE;
    boolean redFlag = false;
    for (Rule r : TriageRules.ALL) {
      if (r.when().test(c)) {
        reasons.add(new Reason(r.id(), r.sources(), r.disposition(), r.evidence().apply(c)));
        disposition = max(disposition, r.disposition());
        redFlag |= r.redFlag();
      }
    }
    Pattern pattern;
    if (redFlag) {
      pattern = Pattern.RED_FLAG;
    } else {
      PatternRules.Match m = PatternRules.classify(c);
      pattern = m.pattern();
      reasons.add(new Reason(m.ruleId(), m.sources(), m.disposition(), m.evidence()));
      disposition = max(disposition, m.disposition());
    }

    boolean formWarning = PatternRules.lowerBackDominant(c);
    Optional<LinkedSession> linked = Optional.empty();
    if (formWarning && context.recentSet().isPresent()) {
      TrainingContext.RecentSet s = context.recentSet().get();
      linked =
          Optional.of(new LinkedSession(s.analysisId(), s.label(), s.performedAt(), s.faults()));
    }

    boolean rhabdo =
        c.flag(RedFlag.DARK_URINE) || c.flag(RedFlag.MUSCLE_SWELLING_OR_EXTREME_WEAKNESS);
    List<String> advice = new ArrayList<>();
    switch (disposition) {
      case EMERGENCY -> {
        advice.add(Advice.EMERGENCY_NOW);
        advice.add(Advice.NO_TRAINING);
      }
      case URGENT -> {
        advice.add(Advice.URGENT_NOW);
        advice.add(Advice.NO_TRAINING);
      }
      case SEE_CLINICIAN -> advice.add(Advice.CLINICIAN_SOON);
      case SELF_CARE -> {}
    }
    if (rhabdo) {
      advice.add(Advice.NO_NSAID_RHABDO);
    }
    if (disposition == Disposition.SELF_CARE || disposition == Disposition.SEE_CLINICIAN) {
      advice.addAll(Advice.selfCare(pattern == Pattern.RED_FLAG ? Pattern.UNCLEAR : pattern));
    }
    boolean nsaid =
        !rhabdo
            && disposition.compareTo(Disposition.SEE_CLINICIAN) <= 0
            && (pattern == Pattern.BACK_OVERLOAD
                || pattern == Pattern.MUSCLE_STRAIN
                || pattern == Pattern.RADICULAR);
    if (nsaid) {
      advice.add(Advice.PHARMACIST);
    }
    if (formWarning && disposition.compareTo(Disposition.SEE_CLINICIAN) <= 0) {
      advice.add(formWarningLine(linked));
    }
    if (pattern == Pattern.BACK_OVERLOAD || pattern == Pattern.MUSCLE_STRAIN) {
      advice.add(Advice.NOT_ADVISED);
    }
    OptionalInt recheck =
        switch (disposition) {
          case EMERGENCY -> OptionalInt.empty();
          case URGENT -> OptionalInt.of(1);
          case SEE_CLINICIAN -> OptionalInt.of(3);
          case SELF_CARE -> OptionalInt.of(pattern == Pattern.DOMS ? 3 : 2);
        };
    if (recheck.isPresent()) {
      advice.add(
          "Check in again in "
              + recheck.getAsInt()
              + (recheck.getAsInt() == 1 ? " day" : " days")
              + ".");
    }
    advice.add(Advice.SAFETY_NET);
    return new TriageResult(
        disposition,
        reasons,
        pattern,
        advice,
        recheck,
        formWarning,
        linked,
        nsaid,
        Advice.DISCLAIMER);
  }

  private static String formWarningLine(Optional<LinkedSession> linked) {
    if (linked.isEmpty() || linked.get().faults().isEmpty()) {
      return "Form warning: soreness centred in the lower back after deadlifts means the back did work the hips and "
          + "legs should do. Film your next set side-on and run hinge analyze.";
    }
    LinkedSession s = linked.get();
    String faults =
        s.faults().stream()
            .map(f -> f.code() + " on " + reps(f.reps()) + " (" + Advice.cueFor(f.code()) + ")")
            .collect(Collectors.joining("; "));
    return "Form warning: your set \""
        + s.label()
        + "\" showed "
        + faults
        + ". That is the likely cause of the lower-back load; fix it before adding weight.";
  }

  static String reps(List<Integer> reps) {
    if (reps.isEmpty()) {
      return "no rep";
    }
    List<Integer> r = reps.stream().sorted().toList();
    boolean consecutive = r.get(r.size() - 1) - r.get(0) == r.size() - 1;
    if (r.size() == 1) {
      return "rep " + r.get(0);
    }
    return consecutive
        ? "reps " + r.get(0) + "–" + r.get(r.size() - 1)
        : "reps " + r.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static Disposition max(Disposition a, Disposition b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
