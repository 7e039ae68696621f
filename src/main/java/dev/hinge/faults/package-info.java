/**
 * Per-rep form faults with their evidence: each rule names the metric it read, the value, the
 * threshold, the frames, a one-line cue and the seed cause (lifting too fast, too heavy, wrong
 * muscles, over-arching or rounding). Rules that the camera set-up cannot support are skipped and
 * said so, never guessed. Pure math, no I/O.
 */
package dev.hinge.faults;
