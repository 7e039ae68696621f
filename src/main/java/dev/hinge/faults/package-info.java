/**
 * Per-rep form faults with their evidence. Each rule is a {@link dev.hinge.faults.FaultRule}: one
 * class with its thresholds, cue and cause, what the camera must show and when a rep cannot be
 * judged, registered once in {@link dev.hinge.faults.FaultCode}; {@link
 * dev.hinge.faults.FaultDetector} runs them in that order. Rules read the rep's named metrics and
 * say which metric they read, the value, the threshold and the frames. Rules the camera set-up
 * cannot support are skipped and said so, never guessed. Pure math, no I/O.
 */
package dev.hinge.faults;
