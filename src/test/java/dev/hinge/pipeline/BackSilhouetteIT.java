package dev.hinge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.core.AppDirs;
import dev.hinge.core.ProgressListener;
import dev.hinge.faults.Fault;
import dev.hinge.faults.FaultCode;
import dev.hinge.faults.SkippedJudgement;
import dev.hinge.pose.PoseOptions;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.VideoPoseTracker;
import dev.hinge.pose.model.ModelStore;
import dev.hinge.pose.runtime.TfLiteRuntime;
import dev.hinge.testing.Fixtures;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The back's silhouette from the landmark model's segmentation output, end to end on real clips
 * (SOURCES.md): jc_bad's rounded back is found from the silhouette, at the silhouette's lower
 * confidence; the clean jc_good pull gets no back fault, and the arch is judged on both.
 */
class BackSilhouetteIT {
  static VideoPoseTracker tracker;

  @BeforeAll
  static void models() {
    AppDirs dirs = AppDirs.forUser();
    tracker = new VideoPoseTracker(new ModelStore(dirs.models()), new TfLiteRuntime(dirs.cache()));
  }

  @TempDir Path dir;

  static Analysis analyze(String clip) {
    return analyze(Fixtures.video(clip + ".mp4"));
  }

  static Analysis analyze(Path video) {
    PoseTrack track = tracker.track(video, PoseOptions.defaults(), ProgressListener.NONE);
    assertThat(track.frames().stream().filter(f -> f.back().isPresent()).count())
        .isEqualTo(track.framesWithPose());
    return AnalysisPipeline.analyze(track, AnalysisOptions.NONE);
  }

  static void assertArchJudged(Analysis a) {
    assertThat(a.skipped().stream().map(SkippedJudgement::judgement))
        .doesNotContain(FaultCode.OVER_ARCHED_BACK.name());
  }

  @Test
  void jcBadsRoundedBackIsSeenInTheSilhouette() {
    Analysis a = analyze("jc_bad");
    assertArchJudged(a);
    assertThat(a.reps()).hasSize(1);
    Fault f =
        a.reps().get(0).faults().stream()
            .filter(x -> x.code() == FaultCode.ROUNDED_BACK)
            .findFirst()
            .orElseThrow();
    assertThat(f.evidence().metric()).isEqualTo("backBendDeg");
    assertThat(f.evidence().value()).isGreaterThan(40);
    // lower than the exact metrics' (0.8 and more)
    assertThat(f.confidence()).isBetween(0.3, 0.6);
  }

  @Test
  void aMirroredLifterFacingLeftShowsTheSameRoundedBack() throws Exception {
    Path mirrored = mirror(Fixtures.video("jc_bad.mp4"), dir.resolve("jc_bad_mirrored.mp4"));
    Analysis a = analyze(mirrored);
    Fault f =
        a.reps().get(0).faults().stream()
            .filter(x -> x.code() == FaultCode.ROUNDED_BACK)
            .findFirst()
            .orElseThrow();
    assertThat(f.evidence().metric()).isEqualTo("backBendDeg");
    assertThat(f.evidence().value()).isGreaterThan(40);
  }

  /** The clip flipped left to right (lossless enough: MPEG-4 at the best quality). */
  static Path mirror(Path src, Path dst) throws Exception {
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
        while ((fr = g.grabImage()) != null) {
          BufferedImage img = conv.convert(fr);
          BufferedImage out =
              new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
          Graphics2D gr = out.createGraphics();
          gr.drawImage(img, img.getWidth(), 0, -img.getWidth(), img.getHeight(), null);
          gr.dispose();
          r.record(conv.convert(out));
        }
      }
    }
    return dst;
  }

  @Test
  void jcGoodsCleanPullHasNoBackFault() {
    Analysis a = analyze("jc_good");
    assertArchJudged(a);
    assertThat(a.reps().stream().flatMap(r -> r.faults().stream()).map(Fault::code))
        .doesNotContain(FaultCode.ROUNDED_BACK, FaultCode.OVER_ARCHED_BACK);
  }
}
