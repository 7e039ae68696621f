/**
 * From image landmarks to a lifter's side-on motion in metres: jitter filtering without lag
 * (zero-phase), which side faces the camera, the view and framing check, pixel-to-metre scale,
 * joint and segment angles, and the hand path as the bar proxy. Pure math, no I/O.
 */
package dev.hinge.kinematics;
