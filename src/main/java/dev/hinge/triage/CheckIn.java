package dev.hinge.triage;

import dev.hinge.triage.Vocabulary.Area;
import dev.hinge.triage.Vocabulary.Character;
import dev.hinge.triage.Vocabulary.LegSides;
import dev.hinge.triage.Vocabulary.Onset;
import dev.hinge.triage.Vocabulary.RedFlag;
import dev.hinge.triage.Vocabulary.Sex;
import dev.hinge.triage.Vocabulary.Side;
import dev.hinge.triage.Vocabulary.Trend;
import dev.hinge.triage.Vocabulary.Weakness;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One validated check-in (shared/clinical/CHECKIN-SCHEMA.md). Every red-flag question has an
 * explicit answer: a check-in without one cannot be built.
 */
public record CheckIn(
    int age,
    Optional<Sex> sex,
    OptionalDouble hoursSinceTraining,
    Onset onset,
    boolean suddenSharpOnset,
    List<Area> areas,
    Side side,
    int pain,
    Set<Character> character,
    Leg leg,
    Map<RedFlag, Boolean> redFlags,
    Trend trend,
    double daysSinceOnset,
    boolean easesWithMovement,
    boolean canWalkNormally,
    int previousEpisodes) {

  /** Leg symptoms: pain below the knee, numbness, weakness, foot drop, and which legs. */
  public record Leg(
      boolean painBelowKnee,
      LegSides sides,
      boolean numbness,
      Weakness weakness,
      boolean footDrop) {
    public boolean anySymptom() {
      return painBelowKnee || numbness || weakness != Weakness.NONE || footDrop;
    }
  }

  public CheckIn {
    areas = List.copyOf(areas);
    character = Set.copyOf(character);
    if (redFlags.size() != RedFlag.values().length) {
      throw new IllegalArgumentException(
          "every red-flag question needs an answer, got " + redFlags.keySet());
    }
    redFlags = java.util.Collections.unmodifiableMap(new EnumMap<>(redFlags));
  }

  public boolean flag(RedFlag f) {
    return redFlags.get(f);
  }

  public boolean anyRedFlag() {
    return redFlags.containsValue(Boolean.TRUE);
  }

  public boolean has(Area a) {
    return areas.contains(a);
  }

  public boolean has(Character c) {
    return character.contains(c);
  }
}
