package dev.hinge.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.cli.Main;
import dev.hinge.testing.Fixtures;
import dev.hinge.video.FfmpegFrameSource;
import dev.hinge.video.Frame;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hinge analyze VIDEO --video-out a.mp4} on fixture clips: an H.264 MP4 frame for frame with
 * the input (count, size, timestamps), with the overlay drawn (the panel's corner differs from the
 * input's, the rest of the picture does not). A frame of each is saved in target/annotated-frames.
 */
class AnnotatedVideoIT {
  @TempDir Path dir;

  static final Path SHOTS = Path.of("target/annotated-frames");

  record Decoded(List<Double> tMs, int width, int height, byte[] frame) {}

  /** Timestamps, size, and the RGB of frame {@code keep}. */
  static Decoded decode(Path video, int keep) {
    List<Double> t = new ArrayList<>();
    byte[] kept = null;
    try (FfmpegFrameSource s = FfmpegFrameSource.open(video)) {
      Optional<Frame> f;
      while ((f = s.next()).isPresent()) {
        if (t.size() == keep) {
          kept = f.get().rgb().clone();
        }
        t.add(f.get().tMs());
        s.release(f.get());
      }
      return new Decoded(t, s.metadata().width(), s.metadata().height(), kept);
    }
  }

  /** Mean absolute difference of two RGB frames over a rectangle. */
  static double diff(Decoded a, Decoded b, int x0, int y0, int x1, int y1) {
    long sum = 0;
    long n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int i = (y * a.width() + x) * 3;
        for (int c = 0; c < 3; c++) {
          sum += Math.abs((a.frame()[i + c] & 255) - (b.frame()[i + c] & 255));
          n++;
        }
      }
    }
    return (double) sum / n;
  }

  static void save(Decoded d, Path png) throws Exception {
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(
            d.width(), d.height(), java.awt.image.BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < d.height(); y++) {
      for (int x = 0; x < d.width(); x++) {
        int i = (y * d.width() + x) * 3;
        img.setRGB(
            x,
            y,
            (d.frame()[i] & 255) << 16 | (d.frame()[i + 1] & 255) << 8 | d.frame()[i + 2] & 255);
      }
    }
    Files.createDirectories(png.getParent());
    javax.imageio.ImageIO.write(img, "png", png.toFile());
  }

  void check(String clip, int keep) throws Exception {
    check(clip, keep, false);
  }

  /** With {@code banner}, frame {@code keep} is one a finding covers: the bottom band is drawn. */
  void check(String clip, int keep, boolean banner) throws Exception {
    Path input = Fixtures.video(clip);
    Path out = dir.resolve("annotated.mp4");
    Path html = dir.resolve("r.html");
    StringWriter err = new StringWriter();
    picocli.CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    int exit =
        cl.execute(
            "analyze", input.toString(), "--video-out", out.toString(), "--html", html.toString());
    assertThat(exit).as(err.toString()).isZero();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no temporary file left")
          .containsExactlyInAnyOrder("annotated.mp4", "r.html");
    }
    Decoded original = decode(input, keep);
    Decoded annotated = decode(out, keep);
    assertThat(annotated.width()).isEqualTo(original.width() - original.width() % 2);
    assertThat(annotated.height()).isEqualTo(original.height() - original.height() % 2);
    assertThat(annotated.tMs()).hasSameSizeAs(original.tMs());
    for (int i = 0; i < original.tMs().size(); i++) {
      assertThat(annotated.tMs().get(i))
          .as("frame %d", i)
          .isCloseTo(original.tMs().get(i), within(1.0));
    }
    int w = annotated.width();
    int h = annotated.height();
    // the panel in the top-left corner is drawn; a strip at the right edge, mid-height, is the
    // input
    assertThat(diff(original, annotated, w / 100, h / 100, w / 4, h / 20)).isGreaterThan(20);
    assertThat(diff(original, annotated, w - w / 12, h * 2 / 5, w - 2, h * 3 / 5)).isLessThan(6);
    double bottom = diff(original, annotated, w / 100, h - h / 40, w - w / 100, h - 2);
    if (banner) {
      assertThat(bottom).as("the finding's banner at the bottom").isGreaterThan(20);
    } else {
      assertThat(bottom).as("no banner").isLessThan(6);
    }
    save(annotated, SHOTS.resolve(clip.replace(".mp4", ".png")));
    probedLikeTheInput(input, out, original.tMs().size());
  }

  /**
   * What FFmpeg's own ffprobe says of a video's first video stream (frames counted by decoding).
   */
  static com.fasterxml.jackson.databind.JsonNode ffprobe(Path video) throws Exception {
    Process p =
        new ProcessBuilder(
                "ffprobe",
                "-v",
                "error",
                "-select_streams",
                "v:0",
                "-count_frames",
                "-show_entries",
                "stream=codec_name,pix_fmt,width,height,nb_read_frames,duration:format=format_name",
                "-of",
                "json",
                video.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("ffprobe %s: %s", video, out).isZero();
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
  }

  /**
   * The annotated video as a player sees it, checked by the ffprobe command (not Hinge's own
   * decoder): an H.264 MP4 in yuv420p, as many frames as the input, its size, and its duration
   * within two frames of the input's.
   */
  static void probedLikeTheInput(Path input, Path out, int frames) throws Exception {
    boolean probe;
    try {
      probe =
          new ProcessBuilder("ffprobe", "-version").redirectErrorStream(true).start().waitFor()
              == 0;
    } catch (java.io.IOException e) {
      probe = false;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(
        probe, "ffprobe is not installed (bash .ci/setup installs it)");
    var in = ffprobe(input).at("/streams/0");
    var o = ffprobe(out);
    var s = o.at("/streams/0");
    assertThat(o.at("/format/format_name").asText()).contains("mp4");
    assertThat(s.get("codec_name").asText()).isEqualTo("h264");
    assertThat(s.get("pix_fmt").asText()).isEqualTo("yuv420p");
    assertThat(s.get("width").asInt()).isEqualTo(in.get("width").asInt() / 2 * 2);
    assertThat(s.get("height").asInt()).isEqualTo(in.get("height").asInt() / 2 * 2);
    assertThat(s.get("nb_read_frames").asInt()).isEqualTo(frames);
    double frame = in.get("duration").asDouble() / frames;
    assertThat(s.get("duration").asDouble())
        .isCloseTo(in.get("duration").asDouble(), within(2 * frame));
  }

  @Test
  void aPortraitClipOfTwoRepsIsWrittenFrameForFrame() throws Exception {
    check("formfit_deadlift.mp4", 220);
  }

  @Test
  void aSquareClipWithAFindingShowsItsBannerOverItsFrames() throws Exception {
    // SQUATTING_THE_DEADLIFT, evidence at frame 88 (thighElevationSetupMinDeg 7.4 vs 8)
    check("jc_nico_blocked.mp4", 90, true);
  }

  @Test
  void aFindingsBannerNamesItsValueAgainstItsThreshold() {
    Path track = dir.resolve("t.json");
    picocli.CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(new StringWriter()));
    assertThat(
            cl.execute(
                "analyze",
                Fixtures.video("jc_nico_blocked.mp4").toString(),
                "--pose-only",
                "--track",
                track.toString()))
        .isZero();
    dev.hinge.pose.PoseTrack t = dev.hinge.pose.PoseTrackReader.read(track);
    dev.hinge.pipeline.Analysis a =
        dev.hinge.pipeline.AnalysisPipeline.analyze(t, dev.hinge.pipeline.AnalysisOptions.NONE);
    AnnotatedVideo.Painter p = new AnnotatedVideo.Painter(t, a, 600, 600);
    var fault = a.reps().get(0).faults().get(0);
    int at = fault.evidence().fromFrame();
    assertThat(p.bannerLines(at))
        .singleElement()
        .asString()
        .startsWith("rep 1 " + fault.code().name())
        .contains(" vs ")
        .contains(fault.cue());
    assertThat(p.bannerLines(Math.max(0, a.reps().get(0).rep().startFrame() - 1))).isEmpty();
    int end = a.reps().get(0).rep().endFrame();
    assertThat(p.panelLines(end, java.util.Optional.empty()))
        .first()
        .asString()
        .startsWith("1 rep done");
    assertThat(p.panelLines(end, java.util.Optional.empty()))
        .anyMatch(l -> l.matches("rep 1: 0\\.\\d\\d m/s"));
  }
}
