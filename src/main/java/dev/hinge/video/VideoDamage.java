package dev.hinge.video;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * What was wrong with a video that still decoded: frames FFmpeg decoded with errors (concealed,
 * corrupt or undecodable packets), frames missing between the ones that came out, and an end before
 * the one the container promised (a file cut short).
 *
 * @param framesWithErrors frames decoded with errors, or packets that could not be decoded
 * @param firstErrorMs time of the first of them (NaN when none)
 * @param lastErrorMs time of the last of them (NaN when none)
 * @param framesMissing frames missing from the timeline where errors were seen
 * @param endedAtMs where the decodable video ended, when that is well before the container's end
 * @param expectedEndMs the container's duration, when {@code endedAtMs} is given
 */
public record VideoDamage(
    int framesWithErrors,
    double firstErrorMs,
    double lastErrorMs,
    int framesMissing,
    OptionalDouble endedAtMs,
    double expectedEndMs) {

  /** Whether anything was wrong. */
  public boolean any() {
    return framesWithErrors > 0 || framesMissing > 0 || endedAtMs.isPresent();
  }

  /** One sentence for the lifter: what was lost, where, and what it means for the analysis. */
  public String message() {
    StringBuilder b = new StringBuilder("the video is damaged: ");
    String sep = "";
    if (framesWithErrors > 0) {
      b.append(framesWithErrors)
          .append(framesWithErrors == 1 ? " frame" : " frames")
          .append(" decoded with errors");
      if (firstErrorMs == lastErrorMs) {
        b.append(String.format(Locale.ROOT, " at %.1f s", firstErrorMs / 1000));
      } else {
        b.append(
            String.format(
                Locale.ROOT,
                " between %.1f s and %.1f s",
                firstErrorMs / 1000,
                lastErrorMs / 1000));
      }
      sep = ", ";
    }
    if (framesMissing > 0) {
      b.append(sep).append(framesMissing).append(framesMissing == 1 ? " frame" : " frames");
      b.append(" missing");
      sep = ", ";
    }
    if (endedAtMs.isPresent()) {
      b.append(sep)
          .append(
              String.format(
                  Locale.ROOT,
                  "it stops at %.1f s of its %.1f s (the file is cut short)",
                  endedAtMs.getAsDouble() / 1000,
                  expectedEndMs / 1000));
    }
    b.append(
        "; the pose, bar speed and faults there may be wrong (film again or export the video"
            + " again if you can)");
    return b.toString();
  }
}
