package dev.hinge.triage;

import static dev.hinge.triage.Vocabulary.Disposition.EMERGENCY;
import static dev.hinge.triage.Vocabulary.Disposition.SEE_CLINICIAN;
import static dev.hinge.triage.Vocabulary.Disposition.SELF_CARE;
import static dev.hinge.triage.Vocabulary.Disposition.URGENT;

import dev.hinge.triage.Rule.Kind;
import dev.hinge.triage.Vocabulary.Area;
import dev.hinge.triage.Vocabulary.Character;
import dev.hinge.triage.Vocabulary.Disposition;
import dev.hinge.triage.Vocabulary.Pattern;
import dev.hinge.triage.Vocabulary.RedFlag;
import dev.hinge.triage.Vocabulary.Side;
import dev.hinge.triage.Vocabulary.Trend;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The clinical fact sheet (shared/clinical/FACTS.md), row by row, with the sheet's ids and sources:
 * the red flags of table (b) with their age rules, the radicular grades, the patterns without red
 * flags and their escalations. Where the sheet leaves room, the more cautious reading is taken
 * (docs/checkin.md lists each such choice). The story's features the rows read are in {@link
 * PatternRules}; the engine fires every row and the most cautious disposition wins.
 */
public final class TriageRules {
  private TriageRules() {}

  /** Every row of the sheet, in the order they are reported. */
  public static final List<Rule> ALL = build();

  /**
   * Not a row of the sheet: fires when no pattern of the sheet fits the soreness and no red flag
   * decided, so a clinician looks (the schema's likelyPattern UNCLEAR). Its id is that pattern's
   * name, which is why it is kept out of {@link #ALL}.
   */
  public static final Rule NO_PATTERN =
      new Rule(
          "UNCLEAR",
          "FACTS.md preamble (the more cautious reading), NG59",
          Kind.PATTERN,
          c -> Optional.of(SEE_CLINICIAN),
          c ->
              "areas="
                  + areas(c)
                  + ", onset="
                  + c.onset().wire()
                  + ", character="
                  + characters(c)
                  + ", pain="
                  + c.pain()
                  + ": not the course of training soreness, a strain or sciatica",
          "the soreness does not follow the usual course of training soreness, a strain or"
              + " sciatica, so it is worth a clinician's look");

  private static List<Rule> build() {
    List<Rule> r = new ArrayList<>();
    // (b) Cauda equina: any one feature is an emergency.
    r.add(
        flag(
            "RF-CES-SADDLE",
            "GIRFT-CES, CKS-LBP, CKS-SCI",
            RedFlag.SADDLE_NUMBNESS,
            "new numbness between your legs or around your back passage or genitals can mean the"
                + " nerves at the base of the spine are being squeezed (cauda equina syndrome),"
                + " which must be checked in hospital straight away"));
    r.add(
        flag(
            "RF-CES-BLADDER",
            "GIRFT-CES, CKS-LBP",
            RedFlag.BLADDER_CHANGE,
            "new trouble passing or holding urine can mean the nerves at the base of the spine are"
                + " being squeezed (cauda equina syndrome), which must be checked in hospital"
                + " straight away"));
    r.add(
        flag(
            "RF-CES-BOWEL",
            "GIRFT-CES, CKS-LBP",
            RedFlag.BOWEL_CHANGE,
            "new loss of bowel control or feeling can mean the nerves at the base of the spine are"
                + " being squeezed (cauda equina syndrome), which must be checked in hospital"
                + " straight away"));
    r.add(
        flag(
            "RF-CES-SEXUAL",
            "GIRFT-CES",
            RedFlag.SEXUAL_DYSFUNCTION,
            "new numbness or loss of function during sex can mean the nerves at the base of the"
                + " spine are being squeezed (cauda equina syndrome), which must be checked in"
                + " hospital straight away"));
    r.add(
        rule(
            "RF-CES-BILATERAL",
            "GIRFT-CES, CKS-LBP",
            Kind.RED_FLAG,
            EMERGENCY,
            PatternRules::bothLegs,
            TriageRules::leg,
            "pain below the knee, numbness or weakness in both legs can mean the nerves at the"
                + " base of the spine are being squeezed, which must be checked in hospital"
                + " straight away"));
    r.add(
        graded(
            "RF-NEURO-PROGRESSIVE",
            "CKS-LBP, NHS-RF-2023",
            Kind.RED_FLAG,
            c ->
                !PatternRules.progressiveWeakness(c)
                    ? Optional.empty()
                    : Optional.of(
                        PatternRules.bothLegs(c) || PatternRules.anyCaudaEquina(c)
                            ? EMERGENCY
                            : URGENT),
            TriageRules::leg,
            "a leg getting weaker, or a foot that slaps down or catches, means a nerve is being"
                + " pressed harder and needs a doctor the same day (in both legs, or with any"
                + " change between the legs or in the bladder or bowels, straight away)"));
    // Exertional rhabdomyolysis: either answer alone.
    r.add(
        flag(
            "RF-RHABDO-URINE",
            "CDC-RHABDO, NYE-2021",
            RedFlag.DARK_URINE,
            "dark brown or cola-coloured urine after hard training can mean muscle is breaking"
                + " down into the blood (rhabdomyolysis), which can harm the kidneys; only a blood"
                + " test can tell, so it must be checked now"));
    r.add(
        flag(
            "RF-RHABDO-MUSCLE",
            "CDC-RHABDO, NYE-2021",
            RedFlag.MUSCLE_SWELLING_OR_EXTREME_WEAKNESS,
            "muscles that are swollen, rock-hard or far weaker or more painful than the session"
                + " explains can mean muscle is breaking down (rhabdomyolysis), which harms the"
                + " kidneys before the urine darkens; only a blood test can tell, so it must be"
                + " checked now"));
    r.add(
        rule(
            "RF-VASCULAR",
            "NG156",
            Kind.RED_FLAG,
            EMERGENCY,
            c -> c.flag(RedFlag.SUDDEN_TEARING_PAIN_OR_FAINT),
            c -> "redFlags.suddenTearingPainOrFaint=true, age=" + c.age(),
            "a sudden severe tearing pain, or feeling faint or collapsing, can come from a burst"
                + " or torn blood vessel and must be checked straight away"));
    // Cancer: a remote, "cured" cancer counts.
    r.add(
        rule(
            "RF-CANCER-NEURO",
            "NG234, CG75, DOWNIE-2013",
            Kind.RED_FLAG,
            EMERGENCY,
            c ->
                c.flag(RedFlag.CANCER_HISTORY)
                    && (PatternRules.neuroSign(c) || !c.canWalkNormally()),
            c ->
                "redFlags.cancerHistory=true, "
                    + leg(c)
                    + ", canWalkNormally="
                    + c.canWalkNormally(),
            "after cancer, back or leg pain with numbness, weakness, nerve pain down the leg or"
                + " trouble walking must be checked straight away for pressure on the spinal cord"));
    r.add(
        rule(
            "RF-CANCER",
            "NG234, CG75, DOWNIE-2013",
            Kind.RED_FLAG,
            URGENT,
            c -> c.flag(RedFlag.CANCER_HISTORY) && PatternRules.trunkPain(c),
            c -> "redFlags.cancerHistory=true, areas=" + areas(c),
            "new back pain after any cancer, even years ago, needs a doctor the same day to rule"
                + " out cancer in the spine"));
    r.add(
        flag(
            "RF-WEIGHT",
            "CKS-LBP",
            URGENT,
            RedFlag.UNEXPLAINED_WEIGHT_LOSS,
            "losing weight without trying, with pain in the back or body, needs a doctor to look"
                + " for the cause"));
    r.add(
        flag(
            "RF-NIGHT",
            "CKS-LBP",
            URGENT,
            RedFlag.CONSTANT_NIGHT_PAIN,
            "pain that is there all the time, even at night, and is not eased by rest or changing"
                + " position is not how strained muscles behave and needs a doctor"));
    // Infection.
    r.add(
        rule(
            "RF-INFECTION",
            "CKS-LBP, NHS-RF-2023",
            Kind.RED_FLAG,
            URGENT,
            TriageRules::infection,
            c ->
                "redFlags.fever=true, redFlags.infectionRisk="
                    + c.flag(RedFlag.INFECTION_RISK)
                    + ", easesWithMovement="
                    + c.easesWithMovement()
                    + ", redFlags.constantNightPain="
                    + c.flag(RedFlag.CONSTANT_NIGHT_PAIN),
            "a fever with back pain that rest and movement don't change, or with a weakened"
                + " immune system or a recent infection or operation, can mean an infection in the"
                + " spine"));
    r.add(
        rule(
            "RF-FEVER-MECH",
            "CKS-LBP, NHS-RF-2023",
            Kind.RED_FLAG,
            SEE_CLINICIAN,
            c -> c.flag(RedFlag.FEVER) && !infection(c),
            c -> "redFlags.fever=true, easesWithMovement=" + c.easesWithMovement(),
            "feeling feverish or unwell with the pain is worth a doctor's check, even though"
                + " movement eases it"));
    r.add(
        rule(
            "RF-IMMUNO",
            "CKS-LBP, NHS-RF-2023",
            Kind.RED_FLAG,
            SEE_CLINICIAN,
            c ->
                c.flag(RedFlag.INFECTION_RISK)
                    && !c.flag(RedFlag.FEVER)
                    && PatternRules.backPain(c),
            c -> "redFlags.infectionRisk=true, areas=" + areas(c),
            "back pain with a weakened immune system, injecting drugs or a recent infection,"
                + " operation or spinal injection is worth a doctor's check for infection"));
    // Fracture.
    r.add(
        flag(
            "RF-TRAUMA",
            "CKS-LBP, DOWNIE-2013",
            URGENT,
            RedFlag.MAJOR_TRAUMA,
            "pain that started with a fall, crash or heavy blow needs a doctor to check for a"
                + " broken bone"));
    r.add(
        graded(
            "RF-FRACTURE",
            "CKS-LBP, DOWNIE-2013, NHS-RF-2023",
            Kind.RED_FLAG,
            c ->
                !(c.flag(RedFlag.OSTEOPOROSIS_OR_STEROIDS) && PatternRules.backPain(c))
                    ? Optional.empty()
                    : Optional.of(
                        PatternRules.suddenOnset(c) || severeCentral(c) ? URGENT : SEE_CLINICIAN),
            c ->
                "redFlags.osteoporosisOrSteroids=true, areas="
                    + areas(c)
                    + ", suddenSharpOnset="
                    + c.suddenSharpOnset()
                    + ", onset="
                    + c.onset().wire()
                    + ", character="
                    + characters(c)
                    + ", side="
                    + c.side().wire()
                    + ", pain="
                    + c.pain(),
            "with thin bones or long use of steroid tablets, back pain can come from a small"
                + " fracture of the spine, even after a lift"));
    // Age.
    r.add(
        rule(
            "RF-AGE-NEW",
            "CKS-LBP",
            Kind.RED_FLAG,
            SEE_CLINICIAN,
            c ->
                c.age() > PatternRules.AGE_NEW_PAIN_OVER
                    && PatternRules.noClearCause(c)
                    && PatternRules.backPain(c),
            c ->
                "age="
                    + c.age()
                    + ", onset="
                    + c.onset().wire()
                    + ", hoursSinceTraining="
                    + (c.hoursSinceTraining().isPresent()
                        ? num(c.hoursSinceTraining().getAsDouble())
                        : "null")
                    + ", areas="
                    + areas(c),
            "new back pain without a clear cause after 50 is worth a clinician's look"));
    r.add(
        rule(
            "RF-AGE-OLD",
            "DOWNIE-2013",
            Kind.RED_FLAG,
            SEE_CLINICIAN,
            c -> c.age() >= PatternRules.AGE_OLD_FROM && PatternRules.backPain(c),
            c -> "age=" + c.age() + ", areas=" + areas(c),
            "from 70, back pain is worth a clinician's look whatever started it (a small fracture"
                + " of the spine becomes more likely)"));

    // Radicular pain (sciatica) in one leg.
    r.add(
        rule(
            "PAT-RADICULAR-REVIEW",
            "CKS-SCI, NHS-BRP",
            Kind.PATTERN,
            SEE_CLINICIAN,
            c -> PatternRules.oneLeg(c) && PatternRules.radicularNeedsReview(c),
            c ->
                leg(c)
                    + ", pain="
                    + c.pain()
                    + ", canWalkNormally="
                    + c.canWalkNormally()
                    + ", trend="
                    + c.trend().wire()
                    + ", daysSinceOnset="
                    + num(c.daysSinceOnset()),
            "nerve pain down one leg with numbness, weakness, severe pain, trouble walking, or"
                + " that is not getting better needs a GP or physiotherapist to examine the leg"));
    r.add(
        rule(
            "PAT-RADICULAR-MILD",
            "CKS-SCI, NHS-BRP",
            Kind.PATTERN,
            SELF_CARE,
            c ->
                PatternRules.oneLeg(c)
                    && !PatternRules.radicularNeedsReview(c)
                    && !PatternRules.progressiveWeakness(c),
            c -> leg(c) + ", pain=" + c.pain() + ", trend=" + c.trend().wire(),
            "mild nerve pain down one leg that is steady or easing usually settles with activity"));
    // Patterns without red flags.
    r.add(
        rule(
            "PAT-STRAIN",
            "NG59, ACP-2017",
            Kind.PATTERN,
            SELF_CARE,
            c -> PatternRules.classify(c) == Pattern.MUSCLE_STRAIN,
            c ->
                "onset="
                    + c.onset().wire()
                    + ", suddenSharpOnset="
                    + c.suddenSharpOnset()
                    + ", character="
                    + characters(c)
                    + ", no leg symptoms",
            "a sudden sharp pain at one moment of a lift, without leg symptoms, fits a strained"
                + " muscle"));
    r.add(
        rule(
            "PAT-BACK-OVERLOAD",
            "CHEUNG-2003, NG59",
            Kind.PATTERN,
            SELF_CARE,
            c -> PatternRules.classify(c) == Pattern.BACK_OVERLOAD,
            c ->
                "areas="
                    + areas(c)
                    + ", onset="
                    + c.onset().wire()
                    + hours(c)
                    + ", character="
                    + characters(c)
                    + ", easesWithMovement="
                    + c.easesWithMovement()
                    + ", no leg symptoms",
            "soreness centred in the lower back after deadlifts means the back did work the hips"
                + " and legs should do"));
    r.add(
        rule(
            "PAT-DOMS",
            "CHEUNG-2003",
            Kind.PATTERN,
            SELF_CARE,
            c -> PatternRules.classify(c) == Pattern.DOMS,
            c ->
                "onset="
                    + c.onset().wire()
                    + hours(c)
                    + ", areas="
                    + areas(c)
                    + ", character="
                    + characters(c)
                    + ", easesWithMovement="
                    + c.easesWithMovement(),
            "a dull ache in the worked muscles that builds in the day after training fits delayed"
                + " onset muscle soreness"));
    // Escalations without red flags.
    r.add(
        rule(
            "PAT-STRAIN-SLOW",
            "NG59, CKS-LBP",
            Kind.ESCALATION,
            SEE_CLINICIAN,
            c ->
                PatternRules.strainOnset(c)
                    && ((c.daysSinceOnset() >= PatternRules.STRAIN_NOT_IMPROVING_DAYS
                            && c.trend() != Trend.IMPROVING)
                        || (c.daysSinceOnset() >= PatternRules.STRAIN_WORSE_DAYS
                            && c.trend() == Trend.WORSE)),
            c -> "daysSinceOnset=" + num(c.daysSinceOnset()) + ", trend=" + c.trend().wire(),
            "a strain that is not improving after about two weeks, or is getting worse after a"
                + " week, needs a GP or physiotherapist"));
    r.add(
        rule(
            "PAT-SEVERE",
            "NG59, CKS-LBP",
            Kind.ESCALATION,
            SEE_CLINICIAN,
            c ->
                !c.canWalkNormally()
                    || (c.pain() >= PatternRules.SEVERE_PAIN
                        && !c.easesWithMovement()
                        && !PatternRules.domsPattern(c)),
            c ->
                "canWalkNormally="
                    + c.canWalkNormally()
                    + ", pain="
                    + c.pain()
                    + ", easesWithMovement="
                    + c.easesWithMovement(),
            "pain that stops you walking normally, or severe pain that movement does not ease,"
                + " needs a clinician to examine you"));
    r.add(
        rule(
            "PAT-DOMS-ATYPICAL",
            "CHEUNG-2003",
            Kind.ESCALATION,
            SEE_CLINICIAN,
            c ->
                PatternRules.domsCourse(c)
                    && (PatternRules.daysSinceTraining(c) > PatternRules.DOMS_GONE_BY_DAYS
                        || (c.trend() == Trend.WORSE
                            && PatternRules.daysSinceTraining(c)
                                >= PatternRules.DOMS_WORSE_AFTER_DAYS)),
            c ->
                "daysSinceOnset="
                    + num(c.daysSinceOnset())
                    + hours(c)
                    + ", trend="
                    + c.trend().wire(),
            "muscle soreness from training fades within 5–7 days and does not get worse after the"
                + " third day; this one does not follow that course"));
    r.add(
        rule(
            "PAT-PERSISTENT",
            "CKS-LBP, NG59",
            Kind.ESCALATION,
            SEE_CLINICIAN,
            c ->
                PatternRules.backPain(c)
                    && c.daysSinceOnset() >= PatternRules.NOT_IMPROVING_REVIEW_DAYS
                    && c.trend() != Trend.IMPROVING,
            c ->
                "areas="
                    + areas(c)
                    + ", daysSinceOnset="
                    + num(c.daysSinceOnset())
                    + ", trend="
                    + c.trend().wire(),
            "back pain that is no better after about four weeks needs a clinician to look for the"
                + " cause"));
    return List.copyOf(r);
  }

  /** RF-INFECTION: fever with an infection risk, or with pain movement and position don't ease. */
  static boolean infection(CheckIn c) {
    return c.flag(RedFlag.FEVER)
        && (c.flag(RedFlag.INFECTION_RISK)
            || !c.easesWithMovement()
            || c.flag(RedFlag.CONSTANT_NIGHT_PAIN));
  }

  /** RF-FRACTURE's "severe central pain": 7/10 or more across the middle of the back. */
  static boolean severeCentral(CheckIn c) {
    return c.pain() >= PatternRules.FRACTURE_SEVERE_PAIN
        && (c.side() == Side.CENTRAL || c.side() == Side.BOTH);
  }

  /** The rule with this id, from the table or {@link #NO_PATTERN}. */
  public static Optional<Rule> byId(String id) {
    if (NO_PATTERN.id().equals(id)) {
      return Optional.of(NO_PATTERN);
    }
    return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  private static Rule flag(String id, String sources, RedFlag f, String plain) {
    return flag(id, sources, EMERGENCY, f, plain);
  }

  private static Rule flag(String id, String sources, Disposition d, RedFlag f, String plain) {
    return rule(
        id,
        sources,
        Kind.RED_FLAG,
        d,
        c -> c.flag(f),
        c -> "redFlags." + f.field() + "=true",
        plain);
  }

  private static Rule rule(
      String id,
      String sources,
      Kind kind,
      Disposition d,
      Predicate<CheckIn> when,
      Function<CheckIn, String> evidence,
      String plain) {
    return graded(
        id, sources, kind, c -> when.test(c) ? Optional.of(d) : Optional.empty(), evidence, plain);
  }

  private static Rule graded(
      String id,
      String sources,
      Kind kind,
      Function<CheckIn, Optional<Disposition>> grade,
      Function<CheckIn, String> evidence,
      String plain) {
    return new Rule(id, sources, kind, grade, evidence, plain);
  }

  static String leg(CheckIn c) {
    return String.format(
        Locale.ROOT,
        "leg.sides=%s, leg.painBelowKnee=%s, leg.numbness=%s, leg.weakness=%s, leg.footDrop=%s",
        c.leg().sides().wire(),
        c.leg().painBelowKnee(),
        c.leg().numbness(),
        c.leg().weakness().wire(),
        c.leg().footDrop());
  }

  static String areas(CheckIn c) {
    return c.areas().stream().map(Area::wire).toList().toString();
  }

  static String characters(CheckIn c) {
    return c.character().stream().sorted().map(Character::wire).toList().toString();
  }

  private static String hours(CheckIn c) {
    return c.hoursSinceTraining().isPresent()
        ? ", hoursSinceTraining=" + num(c.hoursSinceTraining().getAsDouble())
        : "";
  }

  static String num(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
