package dev.hinge.triage;

import dev.hinge.triage.TriageResult.LinkedSession;
import dev.hinge.triage.TriageResult.Reason;
import dev.hinge.triage.Vocabulary.Area;
import dev.hinge.triage.Vocabulary.Disposition;
import dev.hinge.triage.Vocabulary.Onset;
import dev.hinge.triage.Vocabulary.Pattern;
import dev.hinge.triage.Vocabulary.RedFlag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fires every row of the fact sheet on a check-in; the most cautious disposition that fired wins
 * (CHECKIN-SCHEMA.md, Output). Self-care pattern rows are not reported once a red flag has called
 * for a doctor today or an emergency: the pattern then says nothing the user should act on.
 * Stateless and thread-safe; a check-in evaluates in microseconds.
 */
public final class TriageEngine {

  /** Re-check days: FACTS.md (c) per plan, and within the schema's 3–7 after an appointment. */
  static final int RECHECK_PLAN_DAYS = 3;

  static final int RECHECK_SCIATICA_DAYS = 7;
  static final int RECHECK_AFTER_APPOINTMENT_DAYS = 5;

  public TriageResult evaluate(CheckIn c, TrainingContext context) {
    List<Fired> fired = new ArrayList<>();
    for (Rule r : TriageRules.ALL) {
      if (r.kind() != Rule.Kind.PATTERN) {
        r.fire(c).ifPresent(d -> fired.add(new Fired(r, d)));
      }
    }
    boolean redFlagToday =
        fired.stream()
            .anyMatch(
                f -> f.rule().redFlag() && f.disposition().compareTo(Disposition.URGENT) >= 0);
    Pattern pattern = redFlagToday ? Pattern.RED_FLAG : PatternRules.classify(c);
    if (!redFlagToday) {
      boolean patternFired = false;
      for (Rule r : TriageRules.ALL) {
        if (r.kind() == Rule.Kind.PATTERN) {
          Optional<Disposition> d = r.fire(c);
          if (d.isPresent()) {
            fired.add(new Fired(r, d.get()));
            patternFired = true;
          }
        }
      }
      if (!patternFired) {
        fired.add(new Fired(TriageRules.NO_PATTERN, Disposition.SEE_CLINICIAN));
      }
    }
    Disposition disposition =
        fired.stream().map(Fired::disposition).max(Enum::compareTo).orElseThrow();
    List<Reason> reasons =
        fired.stream()
            .map(
                f ->
                    new Reason(
                        f.rule().id(),
                        f.rule().sources(),
                        f.disposition(),
                        f.rule().evidence().apply(c)))
            .toList();

    boolean formWarning =
        disposition.compareTo(Disposition.SEE_CLINICIAN) <= 0
            && (pattern == Pattern.BACK_OVERLOAD
                || (pattern == Pattern.MUSCLE_STRAIN
                    && c.onset() == Onset.DURING_LIFT
                    && PatternRules.lowerBackSore(c)));
    Optional<LinkedSession> linked = Optional.empty();
    if (formWarning && context.recentSet().isPresent()) {
      TrainingContext.RecentSet s = context.recentSet().get();
      linked =
          Optional.of(new LinkedSession(s.analysisId(), s.label(), s.performedAt(), s.faults()));
    }
    boolean rhabdo =
        c.flag(RedFlag.DARK_URINE) || c.flag(RedFlag.MUSCLE_SWELLING_OR_EXTREME_WEAKNESS);
    boolean nsaid =
        !rhabdo && disposition.compareTo(Disposition.SEE_CLINICIAN) <= 0 && pattern.hasPlan();
    OptionalInt recheck =
        switch (disposition) {
          case EMERGENCY, URGENT -> OptionalInt.empty();
          case SEE_CLINICIAN -> OptionalInt.of(RECHECK_AFTER_APPOINTMENT_DAYS);
          case SELF_CARE ->
              OptionalInt.of(
                  pattern == Pattern.RADICULAR ? RECHECK_SCIATICA_DAYS : RECHECK_PLAN_DAYS);
        };
    List<String> advice =
        advice(
            c,
            disposition,
            pattern,
            fired,
            formWarning ? formWarningLine(linked) : null,
            nsaid,
            recheck);
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

  /** A rule that fired, with the disposition it called for on this check-in. */
  private record Fired(Rule rule, Disposition disposition) {}

  /**
   * The advice in FACTS.md (a)'s order: the action line first, then why (the rules that decided, in
   * plain words), what else the level must say, the plan, the re-check day, the safety net last. No
   * medicine with EMERGENCY; no anti-inflammatory with a rhabdomyolysis answer.
   */
  private static List<String> advice(
      CheckIn c,
      Disposition disposition,
      Pattern pattern,
      List<Fired> fired,
      String formWarningLine,
      boolean nsaid,
      OptionalInt recheck) {
    List<String> out = new ArrayList<>();
    Set<String> why = new LinkedHashSet<>();
    for (Fired f : fired) {
      if (f.disposition() == disposition && disposition != Disposition.SELF_CARE) {
        why.add(f.rule().plainWhy());
      }
    }
    String because = "Why: " + String.join("; ", why) + ".";
    switch (disposition) {
      case EMERGENCY -> {
        out.add(Advice.EMERGENCY_NOW);
        out.add(because);
        out.add(Advice.EMERGENCY_DONT_WAIT);
      }
      case URGENT -> {
        out.add(Advice.URGENT_NOW);
        out.add(because);
        out.add(Advice.URGENT_NO_LIFTING);
        out.add(Advice.URGENT_ESCALATE);
      }
      case SEE_CLINICIAN -> {
        out.add(Advice.CLINICIAN_SOON);
        out.add(because);
        out.add(Advice.CLINICIAN_MEANWHILE);
        if (pattern.hasPlan()) {
          out.add("Meanwhile this fits the pattern of " + Advice.patternName(pattern) + ".");
        }
        if (PatternRules.backPain(c) || c.has(Area.GLUTES)) {
          out.add(Advice.HEAT);
        }
      }
      case SELF_CARE -> {
        out.add(Advice.selfCareFirstLine(pattern));
        out.addAll(Advice.plan(pattern));
      }
    }
    if (disposition.compareTo(Disposition.SEE_CLINICIAN) <= 0) {
      for (RedFlag f : RedFlag.values()) {
        String watch = Advice.watchFor(f);
        if (c.flag(f) && !watch.isEmpty() && !firedFor(f, fired)) {
          out.add(watch);
        }
      }
      if (nsaid) {
        out.add(Advice.PHARMACIST);
      }
      if (formWarningLine != null) {
        out.add(formWarningLine);
      }
      if (pattern.hasPlan()) {
        out.add(Advice.NOT_ADVISED);
      }
    }
    if (recheck.isPresent()) {
      out.add(
          "Check in again in "
              + recheck.getAsInt()
              + " days"
              + (disposition == Disposition.SEE_CLINICIAN ? ", or after your appointment." : "."));
    }
    out.add(Advice.SAFETY_NET);
    return out;
  }

  /** Whether a row that reads this red-flag answer fired (so its own advice already covers it). */
  private static boolean firedFor(RedFlag f, List<Fired> fired) {
    Set<String> ids =
        switch (f) {
          case CANCER_HISTORY -> Set.of("RF-CANCER", "RF-CANCER-NEURO");
          case OSTEOPOROSIS_OR_STEROIDS -> Set.of("RF-FRACTURE");
          case INFECTION_RISK -> Set.of("RF-INFECTION", "RF-IMMUNO");
          default -> Set.of();
        };
    return fired.stream().anyMatch(x -> ids.contains(x.rule().id()));
  }

  private static String formWarningLine(Optional<LinkedSession> linked) {
    if (linked.isEmpty() || linked.get().faults().isEmpty()) {
      return "Form warning: soreness centred in the lower back after deadlifts means the back did"
          + " work the hips and legs should do. Film your next set side-on and run hinge analyze.";
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
}
