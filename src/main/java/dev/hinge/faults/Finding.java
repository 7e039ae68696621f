package dev.hinge.faults;

import dev.hinge.reps.PhaseName;

/** What a rule found on one rep; {@link Fault#of} adds the code, its cue and cause. */
public record Finding(Severity severity, double confidence, PhaseName phase, Evidence evidence) {}
