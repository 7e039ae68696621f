package dev.hinge.eval;

import dev.hinge.faults.FaultCode;
import dev.hinge.faults.Severity;

/** One fault Hinge reported on one rep, with the confidence it gave. */
public record Finding(FaultCode code, Severity severity, double confidence) {}
