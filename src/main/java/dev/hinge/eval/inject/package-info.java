/**
 * Faults injected at known physical sizes into real pose tracks of good reps, so that a rule with
 * few real positives still has its recall measured as a curve: hips rising early, the bar drifting
 * from mid-foot, leaning back at lockout, a faster floor break. Each injection is a small named
 * object that moves landmarks by its stated size (centimetres turned into pixels with the track's
 * own scale); the harness re-runs the analysis on the changed track and counts what the rule
 * flagged, and what it flagged on the untouched reps.
 */
package dev.hinge.eval.inject;
