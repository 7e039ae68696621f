package dev.hinge.testing;

import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.VideoInfo;
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

  /**
   * The track with frames [{@code a}, {@code b}) played {@code times} times in a row, then the
   * rest: frames renumbered and retimed at the track's frame rate, no scene cut.
   */
  public static PoseTrack repeated(PoseTrack t, int a, int b, int times) {
    List<PoseFrame> in = t.frames();
    List<PoseFrame> order = new ArrayList<>(in.subList(0, a));
    for (int c = 0; c < times; c++) {
      order.addAll(in.subList(a, b));
    }
    order.addAll(in.subList(b, in.size()));
    double frameMs = 1000 / t.video().fps();
    List<PoseFrame> frames = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      PoseFrame f = order.get(i);
      frames.add(
          new PoseFrame(i, i * frameMs, f.presence(), f.image(), f.world(), f.back(), f.camera()));
    }
    return new PoseTrack(timed(t.video(), frames.size() * frameMs, List.of()), t.model(), frames);
  }

  /**
   * Track {@code a}, then track {@code b} (same frame rate and picture size), frames renumbered and
   * retimed: an edited video that cuts from one shot to another. The cut is recorded in the video's
   * description when {@code recordCut} (as Hinge's tracker does), not when false (as the official
   * solution does).
   */
  public static PoseTrack spliced(PoseTrack a, PoseTrack b, boolean recordCut) {
    double frameMs = 1000 / a.video().fps();
    List<PoseFrame> frames = new ArrayList<>();
    for (PoseTrack part : List.of(a, b)) {
      for (PoseFrame f : part.frames()) {
        int i = frames.size();
        frames.add(
            new PoseFrame(
                i, i * frameMs, f.presence(), f.image(), f.world(), f.back(), f.camera()));
      }
    }
    double cutMs = a.frames().size() * frameMs;
    return new PoseTrack(
        timed(a.video(), frames.size() * frameMs, recordCut ? List.of(cutMs) : List.of()),
        a.model(),
        frames);
  }

  /** The same track without the camera's roll: the analysis reads it against the picture. */
  public static PoseTrack unlevelled(PoseTrack t) {
    return withRoll(t, java.util.Optional.empty());
  }

  /** The same track with another camera roll. */
  public static PoseTrack withRoll(
      PoseTrack t, java.util.Optional<dev.hinge.video.CameraRoll.Estimate> roll) {
    return new PoseTrack(t.video().withRoll(roll), t.model(), t.frames());
  }

  /** The video's description with another duration and other scene cuts. */
  public static VideoInfo timed(VideoInfo v, double durationMs, List<Double> sceneCutsMs) {
    return new VideoInfo(
        v.name(),
        v.width(),
        v.height(),
        v.fps(),
        v.rotation(),
        durationMs,
        v.damage(),
        sceneCutsMs,
        v.roll());
  }
}
