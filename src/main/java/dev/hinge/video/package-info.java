/**
 * Video decoding: a streaming frame source over FFmpeg (JavaCV) that yields upright RGB frames with
 * their real presentation timestamps, one reusable buffer at a time, so memory stays flat however
 * long the video is.
 */
package dev.hinge.video;
