/**
 * Finds the pulls in a set (dead-stop and touch-and-go), splits each into setup, floor→knee,
 * knee→lockout, lockout and descent, tells full from partial and missed reps, and measures each
 * rep. {@link dev.hinge.reps.RepDetector} runs the steps, each a small class with its own constants
 * and unit test: {@code BarRange}, {@code CoarsePull}, {@code Walking}, {@code RampFit}, {@code
 * RestFit}, {@code FloorBreak}, {@code Lockout}, {@code Descent}, {@code TouchAndGo}, {@code
 * MissedPulls}, {@code RepBuilder}. Pure math, no I/O.
 */
package dev.hinge.reps;
