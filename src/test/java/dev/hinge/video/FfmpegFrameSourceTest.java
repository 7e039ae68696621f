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

  /** The decoded Y'CbCr of the centre pixel and the colour matrix the file is tagged with. */
  private static int[] centreYuvAndMatrix(Path video) throws Exception {
    try (org.bytedeco.javacv.FFmpegFrameGrabber g =
        new org.bytedeco.javacv.FFmpegFrameGrabber(video.toFile())) {
      g.setImageMode(org.bytedeco.javacv.FrameGrabber.ImageMode.RAW);
      g.start();
      org.bytedeco.ffmpeg.avutil.AVFrame f =
          (org.bytedeco.ffmpeg.avutil.AVFrame) g.grabImage().opaque;
      int x = f.width() / 2;
      int yy = f.height() / 2;
      return new int[] {
        f.data(0).get((long) yy * f.linesize(0) + x) & 255,
        f.data(1).get((long) (yy / 2) * f.linesize(1) + x / 2) & 255,
        f.data(2).get((long) (yy / 2) * f.linesize(2) + x / 2) & 255,
        f.colorspace()
      };
    }
  }

  private static int[] centreRgb(Path video) {
    try (FfmpegFrameSource s = FfmpegFrameSource.open(video)) {
      Frame f = s.next().orElseThrow();
      int i = ((f.height() / 2) * f.width() + f.width() / 2) * 3;
      return new int[] {f.rgb()[i] & 255, f.rgb()[i + 1] & 255, f.rgb()[i + 2] & 255};
    }
  }

  /**
   * Limited-range Y'CbCr to RGB with luma weights kr, kb (BT.709: .2126/.0722; BT.601: .299/.114).
   */
  private static double[] rgbOf(int y, int u, int v, double kr, double kb) {
    double l = (y - 16) * 255.0 / 219;
    double cb = (u - 128) * 255.0 / 224;
    double cr = (v - 128) * 255.0 / 224;
    double kg = 1 - kr - kb;
    double r = l + 2 * (1 - kr) * cr;
    double b = l + 2 * (1 - kb) * cb;
    double g = (l - kr * r - kb * b) / kg;
    return new double[] {r, g, b};
  }

  @Test
  void coloursAreConvertedWithTheMatrixTheVideoIsTaggedWith() throws Exception {
    // a warm skin-like colour, where BT.709 and BT.601 differ by about 10 levels in red and green;
    // swscale's fixed-point conversion is within 3 levels of the exact formula
    Path tagged =
        GeneratedVideos.writeFlatYuv(dir.resolve("bt709.mkv"), 64, 48, 3, 100, 100, 180, "bt709");
    Path untagged =
        GeneratedVideos.writeFlatYuv(dir.resolve("plain.mkv"), 64, 48, 3, 100, 100, 180, null);
    int[] t = centreYuvAndMatrix(tagged);
    assertThat(t[3]).as("colour matrix tag (AVCOL_SPC_BT709 = 1)").isEqualTo(1);
    double[] bt709 = rgbOf(t[0], t[1], t[2], 0.2126, 0.0722);
    double[] bt601 = rgbOf(t[0], t[1], t[2], 0.299, 0.114);
    assertThat(Math.abs(bt709[0] - bt601[0]))
        .as("the two matrices must differ here")
        .isGreaterThan(6);
    int[] rgb = centreRgb(tagged);
    for (int c = 0; c < 3; c++) {
      assertThat((double) rgb[c]).as("BT.709 channel %d", c).isCloseTo(bt709[c], within(3.0));
    }
    int[] u = centreYuvAndMatrix(untagged);
    assertThat(u[3]).as("untagged").isEqualTo(2);
    double[] untaggedRgb601 = rgbOf(u[0], u[1], u[2], 0.299, 0.114);
    int[] rgbU = centreRgb(untagged);
    for (int c = 0; c < 3; c++) {
      assertThat((double) rgbU[c])
          .as("untagged → BT.601, channel %d", c)
          .isCloseTo(untaggedRgb601[c], within(3.0));
    }
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
        .hasMessageContaining("not a readable video")
        .hasMessageContaining("invalid data found")
        .hasMessageNotContaining("setFormat");
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
