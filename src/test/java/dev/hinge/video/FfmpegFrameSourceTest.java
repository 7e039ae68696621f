package dev.hinge.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.testing.GeneratedVideos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FfmpegFrameSourceTest {
  @TempDir Path dir;

  private static List<Double> timestamps(Path video) {
    List<Double> t = new ArrayList<>();
    try (FfmpegFrameSource s = FfmpegFrameSource.open(video)) {
      Optional<Frame> f;
      while ((f = s.next()).isPresent()) {
        t.add(f.get().tMs());
        s.release(f.get());
      }
    }
    return t;
  }

  private static ErrorKind kindOf(Throwable t) {
    return ((HingeException) t).kind();
  }

  @Test
  void framesComeOutInOrderWithTheirTimestamps() throws Exception {
    Path v =
        GeneratedVideos.write(
            dir.resolve("a.mp4"), 64, 48, GeneratedVideos.constantRate(10, 30), 0);
    List<Double> t = timestamps(v);
    assertThat(t).hasSize(10);
    for (int i = 0; i < 10; i++) {
      assertThat(t.get(i)).isCloseTo(i * 1000 / 30.0, within(1.0));
    }
  }

  @Test
  void variableFrameRateKeepsTheRealTimestamps() throws Exception {
    long[] ts = {0, 33_333, 100_000, 133_333, 300_000};
    Path v = GeneratedVideos.write(dir.resolve("vfr.mp4"), 64, 48, ts, 0);
    List<Double> t = timestamps(v);
    assertThat(t).hasSize(5);
    assertThat(t.get(2) - t.get(1)).isCloseTo(66.7, within(1.5));
    assertThat(t.get(4) - t.get(3)).isCloseTo(166.7, within(1.5));
  }

  @Test
  void aPortraitPhoneVideoWithRotationMetadataComesOutUpright() throws Exception {
    // stored 64×48 (landscape sensor), displayed rotated 90° clockwise → upright 48×64
    Path v =
        GeneratedVideos.write(
            dir.resolve("rot.mp4"), 64, 48, GeneratedVideos.constantRate(3, 30), -90);
    try (FfmpegFrameSource s = FfmpegFrameSource.open(v)) {
      assertThat(s.metadata().rotationDeg()).isEqualTo(90);
      assertThat(s.metadata().width()).isEqualTo(48);
      assertThat(s.metadata().height()).isEqualTo(64);
      Frame f = s.next().orElseThrow();
      assertThat(f.width()).isEqualTo(48);
      // the marker, stored at the top-left, is at the top-right after a clockwise turn
      int topRight = (2 * 48 + 45) * 3;
      int topLeft = (2 * 48 + 2) * 3;
      assertThat(f.rgb()[topRight] & 0xff).isLessThan(80);
      assertThat(f.rgb()[topLeft] & 0xff).isGreaterThan(180);
      s.release(f);
    }
  }

  @Test
  void aMissingFileIsNotFound() {
    assertThatThrownBy(() -> FfmpegFrameSource.open(dir.resolve("nope.mp4")))
        .hasMessageContaining("video not found")
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.NOT_FOUND));
  }

  @Test
  void anEmptyFileIsNotAVideo() throws Exception {
    Path p = Files.createFile(dir.resolve("empty.mp4"));
    assertThatThrownBy(() -> FfmpegFrameSource.open(p)).hasMessageContaining("is empty (0 bytes)");
  }

  @Test
  void randomBytesAreNotAReadableVideo() throws Exception {
    byte[] junk = new byte[50_000];
    new Random(1).nextBytes(junk);
    Path p = Files.write(dir.resolve("junk.mp4"), junk);
    assertThatThrownBy(() -> FfmpegFrameSource.open(p))
        .hasMessageContaining("not a readable video")
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT));
  }

  @Test
  void aTextFileNamedMp4IsNotAReadableVideo() throws Exception {
    Path p = Files.writeString(dir.resolve("notes.mp4"), "squat 100 kg x 5\n".repeat(200));
    assertThatThrownBy(() -> FfmpegFrameSource.open(p))
        .hasMessageContaining("not a readable video");
  }

  @Test
  void aDirectoryIsRefused() {
    assertThatThrownBy(() -> FfmpegFrameSource.open(dir)).hasMessageContaining("directory");
  }

  @Test
  void aTruncatedVideoFailsWithAClearMessage() throws Exception {
    Path v =
        GeneratedVideos.write(
            dir.resolve("full.mp4"), 64, 48, GeneratedVideos.constantRate(30, 30), 0);
    byte[] all = Files.readAllBytes(v);
    // mp4 from the recorder has its index (moov) at the end: cut it off
    Path cut = Files.write(dir.resolve("cut.mp4"), java.util.Arrays.copyOf(all, all.length / 2));
    assertThatThrownBy(() -> timestamps(cut))
        .isInstanceOf(HingeException.class)
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT))
        .hasMessageContaining("cut.mp4");
  }

  /**
   * A real AVI whose video stream names a codec no decoder knows: AVI identifies the codec only by
   * its four-character code, here overwritten (FMP4 becomes "zzzz").
   */
  @Test
  void aCodecNoDecoderKnowsIsAnUnsupportedCodec() throws Exception {
    Path v =
        GeneratedVideos.write(
            dir.resolve("ok.avi"), "avi", 64, 48, GeneratedVideos.constantRate(10, 30), 0);
    byte[] b = Files.readAllBytes(v);
    int patched = 0;
    for (String fourcc : new String[] {"FMP4", "fmp4", "DIVX", "XVID", "mp4v"}) {
      byte[] f = fourcc.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      for (int i = 0; i + 4 <= b.length; i++) {
        if (b[i] == f[0] && b[i + 1] == f[1] && b[i + 2] == f[2] && b[i + 3] == f[3]) {
          b[i] = 'z';
          b[i + 1] = 'z';
          b[i + 2] = 'z';
          b[i + 3] = 'z';
          patched++;
        }
      }
    }
    assertThat(patched).as("codec tags found in the generated AVI").isPositive();
    Path odd = Files.write(dir.resolve("odd-codec.avi"), b);
    assertThatThrownBy(() -> timestamps(odd))
        .isInstanceOf(HingeException.class)
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT))
        .hasMessageContaining("odd-codec.avi")
        .hasMessageContaining("unsupported video codec");
  }

  @Test
  void aVideoWithNoFramesIsRefused() throws Exception {
    Path v = GeneratedVideos.write(dir.resolve("none.mp4"), 64, 48, new long[0], 0);
    assertThatThrownBy(() -> timestamps(v))
        .isInstanceOf(HingeException.class)
        .hasMessageContaining("none.mp4");
  }

  @Test
  void extremelyLargeFramesAreRefusedBeforeDecoding() throws Exception {
    // YUV4MPEG2: a header line and raw 4:2:0 frames, written here byte by byte
    int w = 8400;
    int h = 16;
    java.io.ByteArrayOutputStream y4m = new java.io.ByteArrayOutputStream();
    y4m.write(("YUV4MPEG2 W" + w + " H" + h + " F30:1 Ip A1:1 C420jpeg\nFRAME\n").getBytes());
    y4m.write(new byte[w * h * 3 / 2]);
    Path v = Files.write(dir.resolve("wide.y4m"), y4m.toByteArray());
    assertThatThrownBy(() -> FfmpegFrameSource.open(v))
        .hasMessageContaining("8400×16 is too large")
        .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.INVALID_INPUT));
  }

  @Test
  void rotationMetadataIsNormalisedToClockwiseQuarterTurns() {
    assertThat(FfmpegFrameSource.normaliseRotation(-90)).isEqualTo(90);
    assertThat(FfmpegFrameSource.normaliseRotation(90)).isEqualTo(270);
    assertThat(FfmpegFrameSource.normaliseRotation(180)).isEqualTo(180);
    assertThat(FfmpegFrameSource.normaliseRotation(Double.NaN)).isZero();
  }
}
