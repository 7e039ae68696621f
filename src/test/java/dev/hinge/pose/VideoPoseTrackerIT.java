package dev.hinge.pose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.core.ProgressListener;
import dev.hinge.testing.Fixtures;
import dev.hinge.testing.GeneratedVideos;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline end to end on generated and transformed videos. */
class VideoPoseTrackerIT {
  @TempDir Path dir;
  static VideoPoseTracker tracker;

  @BeforeAll
  static void models() {
    tracker = Fixtures.poseTracker();
  }

  @Test
  void aVideoWithNobodyInItIsUnanalyzable() throws Exception {
    Path blank =
        GeneratedVideos.write(
            dir.resolve("blank.mp4"), 320, 240, GeneratedVideos.constantRate(15, 30), 0);
    assertThatThrownBy(() -> tracker.track(blank, PoseOptions.defaults(), ProgressListener.NONE))
        .isInstanceOf(HingeException.class)
        .hasMessageContaining("no person found in any of the 15 frames")
        .satisfies(e -> assertThat(((HingeException) e).kind()).isEqualTo(ErrorKind.UNANALYZABLE));
  }

  /**
   * Rewrites a clip through a per-frame transform (mirror, blank out frames), losslessly enough.
   */
  private Path rewrite(
      Path src, Path dst, java.util.function.BiFunction<Integer, BufferedImage, BufferedImage> f)
      throws Exception {
    Java2DFrameConverter conv = new Java2DFrameConverter();
    try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(src.toFile())) {
      g.start();
      try (FFmpegFrameRecorder r =
          new FFmpegFrameRecorder(dst.toFile(), g.getImageWidth(), g.getImageHeight(), 0)) {
        r.setFormat("mp4");
        r.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
        r.setVideoQuality(1);
        r.setFrameRate(g.getFrameRate());
        r.start();
        Frame fr;
        int i = 0;
        while ((fr = g.grabImage()) != null) {
          r.record(conv.convert(f.apply(i++, conv.convert(fr))));
        }
      }
    }
    return dst;
  }

  private static double midHipX(PoseFrame f) {
    return (f.image(BodyLandmark.LEFT_HIP).x() + f.image(BodyLandmark.RIGHT_HIP).x()) / 2;
  }

  @Test
  void aLifterFacingLeftIsTrackedLikeOneFacingRight() throws Exception {
    Path original = Fixtures.video("jc_good.mp4");
    Path mirrored =
        rewrite(
            original,
            dir.resolve("mirrored.mp4"),
            (i, img) -> {
              BufferedImage out =
                  new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
              java.awt.Graphics2D g = out.createGraphics();
              g.drawImage(img, img.getWidth(), 0, -img.getWidth(), img.getHeight(), null);
              g.dispose();
              return out;
            });
    PoseTrack a = tracker.track(original, PoseOptions.defaults(), ProgressListener.NONE);
    PoseTrack b = tracker.track(mirrored, PoseOptions.defaults(), ProgressListener.NONE);
    assertThat(b.framesWithPose()).isEqualTo(a.frames().size());
    double err = 0;
    double torso = 0;
    for (int i = 0; i < a.frames().size(); i++) {
      err +=
          Math.abs(midHipX(b.frames().get(i)) - (a.video().width() - midHipX(a.frames().get(i))));
      torso += TrackComparison.torsoLength(a.frames().get(i));
    }
    // the mirrored hips sit where the original's would, within 5 % of torso length on average
    assertThat(err / torso).isLessThan(0.05);
  }

  @Test
  void framesWithoutTheLifterAreMarkedAbsentAndTheRestStillSucceeds() throws Exception {
    Path src = Fixtures.video("jc_good.mp4");
    Path gap =
        rewrite(
            src,
            dir.resolve("gap.mp4"),
            (i, img) -> {
              if (i >= 20 && i < 30) {
                BufferedImage black =
                    new BufferedImage(
                        img.getWidth(), img.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
                return black;
              }
              return img;
            });
    PoseTrack t = tracker.track(gap, PoseOptions.defaults(), ProgressListener.NONE);
    List<Integer> absent = new ArrayList<>();
    for (PoseFrame f : t.frames()) {
      if (!f.hasPose()) {
        absent.add(f.index());
      }
    }
    assertThat(absent).containsAll(List.of(21, 22, 23, 24, 25, 26, 27, 28, 29));
    assertThat(absent).allMatch(i -> i >= 20 && i < 32);
    assertThat(t.frames().get(40).hasPose()).isTrue();
  }
}
