package dev.hinge.video;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.testing.GeneratedVideos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoDamageTest {
  @TempDir Path dir;

  @Test
  void theMessageSaysWhatWasLostAndWhere() {
    assertThat(new VideoDamage(14, 500, 1900, 0, OptionalDouble.empty(), 0).message())
        .startsWith("the video is damaged: 14 frames decoded with errors between 0.5 s and 1.9 s;")
        .contains("may be wrong");
    assertThat(new VideoDamage(1, 700, 700, 2, OptionalDouble.empty(), 0).message())
        .contains("1 frame decoded with errors at 0.7 s, 2 frames missing;");
    assertThat(
            new VideoDamage(0, Double.NaN, Double.NaN, 0, OptionalDouble.of(7700), 11600).message())
        .isEqualTo(
            "the video is damaged: it stops at 7.7 s of its 11.6 s (the file is cut short); the"
                + " pose, bar speed and faults there may be wrong (film again or export the video"
                + " again if you can)");
    assertThat(new VideoDamage(0, Double.NaN, Double.NaN, 0, OptionalDouble.empty(), 0).any())
        .isFalse();
  }

  /** Frames 0..n-1, the MP4's index (moov) at the front, as phones and web exports write it. */
  Path faststart(String name, int frames) throws Exception {
    Path v = dir.resolve(name);
    try (org.bytedeco.javacv.FFmpegFrameRecorder r =
        new org.bytedeco.javacv.FFmpegFrameRecorder(v.toFile(), 64, 48, 0)) {
      r.setFormat("mp4");
      r.setVideoCodec(org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4);
      r.setFrameRate(30);
      r.setVideoQuality(2);
      r.setOption("movflags", "faststart");
      r.start();
      org.bytedeco.javacv.Java2DFrameConverter conv =
          new org.bytedeco.javacv.Java2DFrameConverter();
      java.util.Random noise = new java.util.Random(1);
      for (int i = 0; i < frames; i++) {
        java.awt.image.BufferedImage img =
            new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 48; y++) {
          for (int x = 0; x < 64; x++) {
            img.setRGB(x, y, noise.nextInt()); // noise: every frame costs bytes
          }
        }
        r.setTimestamp(Math.round(i * 1e6 / 30));
        r.record(conv.convert(img));
      }
      r.stop();
    }
    return v;
  }

  static int decode(FfmpegFrameSource s) {
    int n = 0;
    Optional<Frame> f;
    while ((f = s.next()).isPresent()) {
      s.release(f.get());
      n++;
    }
    return n;
  }

  @Test
  void aSoundVideoHasNoDamage() throws Exception {
    Path v = faststart("whole.mp4", 90);
    try (FfmpegFrameSource s = FfmpegFrameSource.open(v)) {
      assertThat(decode(s)).isEqualTo(90);
      assertThat(s.damage()).isEmpty();
    }
    Path plain =
        GeneratedVideos.write(
            dir.resolve("plain.mp4"), 64, 48, GeneratedVideos.constantRate(30, 30), 0);
    try (FfmpegFrameSource s = FfmpegFrameSource.open(plain)) {
      decode(s);
      assertThat(s.damage()).isEmpty();
    }
  }

  @Test
  void aVideoCutShortSaysWhereItStops() throws Exception {
    byte[] all = Files.readAllBytes(faststart("whole.mp4", 90));
    Path cut = Files.write(dir.resolve("cut.mp4"), Arrays.copyOf(all, all.length * 4 / 10));
    try (FfmpegFrameSource s = FfmpegFrameSource.open(cut)) {
      int n = decode(s);
      assertThat(n).isBetween(20, 45);
      VideoDamage d = s.damage().orElseThrow();
      assertThat(d.endedAtMs()).isPresent();
      assertThat(d.endedAtMs().getAsDouble())
          .isCloseTo((n - 1) * 1000.0 / 30, org.assertj.core.api.Assertions.within(1.0));
      assertThat(d.expectedEndMs()).isCloseTo(3000, org.assertj.core.api.Assertions.within(40.0));
      assertThat(d.message()).contains("of its 3.0 s (the file is cut short)");
    }
  }

  @Test
  void flippedBytesAreCountedAsFramesWithErrors() throws Exception {
    byte[] all = Files.readAllBytes(faststart("whole.mp4", 90));
    java.util.Random r = new java.util.Random(7);
    // past the index at the front: the frames' own bytes
    for (int i = 0; i < 400; i++) {
      int p = all.length / 5 + r.nextInt(all.length * 4 / 5 - 16);
      all[p] ^= (byte) 0xff;
    }
    Path bad = Files.write(dir.resolve("flipped.mp4"), all);
    try (FfmpegFrameSource s = FfmpegFrameSource.open(bad)) {
      decode(s);
      VideoDamage d = s.damage().orElseThrow();
      assertThat(d.framesWithErrors()).isPositive();
      assertThat(d.firstErrorMs()).isBetween(0.0, 3000.0);
      assertThat(d.lastErrorMs()).isBetween(d.firstErrorMs(), 3000.0);
    }
  }

  @Test
  void anMp4WithoutItsIndexIsToldApartFromOtherFiles() throws Exception {
    Path plain =
        GeneratedVideos.write(
            dir.resolve("plain.mp4"), 64, 48, GeneratedVideos.constantRate(30, 30), 0);
    byte[] all = Files.readAllBytes(plain);
    assertThat(Mp4Atoms.isMp4WithoutIndex(plain)).isFalse();
    Path cut = Files.write(dir.resolve("cut.mp4"), Arrays.copyOf(all, all.length / 2));
    assertThat(Mp4Atoms.isMp4WithoutIndex(cut)).isTrue();
    assertThat(Mp4Atoms.isMp4WithoutIndex(Files.writeString(dir.resolve("t.mp4"), "hello world")))
        .isFalse();
    assertThat(Mp4Atoms.isMp4WithoutIndex(faststart("fs.mp4", 10))).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FfmpegFrameSource.open(cut))
        .hasMessageContaining("MP4 without its index");
  }
}
