package dev.hinge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.testing.Fixtures;
import dev.hinge.testing.GeneratedVideos;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hinge analyze} on damaged copies of the fixture clips, run as a user runs it (its own JVM,
 * so that what native libraries write to the process's stderr is seen): a file that cannot be
 * analysed is one line on stderr naming what is wrong, exit 3 or 4 and nothing on stdout; a damaged
 * file that still decodes is analysed with a warning saying what was lost; never a line of FFmpeg's
 * or TensorFlow Lite's own unless --verbose.
 */
class DamagedVideoIT {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {
    List<String> errLines() {
      return err.lines().filter(l -> !l.isBlank()).toList();
    }
  }

  static Run hinge(String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(Arrays.asList(args));
    Process p =
        new ProcessBuilder(cmd)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    java.util.concurrent.CompletableFuture<String> err =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              try {
                return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out, err.get());
  }

  /** No library's own log line: FFmpeg's "[h264 @ 0x…]", TensorFlow Lite's "INFO: …". */
  static void noLibraryNoise(Run r) {
    assertThat(r.err().lines())
        .as("stderr: %s", r.err())
        .noneMatch(l -> l.matches("^\\[[^\\]]+ @ (0x)?[0-9a-f]+\\].*"))
        .noneMatch(l -> l.startsWith("INFO: ") || l.startsWith("WARNING: "))
        .noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception"));
  }

  /** Refused: one line on stderr with {@code words}, the exit code, nothing on stdout. */
  static void refused(Run r, int exit, String... words) {
    noLibraryNoise(r);
    assertThat(r.exit()).as("exit; stderr: %s", r.err()).isEqualTo(exit);
    assertThat(r.out()).as("stdout").isEmpty();
    assertThat(r.errLines()).as("stderr").hasSize(1);
    assertThat(r.errLines().get(0)).startsWith("hinge: ").contains(words);
  }

  static byte[] fixture(String name) throws Exception {
    return Files.readAllBytes(Fixtures.video(name));
  }

  @Test
  void anMp4CutShortBeforeItsIndexIsOneLine() throws Exception {
    byte[] all = fixture("jc_good.mp4"); // index at the end
    for (int percent : new int[] {10, 50, 95}) {
      Path cut =
          Files.write(
              dir.resolve("cut" + percent + ".mp4"),
              Arrays.copyOf(all, all.length * percent / 100));
      refused(hinge("analyze", cut.toString()), 3, "cut" + percent + ".mp4", "without its index");
    }
  }

  @Test
  void anMp4CutShortAfterItsIndexIsAnalysedUpToTheCutWithAWarning() throws Exception {
    byte[] all = fixture("formfit_deadlift.mp4"); // index at the front; 11.6 s, two reps
    for (int percent : new int[] {30, 65}) {
      Path cut =
          Files.write(
              dir.resolve("cut" + percent + ".mp4"),
              Arrays.copyOf(all, all.length * percent / 100));
      Run r = hinge("analyze", cut.toString());
      noLibraryNoise(r);
      if (r.exit() == 0) {
        assertThat(r.out()).contains("the video is damaged: it stops at").contains("of its 11.6 s");
      } else {
        refused(r, 4, "the video is damaged: it stops at");
      }
    }
  }

  @Test
  void flippedBytesAreAnalysedWithAWarningOrRefusedNamingTheDamage() throws Exception {
    byte[] all = fixture("jc_good.mp4");
    Random rnd = new Random(11);
    for (int i = 0; i < 300; i++) {
      int p = 50_000 + rnd.nextInt(all.length - 1_000_000);
      all[p] ^= (byte) 0xff;
    }
    Run r = hinge("analyze", Files.write(dir.resolve("flipped.mp4"), all).toString());
    noLibraryNoise(r);
    if (r.exit() == 0) {
      assertThat(r.out()).contains("the video is damaged:").contains("decoded with errors");
    } else {
      refused(r, 4, "the video is damaged:", "decoded with errors");
    }
  }

  @Test
  void filesThatAreNotVideosAreOneLine() throws Exception {
    refused(
        hinge(
            "analyze",
            Files.writeString(dir.resolve("notes.mp4"), "squat day\n".repeat(50)).toString()),
        3,
        "notes.mp4",
        "not a video file");
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(320, 240, java.awt.image.BufferedImage.TYPE_INT_RGB);
    Path png = dir.resolve("photo.mp4");
    javax.imageio.ImageIO.write(img, "png", png.toFile());
    refused(hinge("analyze", png.toString()), 3, "photo.mp4", "still image");
    Path sound = dir.resolve("sound.mp4");
    try (org.bytedeco.javacv.FFmpegFrameRecorder rec =
        new org.bytedeco.javacv.FFmpegFrameRecorder(sound.toFile(), 1)) {
      rec.setFormat("mp4");
      rec.setAudioCodec(org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC);
      rec.setSampleRate(44_100);
      rec.start();
      short[] tone = new short[44_100];
      for (int i = 0; i < tone.length; i++) {
        tone[i] = (short) (8000 * Math.sin(i * 2 * Math.PI * 440 / 44_100));
      }
      rec.recordSamples(44_100, 1, java.nio.ShortBuffer.wrap(tone));
      rec.stop();
    }
    refused(hinge("analyze", sound.toString()), 3, "no video stream", "sound only");
  }

  @Test
  void videosTooSmallOrTooShortAreOneLine() throws Exception {
    Path one =
        GeneratedVideos.write(
            dir.resolve("one.mp4"), 320, 240, GeneratedVideos.constantRate(1, 30), 0);
    refused(hinge("analyze", one.toString()), 4, "one.mp4");
    Path tiny =
        GeneratedVideos.write(
            dir.resolve("tiny.mp4"), 16, 16, GeneratedVideos.constantRate(60, 30), 0);
    refused(hinge("analyze", tiny.toString()), 4, "tiny.mp4");
  }

  /** TensorFlow Lite prints an INFO line to the process's stderr when it starts; only --verbose. */
  @Test
  void aGoodVideoOnTensorFlowLiteShowsOnlyHingesOwnLines() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getProperty("os.arch").matches("amd64|x86_64")
            && !System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("win"),
        "TensorFlow Lite ships for x86-64 Linux and macOS only");
    String video = Fixtures.video("jc_good.mp4").toString();
    Run quiet = hinge("analyze", "--runtime", "tflite", video);
    noLibraryNoise(quiet);
    assertThat(quiet.exit()).as(quiet.err()).isZero();
    assertThat(quiet.out()).contains("1 full rep");
    assertThat(quiet.err()).contains("tflite-2.6.2-xnnpack");
    Run verbose = hinge("analyze", "--runtime", "tflite", "--verbose", video);
    assertThat(verbose.err().lines())
        .contains("INFO: Created TensorFlow Lite XNNPACK delegate for CPU.");
  }

  @Test
  void verboseShowsTheLibrariesOwnLines() throws Exception {
    byte[] all = fixture("jc_good.mp4");
    Random rnd = new Random(11);
    for (int i = 0; i < 300; i++) {
      int p = 50_000 + rnd.nextInt(all.length - 1_000_000);
      all[p] ^= (byte) 0xff;
    }
    Run r = hinge("analyze", "--verbose", Files.write(dir.resolve("flipped.mp4"), all).toString());
    assertThat(r.err().lines()).anyMatch(l -> l.matches("^\\[h264 @ (0x)?[0-9a-f]+\\].*"));
  }
}
