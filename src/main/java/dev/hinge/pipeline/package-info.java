/**
 * Wires the stages (video → pose → kinematics → reps → faults/load → report) into one run, and
 * reports progress. The CLI and the web app call the pipeline; they never call stages directly.
 */
package dev.hinge.pipeline;
