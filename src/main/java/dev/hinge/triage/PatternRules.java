package dev.hinge.triage;

import dev.hinge.triage.Vocabulary.Area;
import dev.hinge.triage.Vocabulary.Character;
import dev.hinge.triage.Vocabulary.LegSides;
import dev.hinge.triage.Vocabulary.Onset;
import dev.hinge.triage.Vocabulary.Pattern;
import dev.hinge.triage.Vocabulary.RedFlag;
import dev.hinge.triage.Vocabulary.Trend;
import dev.hinge.triage.Vocabulary.Weakness;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a check-in's story looks like, in the terms FACTS.md's rows use: back pain, leg symptoms in
 * one or both legs, a strain's sudden moment, a DOMS-like course, and the likely pattern (radicular
 * pain, strain, lower-back overload, DOMS, or none of them). The rule table ({@link TriageRules})
 * reads these; the numbers here are the sheet's.
 */
public final class PatternRules {
  private PatternRules() {}

  /** Muscles a deadlift works, where DOMS is expected (FACTS.md PAT-DOMS, plus the back). */
  static final Set<Area> WORKED =
      EnumSet.of(
          Area.HAMSTRINGS,
          Area.GLUTES,
          Area.QUADS,
          Area.UPPER_BACK,
          Area.HIPS,
          Area.GROIN,
          Area.CALVES,
          Area.LOWER_BACK);

  /** DOMS feels like this: "diffuse ache, stiffness, tenderness". */
  static final Set<Character> DULL =
      EnumSet.of(Character.ACHING, Character.STIFF, Character.TENDER);

  /** DOMS peaks at 24–72 h and is gone by 5–7 days [CHEUNG-2003]. */
  static final double DOMS_GONE_BY_DAYS = 7;

  /** "7–8/10 doesn't change this" (PAT-DOMS): above 8 the story is no longer plain DOMS. */
  static final int DOMS_MAX_PAIN = 8;

  /** DOMS "builds over the first day": symptoms that began later than this are not from it. */
  static final double DOMS_LATEST_START_HOURS = 48;

  /** Symptom start a day before the session is rounding in the answers, not another story. */
  static final double DOMS_EARLIEST_START_HOURS = -24;

  /** PAT-RADICULAR-MILD is "≤ 6/10"; 7 and more is PAT-RADICULAR-REVIEW. */
  static final int RADICULAR_REVIEW_PAIN = 7;

  /** "Not improving by ~4 weeks" (PAT-RADICULAR-REVIEW, PAT-PERSISTENT). */
  static final double NOT_IMPROVING_REVIEW_DAYS = 28;

  /** PAT-STRAIN-SLOW: "not improving by ~14 days, or worse after ≥ 7 days". */
  static final double STRAIN_NOT_IMPROVING_DAYS = 14;

  static final double STRAIN_WORSE_DAYS = 7;

  /** PAT-DOMS-ATYPICAL: "worse after day 3". */
  static final double DOMS_WORSE_AFTER_DAYS = 3;

  /** PAT-SEVERE: "≥ 8/10 not eased by movement". */
  static final int SEVERE_PAIN = 8;

  /** RF-FRACTURE: "severe central pain". */
  static final int FRACTURE_SEVERE_PAIN = 7;

  /** RF-AGE-NEW: "age > 50" without a clear trigger; RF-AGE-OLD: "age ≥ 70", any trigger. */
  static final int AGE_NEW_PAIN_OVER = 50;

  static final int AGE_OLD_FROM = 70;

  /** "Back pain" in FACTS.md = lower_back or upper_back (CHECKIN-SCHEMA.md, areas). */
  static boolean backPain(CheckIn c) {
    return c.has(Area.LOWER_BACK) || c.has(Area.UPPER_BACK);
  }

  /** The cancer rule's "back/trunk pain": the back, or the belly. */
  static boolean trunkPain(CheckIn c) {
    return backPain(c) || c.has(Area.ABDOMEN);
  }

  static boolean anyCaudaEquina(CheckIn c) {
    for (RedFlag f : RedFlag.values()) {
      if (f.caudaEquina() && c.flag(f)) {
        return true;
      }
    }
    return false;
  }

  static boolean bothLegs(CheckIn c) {
    return c.leg().sides() == LegSides.BOTH && c.leg().anySymptom();
  }

  /** Any leg symptom in one leg: the radicular pattern (sciatica). */
  static boolean oneLeg(CheckIn c) {
    return c.leg().anySymptom()
        && (c.leg().sides() == LegSides.LEFT || c.leg().sides() == LegSides.RIGHT);
  }

  static boolean progressiveWeakness(CheckIn c) {
    return c.leg().weakness() == Weakness.WORSENING || c.leg().footDrop();
  }

  /** Any sign that a nerve is involved: the RF-CANCER-NEURO list. */
  static boolean neuroSign(CheckIn c) {
    return c.leg().painBelowKnee()
        || numbness(c)
        || c.leg().weakness() != Weakness.NONE
        || c.leg().footDrop()
        || anyCaudaEquina(c);
  }

  /**
   * A sudden onset: the answer says so, or a sharp or stabbing pain came on during a lift (the
   * moment a strain, or with thin bones a fracture, starts: PAT-STRAIN, RF-FRACTURE).
   */
  static boolean suddenOnset(CheckIn c) {
    return c.suddenSharpOnset()
        || (c.onset() == Onset.DURING_LIFT
            && (c.has(Character.SHARP) || c.has(Character.STABBING)));
  }

  /**
   * "A sudden sharp pain at one moment of a lift" (PAT-STRAIN): a sudden onset during a lift. A
   * sudden pain that came with no lift (woke with it, no clear trigger, after the session) is not
   * this row's story, so no pattern fits and a clinician looks (the more cautious reading).
   */
  static boolean strainOnset(CheckIn c) {
    return suddenOnset(c) && c.onset() == Onset.DURING_LIFT;
  }

  /** Days since the session, or since the symptoms began, whichever is longer. */
  static double daysSinceTraining(CheckIn c) {
    double days = c.daysSinceOnset();
    return c.hoursSinceTraining().isPresent()
        ? Math.max(days, c.hoursSinceTraining().getAsDouble() / 24)
        : days;
  }

  /**
   * A DOMS-like course, whatever the legs say: dull soreness of worked muscles that came with or
   * after a session, without a sudden moment, and began within the first day or two.
   */
  static boolean domsCourse(CheckIn c) {
    boolean afterTraining =
        c.onset() == Onset.AFTER_SESSION
            || c.onset() == Onset.WOKE_WITH_IT
            || c.onset() == Onset.DURING_LIFT;
    boolean startedWithin = true;
    if (c.hoursSinceTraining().isPresent()) {
      double delay = c.hoursSinceTraining().getAsDouble() - 24 * c.daysSinceOnset();
      startedWithin = delay >= DOMS_EARLIEST_START_HOURS && delay <= DOMS_LATEST_START_HOURS;
    }
    return afterTraining
        && startedWithin
        && !c.suddenSharpOnset()
        && WORKED.containsAll(c.areas())
        && DULL.containsAll(c.character());
  }

  /**
   * PAT-DOMS and PAT-BACK-OVERLOAD: a DOMS-like course, eased by moving (the sheet's own words for
   * DOMS: a soreness that moving does not ease is not its character, so it is not read as DOMS and
   * PAT-SEVERE can fire on it), no leg symptom, up to 8/10.
   */
  static boolean domsPattern(CheckIn c) {
    return domsCourse(c)
        && c.easesWithMovement()
        && !c.leg().anySymptom()
        && c.pain() <= DOMS_MAX_PAIN;
  }

  /** PAT-STRAIN: a strain's moment, no leg symptom. */
  static boolean strainPattern(CheckIn c) {
    return strainOnset(c) && !c.leg().anySymptom();
  }

  /**
   * The lower back is among the sore places. PAT-BACK-OVERLOAD's "centred on the lower back" is
   * read the cautious way: after a deadlift a sore lower back, alone or with the hamstrings and
   * glutes, gets the form warning (the order the places were named in carries no meaning).
   */
  static boolean lowerBackSore(CheckIn c) {
    return c.has(Area.LOWER_BACK);
  }

  /**
   * RF-AGE-NEW's "new pain without a cause" (CKS): no clear trigger, or woke with it when no
   * session is linked (waking with it the morning after training has the session for a cause).
   */
  static boolean noClearCause(CheckIn c) {
    return c.onset() == Onset.NO_CLEAR_TRIGGER
        || (c.onset() == Onset.WOKE_WITH_IT && c.hoursSinceTraining().isEmpty());
  }

  /** Numbness reported in the leg answers or as the pain's character. */
  static boolean numbness(CheckIn c) {
    return c.leg().numbness() || c.has(Character.NUMB);
  }

  /** PAT-RADICULAR-REVIEW's list: what takes sciatica past self-care. */
  static boolean radicularNeedsReview(CheckIn c) {
    return numbness(c)
        || c.leg().weakness() == Weakness.STABLE
        || c.pain() >= RADICULAR_REVIEW_PAIN
        || !c.canWalkNormally()
        || c.trend() == Trend.WORSE
        || (c.daysSinceOnset() >= NOT_IMPROVING_REVIEW_DAYS && c.trend() != Trend.IMPROVING);
  }

  /** The pattern the soreness fits, the first that applies in the sheet's order. */
  static Pattern classify(CheckIn c) {
    if (oneLeg(c)) {
      return Pattern.RADICULAR;
    }
    if (c.leg().anySymptom()) {
      return Pattern.UNCLEAR; // both legs: a red flag decides, never a pattern
    }
    if (strainPattern(c)) {
      return Pattern.MUSCLE_STRAIN;
    }
    if (domsPattern(c)) {
      return lowerBackSore(c) ? Pattern.BACK_OVERLOAD : Pattern.DOMS;
    }
    return Pattern.UNCLEAR;
  }
}
