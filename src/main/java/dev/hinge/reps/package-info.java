/**
 * Finds the pulls in a set (dead-stop and touch-and-go), splits each into setup, floor→knee,
 * knee→lockout, lockout and descent, tells full from partial reps, and measures each rep. Walking
 * in and out is ignored because the feet must stay planted during a pull. Pure math, no I/O.
 */
package dev.hinge.reps;
