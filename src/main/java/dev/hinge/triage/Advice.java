package dev.hinge.triage;

import dev.hinge.triage.Vocabulary.Pattern;
import java.util.List;

/** The fixed advice texts (FACTS.md): what to do now, self-care plans, the safety net. */
public final class Advice {
  private Advice() {}

  public static final String EMERGENCY_NOW =
      "Call emergency services or go to an emergency department now. Do not train. Do not wait to see if it settles.";
  public static final String URGENT_NOW =
      "See a doctor today (same-day GP or urgent care). If it gets worse before then, treat it as an emergency.";
  public static final String CLINICIAN_SOON =
      "Book an appointment with a GP or physiotherapist in the coming days; keep moving gently meanwhile.";
  public static final String SAFETY_NET =
      "If new symptoms appear — numbness between the legs, problems passing urine or controlling the bowels, "
          + "weakness in the legs, dark urine — seek emergency care.";
  public static final String DISCLAIMER =
      "Hinge does not diagnose. This is triage and self-care guidance from published guidelines, not a medical "
          + "assessment; if you are worried, or unsure about any answer, contact a clinician.";
  public static final String NO_TRAINING = "Do not train until a clinician has seen you.";
  public static final String NO_NSAID_RHABDO =
      "Do not take anti-inflammatory painkillers (ibuprofen, naproxen, aspirin): with dark urine or severe "
          + "muscle breakdown they can harm the kidneys. Drink water.";
  public static final String PHARMACIST =
      "Ask a pharmacist whether an anti-inflammatory painkiller suits you — not if you have kidney disease, "
          + "stomach ulcers, are pregnant or take blood thinners.";
  public static final String STAY_ACTIVE =
      "Stay active and keep to your normal daily activities; avoid bed rest.";
  public static final String NOT_ADVISED =
      "Belts or corsets, foot orthotics, TENS and ultrasound are not recommended for low back pain.";

  /** Self-care steps per pattern, in order. */
  public static List<String> selfCare(Pattern p) {
    return switch (p) {
      case DOMS ->
          List.of(
              "This looks like delayed onset muscle soreness: expect it to ease over 3–5 days.",
              STAY_ACTIVE,
              "Light movement helps: walking, gentle mobility and stretching, a warm-up before moving more; sleep and eat well.",
              "Train other movement patterns meanwhile; resume deadlifts when the soreness has mostly gone, lighter first.");
      case BACK_OVERLOAD ->
          List.of(
              "This looks like lower-back overload: the back did work the hips and legs should have done. Most settle over days.",
              STAY_ACTIVE,
              "Heat and gentle movement ease it. No deadlifts until daily activities are pain-free.",
              "Return in steps: hip hinge with a dowel → light Romanian deadlift → light deadlift at about 50 % of the "
                  + "previous load, adding load over 2–4 sessions if pain stays at 2/10 or less during and the next day.",
              "Fix the form fault behind it before adding load again (film the set side-on and run hinge analyze).");
      case MUSCLE_STRAIN ->
          List.of(
              "This looks like an acute muscle strain: most improve over days to a few weeks.",
              STAY_ACTIVE,
              "Heat and gentle movement ease it. No deadlifts until daily activities are pain-free.",
              "Return in steps: hip hinge with a dowel → light Romanian deadlift → light deadlift at about 50 % of the "
                  + "previous load, adding load over 2–4 sessions if pain stays at 2/10 or less during and the next day.",
              "See a GP or physiotherapist if you cannot walk normally, it is not improving after 1–2 weeks, or it keeps coming back.");
      case RADICULAR ->
          List.of(
              "This looks like mild sciatica (nerve pain down one leg). It often settles over weeks.",
              STAY_ACTIVE,
              "Avoid heavy hinging and loaded spinal flexion until the leg symptoms settle; walking and gentle movement help.",
              "See a GP or physiotherapist if it is severe, the numbness or weakness stays, or it is not better in about 4 weeks; "
                  + "see a doctor the same day if the leg gets weaker or the foot starts to slap or catch.");
      case RED_FLAG, UNCLEAR -> List.of(STAY_ACTIVE);
    };
  }

  /** Form cue for a fault code found in an analysed set. */
  static String cueFor(String code) {
    return switch (code) {
      case "HIPS_SHOOT_UP" ->
          "push the floor away with your legs so hips and shoulders rise together";
      case "ROUNDED_BACK" ->
          "brace and keep your chest up so the back stays flat from setup to lockout";
      case "OVER_ARCHED_BACK", "LOCKOUT_HYPEREXTENSION" ->
          "finish tall with glutes, do not lean back or over-arch";
      case "BAR_DRIFT" -> "keep the bar against your legs, over the middle of the foot";
      case "JERKING_THE_BAR" -> "pull the slack out of the bar before it leaves the floor";
      case "TOO_HEAVY" -> "take weight off: the reps were slowing towards failure";
      case "SQUATTING_THE_DEADLIFT" -> "start with hips higher: hinge, don't squat the bar up";
      case "HEAD_POSITION" -> "keep your neck in line with your back";
      default -> "review the analysed set's cues";
    };
  }
}
