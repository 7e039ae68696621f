/**
 * Lower-back load estimate: a planar link-segment model (de Leva 1996 segment parameters) giving
 * the extensor moment and compression at L5/S1, quasi-static plus inertial terms, with an honest
 * uncertainty. An estimate to compare reps and sessions, never a diagnosis. Pure math, no I/O.
 */
package dev.hinge.load;
