package dev.hinge.pose;

import java.util.List;

/** A video's pose, frame by frame, in the {@code hinge.posetrack/1} contract. */
public record PoseTrack(VideoInfo video, ModelInfo model, List<PoseFrame> frames) {
  public static final String FORMAT = "hinge.posetrack/1";

  public PoseTrack {
    frames = List.copyOf(frames);
  }

  public long framesWithPose() {
    return frames.stream().filter(PoseFrame::hasPose).count();
  }
}
