package dev.hinge.testing;

import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import java.util.ArrayList;
import java.util.List;

/** Pose tracks edited for a test: the model's output as it would read on a harder clip. */
public final class TrackEdits {
  private TrackEdits() {}

  /** The track with no pose on frames [{@code a}, {@code b}] (the detector found no one there). */
  public static PoseTrack withoutPose(PoseTrack t, int a, int b) {
    List<PoseFrame> frames = new ArrayList<>();
    for (PoseFrame f : t.frames()) {
      frames.add(
          f.index() < a || f.index() > b
              ? f
              : new PoseFrame(f.index(), f.tMs(), 0, List.of(), List.of(), f.back()));
    }
    return new PoseTrack(t.video(), t.model(), frames);
  }
}
