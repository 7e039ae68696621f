package dev.hinge.faults;

import dev.hinge.reps.PhaseName;

/** What a rule found on one rep; the detector adds the rule's code, cue and cause. */
public record Finding(Severity severity, double confidence, PhaseName phase, Evidence evidence) {}
