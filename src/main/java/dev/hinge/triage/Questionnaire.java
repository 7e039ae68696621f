package dev.hinge.triage;

import dev.hinge.triage.Vocabulary.RedFlag;
import dev.hinge.triage.Vocabulary.Wire;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The check-in's questions in the order they are asked, with their wording, the field of the
 * check-in JSON each answers, and the answers allowed. One source for the terminal interview and
 * the web form, so both ask every red-flag question in the same plain words.
 */
public final class Questionnaire {
  /** How a question is answered. */
  public enum Kind {
    /** A number in [min, max]; {@code nullable} adds a "none" answer (null). */
    NUMBER,
    /** One of {@code options}; {@code nullable} lets it be skipped (null). */
    CHOICE,
    /** Any of {@code options}; {@code min} 1 when at least one is needed. */
    MULTI,
    /** Yes, no or unsure (unsure counts as yes). */
    YES_NO
  }

  /**
   * One question. {@code field} is the path in the check-in JSON ({@code leg.numbness}, {@code
   * redFlags.fever}); {@code onlyIfLegSymptoms} marks the question asked only when a leg symptom
   * was reported (otherwise its answer is {@code none}).
   */
  public record Question(
      String field,
      String text,
      Kind kind,
      List<String> options,
      double min,
      double max,
      boolean integer,
      boolean nullable,
      boolean redFlag,
      boolean onlyIfLegSymptoms) {
    public Question {
      options = List.copyOf(options);
    }
  }

  private static final List<Question> QUESTIONS = build();

  private Questionnaire() {}

  public static List<Question> questions() {
    return QUESTIONS;
  }

  private static List<Question> build() {
    List<Question> q = new ArrayList<>();
    q.add(
        number(
            "age", "How old are you?", CheckInParser.MIN_AGE, CheckInParser.MAX_AGE, true, false));
    q.add(
        new Question(
            "sex",
            "Sex (optional)?",
            Kind.CHOICE,
            names(Vocabulary.Sex.values()),
            0,
            0,
            false,
            true,
            false,
            false));
    q.add(
        number(
            "hoursSinceTraining",
            "How many hours ago was your last training session?",
            0,
            24 * CheckInParser.LIFETIME_DAYS,
            false,
            true));
    q.add(choice("onset", "When did it start?", Vocabulary.Onset.values()));
    q.add(yesNo("suddenSharpOnset", "Did it start as a sudden sharp pain at one moment?", false));
    q.add(multi("areas", "Where does it hurt?", Vocabulary.Area.values(), true));
    q.add(choice("side", "Which side?", Vocabulary.Side.values()));
    q.add(
        number(
            "pain",
            "How bad is the worst pain now, from 0 (none) to 10 (worst imaginable)?",
            0,
            10,
            true,
            false));
    q.add(multi("character", "How does it feel?", Vocabulary.Character.values(), false));
    q.add(
        yesNo(
            "leg.painBelowKnee",
            "Does pain shoot or spread from your back or buttock down a leg, below the knee?",
            false));
    q.add(
        yesNo(
            "leg.numbness",
            "Is there numbness or reduced feeling in a leg or foot? (pins and needles alone: answer no here)",
            false));
    q.add(
        choice(
            "leg.weakness",
            "Is a leg weak: no (none), weak but not changing (stable), or getting weaker (worsening)?",
            Vocabulary.Weakness.values()));
    q.add(
        yesNo("leg.footDrop", "Does your foot slap down or catch your toes when you walk?", false));
    q.add(
        new Question(
            "leg.sides",
            "Are these leg symptoms in one leg, or in BOTH legs?",
            Kind.CHOICE,
            names(
                new Vocabulary.LegSides[] {
                  Vocabulary.LegSides.LEFT, Vocabulary.LegSides.RIGHT, Vocabulary.LegSides.BOTH
                }),
            0,
            0,
            false,
            false,
            false,
            true));
    for (RedFlag f : RedFlag.values()) {
      q.add(yesNo("redFlags." + f.field(), f.question(), true));
    }
    q.add(choice("trend", "Since it started, is it", Vocabulary.Trend.values()));
    q.add(
        number(
            "daysSinceOnset",
            "How many days since it started?",
            0,
            CheckInParser.LIFETIME_DAYS,
            false,
            false));
    q.add(yesNo("easesWithMovement", "Does gentle movement ease it?", false));
    q.add(yesNo("canWalkNormally", "Can you walk normally?", false));
    q.add(
        number(
            "previousEpisodes",
            "How many similar episodes have you had before?",
            0,
            1000,
            true,
            false));
    return List.copyOf(q);
  }

  private static Question number(
      String field, String text, double min, double max, boolean integer, boolean nullable) {
    return new Question(
        field, text, Kind.NUMBER, List.of(), min, max, integer, nullable, false, false);
  }

  private static <E extends Enum<E> & Wire> Question choice(String field, String text, E[] values) {
    return new Question(field, text, Kind.CHOICE, names(values), 0, 0, false, false, false, false);
  }

  private static <E extends Enum<E> & Wire> Question multi(
      String field, String text, E[] values, boolean nonEmpty) {
    return new Question(
        field, text, Kind.MULTI, names(values), nonEmpty ? 1 : 0, 0, false, false, false, false);
  }

  private static Question yesNo(String field, String text, boolean redFlag) {
    return new Question(field, text, Kind.YES_NO, List.of(), 0, 0, false, false, redFlag, false);
  }

  private static <E extends Enum<E> & Wire> List<String> names(E[] values) {
    return Arrays.stream(values).map(Wire::wire).toList();
  }
}
