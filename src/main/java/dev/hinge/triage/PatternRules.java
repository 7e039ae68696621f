package dev.hinge.triage;

import dev.hinge.triage.Vocabulary.Area;
import dev.hinge.triage.Vocabulary.Character;
import dev.hinge.triage.Vocabulary.Disposition;
import dev.hinge.triage.Vocabulary.LegSides;
import dev.hinge.triage.Vocabulary.Onset;
import dev.hinge.triage.Vocabulary.Pattern;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The likely pattern when no red flag fired (FACTS.md, "Patterns without red flags"): radicular
 * pain, acute strain, lower-back overload, DOMS; anything else is UNCLEAR and goes to a clinician.
 */
public final class PatternRules {
  private PatternRules() {}

  /** Muscles a deadlift works, where DOMS is expected. */
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

  private static final Set<Character> DULL =
      EnumSet.of(Character.ACHING, Character.STIFF, Character.TENDER);
  private static final Set<Character> NERVE =
      EnumSet.of(Character.SHOOTING, Character.TINGLING, Character.NUMB, Character.BURNING);

  static boolean radicularLike(CheckIn c) {
    return c.leg().sides() != LegSides.NONE
        && (c.leg().painBelowKnee() || c.leg().numbness() || hasAny(c, NERVE));
  }

  static boolean strainLike(CheckIn c) {
    return !radicularLike(c)
        && c.leg().sides() == LegSides.NONE
        && (c.suddenSharpOnset()
            || (c.onset() == Onset.DURING_LIFT
                && (c.has(Character.SHARP) || c.has(Character.STABBING))));
  }

  /** Delayed, dull soreness in worked muscles after a session, no leg symptoms. */
  static boolean domsLike(CheckIn c) {
    boolean timing =
        (c.onset() == Onset.AFTER_SESSION || c.onset() == Onset.WOKE_WITH_IT)
            && (c.hoursSinceTraining().isEmpty() || c.hoursSinceTraining().getAsDouble() <= 24 * 7);
    return timing
        && !c.suddenSharpOnset()
        && c.leg().sides() == LegSides.NONE
        && !c.leg().anySymptom()
        && WORKED.containsAll(c.areas())
        && DULL.containsAll(c.character());
  }

  /** Lower back is the only, or the first-named, sore place. */
  static boolean lowerBackDominant(CheckIn c) {
    return c.has(Area.LOWER_BACK) && (c.areas().size() == 1 || c.areas().get(0) == Area.LOWER_BACK);
  }

  private static boolean hasAny(CheckIn c, Set<Character> s) {
    for (Character ch : s) {
      if (c.has(ch)) {
        return true;
      }
    }
    return false;
  }

  /** The pattern rule that applies, with its id, sources, evidence and disposition. */
  record Match(
      Pattern pattern, String ruleId, String sources, String evidence, Disposition disposition) {}

  static Match classify(CheckIn c) {
    if (radicularLike(c)) {
      return new Match(
          Pattern.RADICULAR,
          "radicular.mild_stable",
          "CKS-SCI, NG59",
          "leg.sides="
              + c.leg().sides().wire()
              + ", leg.painBelowKnee="
              + c.leg().painBelowKnee()
              + ", leg.numbness="
              + c.leg().numbness()
              + ", character="
              + TriageRules.characters(c),
          Disposition.SELF_CARE);
    }
    if (strainLike(c)) {
      return new Match(
          Pattern.MUSCLE_STRAIN,
          "strain.acute",
          "NG59, CKS-LBP",
          "onset="
              + c.onset().wire()
              + ", suddenSharpOnset="
              + c.suddenSharpOnset()
              + ", character="
              + TriageRules.characters(c),
          Disposition.SELF_CARE);
    }
    if (domsLike(c) && lowerBackDominant(c)) {
      return new Match(
          Pattern.BACK_OVERLOAD,
          "back.overload",
          "seed, NG59",
          "areas="
              + TriageRules.areas(c)
              + ", onset="
              + c.onset().wire()
              + hours(c)
              + ", no leg symptoms",
          Disposition.SELF_CARE);
    }
    if (domsLike(c)) {
      return new Match(
          Pattern.DOMS,
          "doms.classic",
          "CHEUNG-2003",
          hours(c).replaceFirst("^, ", "")
              + (c.hoursSinceTraining().isPresent() ? ", " : "")
              + "areas="
              + TriageRules.areas(c)
              + ", character="
              + TriageRules.characters(c),
          Disposition.SELF_CARE);
    }
    return new Match(
        Pattern.UNCLEAR,
        "pattern.unclear",
        "NG59",
        "areas="
            + TriageRules.areas(c)
            + ", onset="
            + c.onset().wire()
            + ", character="
            + TriageRules.characters(c)
            + ": not the usual pattern of training soreness",
        Disposition.SEE_CLINICIAN);
  }

  private static String hours(CheckIn c) {
    return c.hoursSinceTraining().isPresent()
        ? String.format(
            Locale.ROOT,
            ", hoursSinceTraining=%s",
            TriageRules.num(c.hoursSinceTraining().getAsDouble()))
        : "";
  }
}
