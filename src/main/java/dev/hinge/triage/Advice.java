package dev.hinge.triage;

import dev.hinge.faults.FaultCode;
import dev.hinge.triage.Vocabulary.Pattern;
import java.util.List;

/**
 * The fixed advice texts (FACTS.md (a) and (c)): the first line of each disposition, what each must
 * also say, the self-care plans, the return ladder and the safety net. Worded as "fits the pattern
 * of", never as a diagnosis; no imaging, no training through leg symptoms.
 */
public final class Advice {
  private Advice() {}

  /** EMERGENCY's first line. */
  public static final String EMERGENCY_NOW =
      "Call 999/112 (your local emergency number) or go to A&E (the emergency department) now.";

  /** URGENT's first line. */
  public static final String URGENT_NOW =
      "See a doctor today (a same-day GP appointment, NHS 111 or urgent care).";

  /** SEE_CLINICIAN's first line. */
  public static final String CLINICIAN_SOON =
      "Book a GP or physiotherapist appointment in the next few days.";

  public static final String EMERGENCY_DONT_WAIT =
      "Don't train, and don't wait to see if it settles. Don't drive yourself if you feel faint or"
          + " weak: ask someone to take you, or call an ambulance.";

  public static final String URGENT_NO_LIFTING =
      "No lifting or training until a doctor has seen you.";

  public static final String URGENT_ESCALATE =
      "If numbness between the legs, trouble passing or holding urine or stools, weakness in both"
          + " legs, dark urine, a sudden tearing pain or fainting appears before then, go to A&E or"
          + " call 999/112.";

  public static final String CLINICIAN_MEANWHILE =
      "Meanwhile keep gently active (walking, normal daily activities; no bed rest) and pause the"
          + " lift that brought it on until you have been seen.";

  /** FACTS.md (a): the safety net every result ends with. */
  public static final String SAFETY_NET =
      "Get emergency care now (999/112 or A&E) if any of these appear: new numbness between the"
          + " legs or around the back passage or genitals; new trouble passing or holding urine or"
          + " stools; new numbness during sex; leg weakness that gets worse, or symptoms in both"
          + " legs; dark brown or cola-coloured urine; a sudden severe tearing pain, or fainting.";

  public static final String DISCLAIMER =
      "Hinge does not diagnose. This is triage and self-care guidance from published guidelines,"
          + " not a medical assessment; if you are worried, or unsure about any answer, contact a"
          + " clinician.";

  /** NICE NG59's painkiller advice, with the exclusions the check-in does not ask about. */
  public static final String PHARMACIST =
      "Painkillers: ask a pharmacist whether an anti-inflammatory suits you (lowest dose, shortest"
          + " time) — not if you have kidney disease, a stomach ulcer or bleeding, take blood"
          + " thinners, are pregnant, or have asthma that anti-inflammatories make worse.";

  public static final String STAY_ACTIVE =
      "Stay active and keep to your normal daily activities; avoid bed rest. Most back and muscle"
          + " pain settles with time.";

  public static final String HEAT = "Heat (a hot-water bottle or heat pack) eases acute back pain.";

  /** DOMS's active recovery (FACTS.md (c)), which back overload shares ("as DOMS"). */
  static final String MOVE_EASY =
      "Walking, easy cycling and light mobility help, with sleep, food and fluids.";

  public static final String NOT_ADVISED =
      "Belts or corsets, foot orthotics, TENS and ultrasound are not recommended for low back"
          + " pain.";

  /** FACTS.md (c): the return ladder. */
  public static final String RETURN_LADDER =
      "Return in steps, taking the next only when the last stayed at 2/10 or less during it and"
          + " the next morning: pain-free walking → hip hinge with a dowel → light Romanian or"
          + " kettlebell deadlift → deadlift at about 50 % of your previous working weight → add"
          + " about 10 % a session, filming a set to check the fault.";

  /** SELF_CARE's first line: "This fits [pattern]; here is a plan." */
  public static String selfCareFirstLine(Pattern p) {
    return "This fits the pattern of " + patternName(p) + "; here is a plan.";
  }

  /** The pattern in plain words, never stated as a diagnosis. */
  public static String patternName(Pattern p) {
    return switch (p) {
      case DOMS -> "delayed onset muscle soreness (DOMS)";
      case BACK_OVERLOAD -> "lower-back overload (the back did work the hips and legs should do)";
      case MUSCLE_STRAIN -> "a strained muscle";
      case RADICULAR -> "mild sciatica (nerve pain down one leg)";
      case RED_FLAG -> "a warning sign that needs a doctor";
      case UNCLEAR -> "none of the usual training soreness patterns";
    };
  }

  /** The plan of FACTS.md (c) for a pattern, after the first line, before re-check and net. */
  public static List<String> plan(Pattern p) {
    return switch (p) {
      case DOMS ->
          List.of(
              "Expected course: it peaks in the first 1–3 days and fades over days, gone by 5–7.",
              STAY_ACTIVE,
              HEAT + " " + MOVE_EASY,
              "Train other movement patterns meanwhile; deadlift again at about 60–70 % of your"
                  + " working weight once the soreness has mostly gone (sore muscles lose range"
                  + " and force, so rushing back risks injury).");
      case BACK_OVERLOAD ->
          List.of(
              "Expected course: like muscle soreness, it eases over days.",
              STAY_ACTIVE,
              HEAT + " " + MOVE_EASY,
              "No heavy hinging (deadlifts, good mornings, heavy rows) until daily movement is"
                  + " pain-free; train other movement patterns meanwhile.",
              RETURN_LADDER);
      case MUSCLE_STRAIN ->
          List.of(
              "Expected course: most strains ease over days to a couple of weeks.",
              STAY_ACTIVE,
              HEAT + " Walk, and move within the range that does not hurt.",
              "No heavy lifting yet.",
              RETURN_LADDER,
              "See a GP or physiotherapist if it is not clearly better within 1–2 weeks.");
      case RADICULAR ->
          List.of(
              "Expected course: it often settles over weeks.",
              STAY_ACTIVE + " Break up long spells of sitting.",
              HEAT,
              "No heavy hinging (deadlifts, good mornings) while the leg symptoms last; never"
                  + " train through leg numbness or weakness.",
              "See a GP or physiotherapist if it is not improving by about 4 weeks, or sooner if"
                  + " it becomes severe or numbness or weakness appears.");
      case RED_FLAG, UNCLEAR -> List.of();
    };
  }

  /**
   * What to watch for when a red-flag answer was "yes" but its row did not apply to this story
   * (e.g. cancer in the past, but no back pain now): the answer is never ignored.
   */
  static String watchFor(Vocabulary.RedFlag f) {
    return switch (f) {
      case CANCER_HISTORY ->
          "You have had cancer: if back or belly pain starts, or this does not fade as expected, see"
              + " a doctor the same day.";
      case OSTEOPOROSIS_OR_STEROIDS ->
          "With osteoporosis or long steroid use, new back pain needs a clinician: see a GP if it"
              + " starts.";
      case INFECTION_RISK ->
          "With a weakened immune system or a recent infection or operation, see a doctor the same"
              + " day if you get a fever or new back pain.";
      default -> "";
    };
  }

  /**
   * The cue for a fault code found in an analysed set: the fault rule's own cue (written once, in
   * {@code faults}); a code this version does not know (an older journal entry) gets a pointer to
   * the analysed set instead.
   */
  static String cueFor(String code) {
    return FaultCode.named(code).map(FaultCode::cue).orElse("see the analysed set's cues");
  }
}
