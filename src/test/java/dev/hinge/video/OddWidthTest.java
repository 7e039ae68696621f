package dev.hinge.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hinge.testing.DerivedClips;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pictures whose width is not a multiple of 8 (854×480 is 16:9 480p; cropped and re-shared clips
 * come in any width) decode to exactly the frames FFmpeg's command line makes, their last columns
 * included. swscale's x86 code converts a row in groups of 8 pixels and skips a last group the
 * row's stride cannot hold: with rows packed at three bytes a pixel, the last 2–6 columns kept
 * whatever the buffer held before, so the same clip gave other landmarks after other clips in one
 * process (hinge eval, the web app's workers).
 */
class OddWidthTest {
  @TempDir Path dir;

  static final int FRAMES = 5;

  /** A colour test card, its right-most 8 columns white: never what stale memory holds. */
  static String picture(int w, int h) {
    return "testsrc2=s="
        + w
        + "x"
        + h
        + ":r=30:d="
        + FRAMES / 30.0
        + ",format=yuv420p,drawbox=x="
        + (w - 8)
        + ":y=0:w=8:h="
        + h
        + ":color=white:t=fill";
  }

  @ParameterizedTest(name = "{0}x{1}, turned {2}°")
  @CsvSource({"418,240,0", "854,480,0", "478,240,0", "492,240,0", "418,240,90"})
  void framesEqualTheCommandLinesToTheLastColumn(int w, int h, int rotationDeg) throws Exception {
    assumeTrue(DerivedClips.onPath("ffmpeg"), "the FFmpeg command line (ffmpeg) makes these clips");
    Path clip = dir.resolve("odd.mp4");
    Path encoded = rotationDeg == 0 ? clip : dir.resolve("stored.mp4");
    DerivedClips.ffmpeg(
        "-f",
        "lavfi",
        "-i",
        picture(w, h),
        "-c:v",
        "libx264",
        "-pix_fmt",
        "yuv420p",
        encoded.toString());
    if (rotationDeg != 0) {
      DerivedClips.turned(encoded, rotationDeg, clip);
    }
    Path raw = dir.resolve("frames.rgb");
    // the command line turns the picture upright as the metadata says, as Hinge does
    DerivedClips.ffmpeg(
        "-i", clip.toString(), "-f", "rawvideo", "-pix_fmt", "rgb24", raw.toString());
    byte[] reference = Files.readAllBytes(raw);

    // twice in one process: the second source reuses memory the first one freed
    for (int pass = 0; pass < 2; pass++) {
      try (FfmpegFrameSource s = FfmpegFrameSource.open(clip)) {
        int n = 0;
        Optional<Frame> next;
        while ((next = s.next()).isPresent()) {
          Frame f = next.get();
          int size = f.width() * f.height() * 3;
          byte[] expected = Arrays.copyOfRange(reference, n * size, (n + 1) * size);
          assertThat(f.width()).isEqualTo(rotationDeg == 90 ? h : w);
          assertThat(mismatchedColumns(f, expected))
              .as("columns of frame %d that differ from the command line's", n)
              .isEmpty();
          s.release(f);
          n++;
        }
        assertThat(n).isEqualTo(FRAMES);
      }
    }
  }

  @Test
  void rowsAreFarEnoughApartForAWholeLastGroupOfEightPixels() {
    for (int w = 1; w <= 4096; w++) {
      int stride = RgbConverter.strideFor(w);
      assertThat(stride).isGreaterThanOrEqualTo(((w + 7) / 8) * 8 * 3);
      assertThat(stride % 64).isZero();
    }
  }

  private static List<Integer> mismatchedColumns(Frame f, byte[] expected) {
    List<Integer> columns = new ArrayList<>();
    byte[] rgb = f.rgb();
    for (int x = 0; x < f.width(); x++) {
      for (int y = 0; y < f.height(); y++) {
        int i = (y * f.width() + x) * 3;
        if (rgb[i] != expected[i]
            || rgb[i + 1] != expected[i + 1]
            || rgb[i + 2] != expected[i + 2]) {
          columns.add(x);
          break;
        }
      }
    }
    return columns;
  }
}
