package dev.hinge.triage;

import dev.hinge.triage.Vocabulary.Disposition;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One triage rule: a stable id, the sources it rests on (FACTS.md's short names), the disposition
 * it calls for when it fires, whether it is a red flag, and the answers it quotes as evidence.
 */
public record Rule(
    String id,
    String sources,
    Disposition disposition,
    boolean redFlag,
    Predicate<CheckIn> when,
    Function<CheckIn, String> evidence) {}
