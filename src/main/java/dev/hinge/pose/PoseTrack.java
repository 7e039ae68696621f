package dev.hinge.pose;

import java.util.List;

/** A video's pose, frame by frame, in the {@code hinge.posetrack/1} contract. */
public record PoseTrack(VideoInfo video, ModelInfo model, List<PoseFrame> frames) {
  public static final String FORMAT = "hinge.posetrack/1";

  public PoseTrack {
    frames = List.copyOf(frames);
  }

  /** The index of the first frame at or after {@code tMs}; the frame count if there is none. */
  public int frameAt(double tMs) {
    for (int i = 0; i < frames.size(); i++) {
      if (frames.get(i).tMs() >= tMs - 1e-6) {
        return i;
      }
    }
    return frames.size();
  }

  public long framesWithPose() {
    return frames.stream().filter(PoseFrame::hasPose).count();
  }
}
