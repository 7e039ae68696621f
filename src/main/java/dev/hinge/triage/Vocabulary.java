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
    UNCLEAR;

    /** One of the sheet's training patterns, with a self-care plan (FACTS.md (c)). */
    public boolean hasPlan() {
      return this != RED_FLAG && this != UNCLEAR;
    }
  }

  /**
   * The fourteen red-flag questions, in FACTS.md's plain words (table (b)); each is asked every
   * time and never answered for the user.
   */
  public enum RedFlag {
    SADDLE_NUMBNESS(
        "saddleNumbness",
        "Any new numbness, tingling or odd feeling between your legs, around your back passage or"
            + " genitals (where a bike saddle touches)?"),
    BLADDER_CHANGE(
        "bladderChange",
        "Any new trouble starting to pee, weak stream, not feeling a full bladder or the urine"
            + " passing, or leaking?"),
    BOWEL_CHANGE(
        "bowelChange",
        "Any new loss of control of your bowels or wind, or not feeling when your bowel is full?"),
    SEXUAL_DYSFUNCTION(
        "sexualDysfunction",
        "Any new numbness during sex, or new trouble with erection or ejaculation?"),
    DARK_URINE(
        "darkUrine", "Since training, has your urine been dark brown, tea- or cola-coloured?"),
    MUSCLE_SWELLING_OR_EXTREME_WEAKNESS(
        "muscleSwellingOrExtremeWeakness",
        "Are the muscles swollen, rock-hard, or so painful or weak you can hardly use them — far"
            + " beyond what this session should cause?"),
    FEVER("fever", "Temperature, shivers, sweats or feeling generally unwell?"),
    UNEXPLAINED_WEIGHT_LOSS(
        "unexplainedWeightLoss", "Have you lost weight recently without trying?"),
    CANCER_HISTORY("cancerHistory", "Have you ever had cancer (any type, even years ago)?"),
    CONSTANT_NIGHT_PAIN(
        "constantNightPain",
        "Is the pain there all the time, including at night, and NOT eased by lying still or"
            + " changing position?"),
    MAJOR_TRAUMA(
        "majorTrauma",
        "Did this start with a fall from a height, a crash, or a heavy blow — not just the lift?"),
    OSTEOPOROSIS_OR_STEROIDS(
        "osteoporosisOrSteroids",
        "Osteoporosis (thin bones), or steroid tablets for over 3 months?"),
    INFECTION_RISK(
        "infectionRisk",
        "Weakened immune system (steroid tablets, chemotherapy, biologics, HIV), injecting drugs,"
            + " or a recent infection, operation or spinal injection?"),
    SUDDEN_TEARING_PAIN_OR_FAINT(
        "suddenTearingPainOrFaint",
        "Did a sudden, severe, tearing or ripping pain start in your back or belly, or have you"
            + " felt faint, clammy or collapsed?");

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
