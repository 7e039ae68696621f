package dev.hinge.triage;

import java.util.Locale;

/** The fixed answer vocabularies of the check-in schema; JSON names are lower snake case. */
public final class Vocabulary {
  private Vocabulary() {}

  /** An enum whose JSON name is its lower-case name. */
  public interface Wire {
    String name();

    default String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public enum Sex implements Wire {
    FEMALE,
    MALE,
    OTHER
  }

  public enum Onset implements Wire {
    DURING_LIFT,
    AFTER_SESSION,
    WOKE_WITH_IT,
    NO_CLEAR_TRIGGER
  }

  public enum Area implements Wire {
    LOWER_BACK,
    UPPER_BACK,
    GLUTES,
    HAMSTRINGS,
    QUADS,
    HIPS,
    GROIN,
    CALVES,
    LEG_BELOW_KNEE,
    ABDOMEN
  }

  public enum Side implements Wire {
    CENTRAL,
    LEFT,
    RIGHT,
    BOTH
  }

  public enum Character implements Wire {
    ACHING,
    STIFF,
    TENDER,
    SHARP,
    STABBING,
    BURNING,
    SHOOTING,
    TINGLING,
    NUMB,
    TEARING
  }

  public enum LegSides implements Wire {
    NONE,
    LEFT,
    RIGHT,
    BOTH
  }

  public enum Weakness implements Wire {
    NONE,
    STABLE,
    WORSENING
  }

  public enum Trend implements Wire {
    IMPROVING,
    SAME,
    WORSE
  }

  /** The four answers, from least to most cautious. */
  public enum Disposition {
    SELF_CARE,
    SEE_CLINICIAN,
    URGENT,
    EMERGENCY
  }

  public enum Pattern {
    DOMS,
    BACK_OVERLOAD,
    MUSCLE_STRAIN,
    RADICULAR,
    RED_FLAG,
    UNCLEAR
  }

  /** The fourteen red-flag questions, with FACTS.md's plain-language wording. */
  public enum RedFlag {
    SADDLE_NUMBNESS(
        "saddleNumbness",
        "Is there any new numbness or tingling between your legs, around your bottom or genitals (where you would sit on a saddle)?"),
    BLADDER_CHANGE(
        "bladderChange",
        "Any new difficulty starting to pee, a weak stream, not feeling when your bladder is full, or leaking urine?"),
    BOWEL_CHANGE(
        "bowelChange",
        "Any new loss of control of your bowels, or not feeling when you need to go?"),
    SEXUAL_DYSFUNCTION("sexualDysfunction", "Any new loss of sensation or function during sex?"),
    DARK_URINE("darkUrine", "Is your urine dark brown, cola- or tea-coloured since training?"),
    MUSCLE_SWELLING_OR_EXTREME_WEAKNESS(
        "muscleSwellingOrExtremeWeakness",
        "Are the muscles extremely painful, swollen, tight or so weak that you can hardly use them — far more than the session should cause?"),
    FEVER("fever", "Do you have a fever or feel generally unwell (chills, sweats)?"),
    UNEXPLAINED_WEIGHT_LOSS(
        "unexplainedWeightLoss", "Have you lost weight recently without trying?"),
    CANCER_HISTORY("cancerHistory", "Have you ever been treated for cancer?"),
    CONSTANT_NIGHT_PAIN(
        "constantNightPain",
        "Is the pain constant, even at night, and not eased by lying still or changing position?"),
    MAJOR_TRAUMA(
        "majorTrauma",
        "Did the pain start with a fall, crash or heavy impact — not just the lift?"),
    OSTEOPOROSIS_OR_STEROIDS(
        "osteoporosisOrSteroids",
        "Do you have osteoporosis, or have you taken steroid tablets for more than three months?"),
    INFECTION_RISK(
        "infectionRisk",
        "Do you have a weakened immune system (for example steroids, chemotherapy, HIV), inject drugs, or have you had a recent infection or spinal procedure?"),
    SUDDEN_TEARING_PAIN_OR_FAINT(
        "suddenTearingPainOrFaint",
        "Did a sudden, severe, tearing pain start in your back or belly, or have you felt faint, sweaty or collapsed?");

    private final String field;
    private final String question;

    RedFlag(String field, String question) {
      this.field = field;
      this.question = question;
    }

    public String field() {
      return field;
    }

    public String question() {
      return question;
    }

    public boolean caudaEquina() {
      return this == SADDLE_NUMBNESS
          || this == BLADDER_CHANGE
          || this == BOWEL_CHANGE
          || this == SEXUAL_DYSFUNCTION;
    }
  }
}
