/**
 * The soreness check-in: validated answers ({@link dev.hinge.triage.CheckIn}), the triage rules
 * with their sources ({@link dev.hinge.triage.TriageRules}), the engine that picks the most
 * cautious disposition and the self-care plans. Pure Java: no I/O, no clock. Hinge does not
 * diagnose; it triages, following shared/clinical/FACTS.md.
 */
package dev.hinge.triage;
