package dev.hinge.triage;

import static dev.hinge.triage.Vocabulary.Disposition.EMERGENCY;
import static dev.hinge.triage.Vocabulary.Disposition.SEE_CLINICIAN;
import static dev.hinge.triage.Vocabulary.Disposition.URGENT;

import dev.hinge.triage.Vocabulary.Area;
import dev.hinge.triage.Vocabulary.Character;
import dev.hinge.triage.Vocabulary.Disposition;
import dev.hinge.triage.Vocabulary.LegSides;
import dev.hinge.triage.Vocabulary.Onset;
import dev.hinge.triage.Vocabulary.RedFlag;
import dev.hinge.triage.Vocabulary.Trend;
import dev.hinge.triage.Vocabulary.Weakness;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The rules, from shared/clinical/FACTS.md. Where the sources differ the more cautious reading is
 * taken; any red-flag answer "yes" fires at least one rule of SEE_CLINICIAN or higher, so a red
 * flag can never end in self-care. Pattern rules (DOMS, overload, strain, sciatica) live in {@link
 * PatternRules}.
 */
public final class TriageRules {
  private TriageRules() {}

  static boolean backPain(CheckIn c) {
    return c.has(Area.LOWER_BACK) || c.has(Area.UPPER_BACK);
  }

  static boolean anyCaudaEquina(CheckIn c) {
    for (RedFlag f : RedFlag.values()) {
      if (f.caudaEquina() && c.flag(f)) {
        return true;
      }
    }
    return false;
  }

  static boolean progressiveWeakness(CheckIn c) {
    return c.leg().weakness() == Weakness.WORSENING || c.leg().footDrop();
  }

  private static Rule flag(String id, String sources, Disposition d, RedFlag f) {
    return new Rule(id, sources, d, true, c -> c.flag(f), c -> "redFlags." + f.field() + "=true");
  }

  private static Rule redFlag(
      String id,
      String sources,
      Disposition d,
      Predicate<CheckIn> when,
      java.util.function.Function<CheckIn, String> evidence) {
    return new Rule(id, sources, d, true, when, evidence);
  }

  private static Rule clinician(
      String id,
      String sources,
      Predicate<CheckIn> when,
      java.util.function.Function<CheckIn, String> evidence) {
    return new Rule(id, sources, SEE_CLINICIAN, false, when, evidence);
  }

  private static String leg(CheckIn c) {
    return String.format(
        Locale.ROOT,
        "leg.sides=%s, leg.painBelowKnee=%s, leg.numbness=%s, leg.weakness=%s, leg.footDrop=%s",
        c.leg().sides().wire(),
        c.leg().painBelowKnee(),
        c.leg().numbness(),
        c.leg().weakness().wire(),
        c.leg().footDrop());
  }

  /** Red-flag and clinician rules, in the order they are reported. */
  public static final List<Rule> ALL = build();

  private static List<Rule> build() {
    List<Rule> r = new ArrayList<>();
    // Cauda equina syndrome: any one feature is an emergency.
    r.add(
        flag(
            "redflag.cauda_equina.saddle_numbness",
            "CKS-LBP, GIRFT-CES, NG59",
            EMERGENCY,
            RedFlag.SADDLE_NUMBNESS));
    r.add(
        flag(
            "redflag.cauda_equina.bladder",
            "CKS-LBP, GIRFT-CES",
            EMERGENCY,
            RedFlag.BLADDER_CHANGE));
    r.add(
        flag("redflag.cauda_equina.bowel", "CKS-LBP, GIRFT-CES", EMERGENCY, RedFlag.BOWEL_CHANGE));
    r.add(flag("redflag.cauda_equina.sexual", "GIRFT-CES", EMERGENCY, RedFlag.SEXUAL_DYSFUNCTION));
    r.add(
        redFlag(
            "redflag.cauda_equina.bilateral_leg",
            "CKS-SCI, GIRFT-CES",
            EMERGENCY,
            c -> c.leg().sides() == LegSides.BOTH && c.leg().anySymptom(),
            TriageRules::leg));
    // Neurological deficit getting worse.
    r.add(
        redFlag(
            "redflag.neuro.progressive_weakness",
            "CKS-SCI, NG59",
            URGENT,
            TriageRules::progressiveWeakness,
            TriageRules::leg));
    r.add(
        redFlag(
            "redflag.neuro.progressive_weakness_bilateral_or_ces",
            "CKS-SCI, NG59, GIRFT-CES",
            EMERGENCY,
            c -> progressiveWeakness(c) && (c.leg().sides() == LegSides.BOTH || anyCaudaEquina(c)),
            TriageRules::leg));
    // Exertional rhabdomyolysis.
    r.add(flag("redflag.rhabdo.dark_urine", "CDC-RHABDO, NYE-2021", EMERGENCY, RedFlag.DARK_URINE));
    r.add(
        flag(
            "redflag.rhabdo.muscle_swelling",
            "CDC-RHABDO, NYE-2021",
            URGENT,
            RedFlag.MUSCLE_SWELLING_OR_EXTREME_WEAKNESS));
    // Vascular catastrophe.
    r.add(
        redFlag(
            "redflag.vascular.tearing_pain_or_faint",
            "NG156, CKS-LBP",
            EMERGENCY,
            c -> c.flag(RedFlag.SUDDEN_TEARING_PAIN_OR_FAINT),
            c -> "redFlags.suddenTearingPainOrFaint=true, age=" + c.age()));
    // Cancer.
    r.add(
        redFlag(
            "redflag.cancer.history_with_back_pain",
            "NG234, CKS-LBP",
            URGENT,
            c -> c.flag(RedFlag.CANCER_HISTORY) && backPain(c),
            c -> "redFlags.cancerHistory=true, areas=" + areas(c)));
    r.add(
        redFlag(
            "redflag.cancer.history",
            "NG234, CKS-LBP",
            SEE_CLINICIAN,
            c -> c.flag(RedFlag.CANCER_HISTORY),
            c -> "redFlags.cancerHistory=true"));
    r.add(
        redFlag(
            "redflag.cancer.history_with_neuro_deficit",
            "NG234, CKS-LBP",
            EMERGENCY,
            c ->
                c.flag(RedFlag.CANCER_HISTORY)
                    && (c.leg().weakness() != Weakness.NONE
                        || c.leg().numbness()
                        || c.leg().footDrop()
                        || anyCaudaEquina(c)),
            c -> "redFlags.cancerHistory=true, " + leg(c)));
    r.add(
        flag(
            "redflag.cancer.weight_loss",
            "CKS-LBP, DOWNIE-2013",
            URGENT,
            RedFlag.UNEXPLAINED_WEIGHT_LOSS));
    r.add(flag("redflag.constant_night_pain", "CKS-LBP", URGENT, RedFlag.CONSTANT_NIGHT_PAIN));
    // Infection.
    r.add(
        redFlag(
            "redflag.infection.fever_with_risk_or_constant_pain",
            "CKS-LBP",
            URGENT,
            c ->
                c.flag(RedFlag.FEVER)
                    && (c.flag(RedFlag.INFECTION_RISK) || c.flag(RedFlag.CONSTANT_NIGHT_PAIN)),
            c ->
                "redFlags.fever=true, redFlags.infectionRisk="
                    + c.flag(RedFlag.INFECTION_RISK)
                    + ", redFlags.constantNightPain="
                    + c.flag(RedFlag.CONSTANT_NIGHT_PAIN)));
    r.add(flag("redflag.infection.fever", "CKS-LBP", SEE_CLINICIAN, RedFlag.FEVER));
    r.add(flag("redflag.infection.risk", "CKS-LBP", SEE_CLINICIAN, RedFlag.INFECTION_RISK));
    // Fracture.
    r.add(
        flag(
            "redflag.fracture.major_trauma", "CKS-LBP, DOWNIE-2013", URGENT, RedFlag.MAJOR_TRAUMA));
    r.add(
        redFlag(
            "redflag.fracture.osteoporosis_sudden_onset",
            "CKS-LBP, DOWNIE-2013",
            URGENT,
            c -> c.flag(RedFlag.OSTEOPOROSIS_OR_STEROIDS) && c.suddenSharpOnset(),
            c -> "redFlags.osteoporosisOrSteroids=true, suddenSharpOnset=true"));
    r.add(
        flag(
            "redflag.fracture.osteoporosis",
            "CKS-LBP, DOWNIE-2013",
            SEE_CLINICIAN,
            RedFlag.OSTEOPOROSIS_OR_STEROIDS));

    // Not red flags, but not for self-care alone.
    r.add(
        clinician(
            "clinician.new_pain_over_50_no_trigger",
            "CKS-LBP",
            c -> c.age() > 50 && c.onset() == Onset.NO_CLEAR_TRIGGER && backPain(c),
            c -> "age=" + c.age() + ", onset=no_clear_trigger"));
    r.add(
        clinician(
            "clinician.worse_after_3_days",
            "FACTS (patterns), NG59",
            c -> c.trend() == Trend.WORSE && c.daysSinceOnset() >= 3,
            c -> "trend=worse, daysSinceOnset=" + num(c.daysSinceOnset())));
    r.add(
        clinician(
            "clinician.severe_pain_cannot_walk",
            "FACTS (patterns), NG59",
            c -> c.pain() >= 7 && !c.canWalkNormally(),
            c -> "pain=" + c.pain() + ", canWalkNormally=false"));
    r.add(
        clinician(
            "clinician.strain_not_improving",
            "NG59, CKS-LBP",
            c ->
                PatternRules.strainLike(c)
                    && c.daysSinceOnset() >= 10
                    && c.trend() != Trend.IMPROVING,
            c ->
                "suddenSharpOnset="
                    + c.suddenSharpOnset()
                    + ", daysSinceOnset="
                    + num(c.daysSinceOnset())
                    + ", trend="
                    + c.trend().wire()));
    r.add(
        clinician(
            "clinician.recurrent_episodes",
            "NG59, CKS-LBP",
            c -> c.previousEpisodes() >= 3 && backPain(c),
            c -> "previousEpisodes=" + c.previousEpisodes()));
    r.add(
        clinician(
            "clinician.sciatica_not_mild",
            "CKS-SCI, NG59",
            c ->
                PatternRules.radicularLike(c)
                    && (c.leg().weakness() == Weakness.STABLE
                        || c.pain() >= 7
                        || (c.daysSinceOnset() >= 28 && c.trend() != Trend.IMPROVING)),
            c -> leg(c) + ", pain=" + c.pain() + ", daysSinceOnset=" + num(c.daysSinceOnset())));
    r.add(
        clinician(
            "clinician.soreness_beyond_a_week",
            "CHEUNG-2003",
            c -> PatternRules.domsLike(c) && c.daysSinceOnset() > 7 && c.trend() != Trend.IMPROVING,
            c -> "daysSinceOnset=" + num(c.daysSinceOnset()) + ", trend=" + c.trend().wire()));
    return List.copyOf(r);
  }

  static String areas(CheckIn c) {
    return c.areas().stream().map(Area::wire).toList().toString();
  }

  static String characters(CheckIn c) {
    return c.character().stream().sorted().map(Character::wire).toList().toString();
  }

  static String num(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
