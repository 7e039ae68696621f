package dev.hinge.pose;

import dev.hinge.core.HingeException;
import dev.hinge.core.ProgressListener;
import dev.hinge.pose.model.ModelStore;
import dev.hinge.pose.model.PoseModel;
import dev.hinge.pose.runtime.InferenceBudget;
import dev.hinge.pose.runtime.InferenceRuntime;
import dev.hinge.pose.runtime.TensorModel;
import dev.hinge.video.CameraMotion;
import dev.hinge.video.CameraRoll;
import dev.hinge.video.FfmpegFrameSource;
import dev.hinge.video.Frame;
import dev.hinge.video.SceneCutDetector;
import dev.hinge.video.VideoMetadata;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A video becomes a pose track: frames are decoded on one thread while the pose models run on this
 * one. Frames are handed to a consumer one by one, so a caller that streams them to a file keeps
 * memory flat; {@link #track} collects them for callers that want the whole track.
 */
public final class VideoPoseTracker {
  private final ModelStore store;
  private final InferenceRuntime runtime;

  public VideoPoseTracker(ModelStore store, InferenceRuntime runtime) {
    this.store = store;
    this.runtime = runtime;
  }

  /** What one run did, for the terminal summary and the benchmark. */
  public record Summary(
      VideoInfo video,
      ModelInfo model,
      int frames,
      int framesWithPose,
      double meanPresence,
      double seconds,
      long detectorRuns,
      double detectorMsMean,
      double landmarkMsMean,
      double backMsMean,
      double cameraMsMean,
      String runtime) {
    public double fps() {
      return seconds > 0 ? frames / seconds : 0;
    }
  }

  public PoseTrack track(Path video, PoseOptions options, ProgressListener progress) {
    List<PoseFrame> frames = new ArrayList<>();
    Summary s = stream(video, options, progress, frames::add);
    return new PoseTrack(s.video(), s.model(), frames);
  }

  /**
   * Runs the pipeline over a video, handing each frame's pose to {@code sink} in order.
   *
   * @throws HingeException UNANALYZABLE when no person is found in any frame
   */
  public Summary stream(
      Path video, PoseOptions options, ProgressListener progress, Consumer<PoseFrame> sink) {
    ModelInfo modelInfo = new ModelInfo(options.model().displayName(), options.model().sha256());
    long start = System.nanoTime();
    // the video first: a bad video fails fast, before any model download
    FfmpegFrameSource opened = FfmpegFrameSource.open(video);
    try {
      store.ensureInstalled(
          options.model(),
          line -> org.slf4j.LoggerFactory.getLogger(VideoPoseTracker.class).info(line));
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
    try (FfmpegFrameSource source = opened;
        TensorModel detector =
            InferenceBudget.shared()
                .wrap(
                    runtime.load(store.path(PoseModel.DETECTOR), options.threads()),
                    options.threads());
        TensorModel landmarks =
            InferenceBudget.shared()
                .wrap(
                    runtime.load(store.path(options.model()), options.threads()),
                    options.threads())) {
      VideoMetadata meta = source.metadata();
      PoseTracker tracker = new PoseTracker(detector, landmarks, options.zoomedSearch());
      long expected = meta.frameCountEstimate().orElse(0);
      int n = 0;
      int withPose = 0;
      double presenceSum = 0;
      double lastTMs = 0;
      SceneCutDetector cuts = options.sceneCuts() ? new SceneCutDetector() : null;
      List<Double> cutsMs = new ArrayList<>();
      CameraMotion camera = new CameraMotion();
      CameraRoll roll = new CameraRoll();
      long cameraNs = 0;
      CameraMotion.Lifter lifter = null;
      while (true) {
        Optional<Frame> next = source.next();
        if (next.isEmpty()) {
          break;
        }
        Frame f = next.get();
        PoseFrame pose;
        try {
          if (cuts != null && cuts.isCut(f)) {
            tracker.newShot();
            camera.newShot();
            lifter = null;
            cutsMs.add(f.tMs());
          }
          pose = tracker.process(f);
          CameraMotion.Lifter seen = pose.hasPose() ? lifter(pose) : null;
          if (seen != null) {
            lifter = seen;
          }
          // the background's shift: measured only, the landmarks stay those of the picture
          long c0 = System.nanoTime();
          pose = pose.withCamera(camera.next(f, lifter));
          roll.next(f, seen);
          cameraNs += System.nanoTime() - c0;
          lastTMs = f.tMs();
        } finally {
          source.release(f);
        }
        n++;
        if (pose.hasPose()) {
          withPose++;
          presenceSum += pose.presence();
        }
        sink.accept(pose);
        if (expected > 0) {
          progress.progress("pose", Math.min(1.0, (double) n / expected));
        }
      }
      progress.progress("pose", 1.0);
      if (withPose == 0) {
        throw HingeException.unanalyzable(
            "no person found in any of the "
                + n
                + " frames of "
                + video.getFileName()
                + source
                    .damage()
                    .map(d -> " (" + d.message() + ")")
                    .orElse(" (film the lifter from the side, whole body in frame)"));
      }
      double fps = meta.fps() > 0 ? meta.fps() : (n > 1 ? (n - 1) * 1000.0 / lastTMs : 30);
      double durationMs = meta.durationMs() > 0 ? meta.durationMs() : lastTMs + 1000.0 / fps;
      VideoInfo info =
          new VideoInfo(
              meta.name(),
              meta.width(),
              meta.height(),
              fps,
              meta.rotationDeg(),
              durationMs,
              source.damage(),
              cutsMs,
              roll.estimate());
      PoseTracker.Stats st = tracker.stats();
      return new Summary(
          info,
          modelInfo,
          n,
          withPose,
          presenceSum / withPose,
          (System.nanoTime() - start) / 1e9,
          st.detectorRuns,
          st.detectorRuns > 0 ? st.detectorNs / 1e6 / st.detectorRuns : 0,
          st.landmarkRuns > 0 ? st.landmarkNs / 1e6 / st.landmarkRuns : 0,
          st.backRuns > 0 ? st.backNs / 1e6 / st.backRuns : 0,
          n > 0 ? cameraNs / 1e6 / n : 0,
          runtime.name());
    }
  }

  /**
   * Where the lifter is, for the camera's measure to look past him: his box, his hands and his
   * standing height in the picture (the longer of his two ankle-to-shoulder chains over {@link
   * BodyLandmark#ANKLE_TO_SHOULDER_PER_STATURE}, so that bent over the bar he is as tall as
   * standing); null when a landmark is not a number.
   */
  static CameraMotion.Lifter lifter(PoseFrame pose) {
    double x0 = Double.POSITIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double x1 = Double.NEGATIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    for (Landmark l : pose.image()) {
      x0 = Math.min(x0, l.x());
      x1 = Math.max(x1, l.x());
      y0 = Math.min(y0, l.y());
      y1 = Math.max(y1, l.y());
    }
    Landmark a = pose.image(BodyLandmark.LEFT_WRIST);
    Landmark b = pose.image(BodyLandmark.RIGHT_WRIST);
    double bx = 0.5 * (a.x() + b.x());
    double by = 0.5 * (a.y() + b.y());
    double chain =
        Math.max(
            chain(
                pose,
                BodyLandmark.LEFT_ANKLE,
                BodyLandmark.LEFT_KNEE,
                BodyLandmark.LEFT_HIP,
                BodyLandmark.LEFT_SHOULDER),
            chain(
                pose,
                BodyLandmark.RIGHT_ANKLE,
                BodyLandmark.RIGHT_KNEE,
                BodyLandmark.RIGHT_HIP,
                BodyLandmark.RIGHT_SHOULDER));
    double stature = chain / BodyLandmark.ANKLE_TO_SHOULDER_PER_STATURE;
    if (!Double.isFinite(x0 + x1 + y0 + y1 + bx + by + stature)) {
      return null;
    }
    return new CameraMotion.Lifter(
        x0, y0, x1, y1, bx, by, Math.max(stature, Math.max(x1 - x0, y1 - y0)));
  }

  /** The summed lengths of the segments between the landmarks, in order, pixels. */
  private static double chain(PoseFrame pose, BodyLandmark... joints) {
    double sum = 0;
    for (int j = 1; j < joints.length; j++) {
      Landmark a = pose.image(joints[j - 1]);
      Landmark b = pose.image(joints[j]);
      sum += Math.hypot(b.x() - a.x(), b.y() - a.y());
    }
    return sum;
  }
}
