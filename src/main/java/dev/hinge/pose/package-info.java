/**
 * The pose track: 33 BlazePose landmarks per frame in image and world coordinates, the contract
 * {@code hinge.posetrack/1} between perception and analysis, and (once built) the BlazePose
 * pipeline that produces it.
 */
package dev.hinge.pose;
