package dev.hinge.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hinge.testing.DerivedClips;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The formats phones and sharing apps actually produce decode to the same upright picture: an
 * iPhone's 10-bit HEVC in a QuickTime file with a quarter-turn in its metadata, a 10-bit H.264, an
 * Android or browser VP9 WebM, an AV1 MP4 (newer phones and re-encoding sites), next to the plain
 * 8-bit H.264 they are compared with. Each clip is made here with the FFmpeg command line (the test
 * is skipped where it or the encoder is missing) from one drawn picture: a white square in the
 * top-left corner on a mid-grey ground, with a red bar along the bottom.
 */
class PhoneFormatsTest {
  @TempDir Path dir;

  static final int W = 320;
  static final int H = 240;
  static final int FRAMES = 30;

  /** The picture: grey, a white square at the top left, a red bar at the bottom. */
  static final String PICTURE =
      "color=c=0x808080:s="
          + W
          + "x"
          + H
          + ":r=30:d=1,format=yuv420p,"
          + "drawbox=x=8:y=8:w=60:h=60:color=white:t=fill,"
          + "drawbox=x=0:y="
          + (H - 40)
          + ":w="
          + W
          + ":h=40:color=red:t=fill";

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of("h264.mp4", "libx264", List.of("-pix_fmt", "yuv420p"), 0),
        Arguments.of(
            "iphone-hevc10.mov",
            "libx265",
            List.of("-pix_fmt", "yuv420p10le", "-tag:v", "hvc1"),
            90),
        Arguments.of("h264-10bit.mp4", "libx264", List.of("-pix_fmt", "yuv420p10le"), 0),
        Arguments.of("vp9.webm", "libvpx-vp9", List.of("-pix_fmt", "yuv420p", "-b:v", "0"), 0),
        Arguments.of("av1.mp4", "libaom-av1", List.of("-pix_fmt", "yuv420p", "-cpu-used", "8"), 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void decodesUprightWithEveryFrameAndItsColours(
      String name, String encoder, List<String> options, int rotationDeg) throws Exception {
    assumeTrue(DerivedClips.onPath("ffmpeg"), "the FFmpeg command line (ffmpeg) makes these clips");
    assumeTrue(
        DerivedClips.ffmpeg("-hide_banner", "-encoders").contains(" " + encoder + " "),
        "this FFmpeg has no " + encoder + " encoder");
    Path clip = dir.resolve(name);
    Path encoded = rotationDeg == 0 ? clip : dir.resolve("stored-" + name);
    List<String> cmd = new ArrayList<>(List.of("-f", "lavfi", "-i", PICTURE, "-c:v", encoder));
    cmd.addAll(options);
    cmd.add(encoded.toString());
    DerivedClips.ffmpeg(cmd.toArray(String[]::new));
    if (rotationDeg != 0) {
      // the sensor's landscape picture, turned a quarter clockwise by its metadata
      DerivedClips.turned(encoded, rotationDeg, clip);
    }

    try (FfmpegFrameSource s = FfmpegFrameSource.open(clip)) {
      assertThat(s.metadata().rotationDeg()).isEqualTo(rotationDeg);
      int frames = 0;
      Optional<Frame> next;
      while ((next = s.next()).isPresent()) {
        Frame f = next.get();
        // a quarter-turn clockwise stands the 320×240 picture up as 240×320
        boolean turned = rotationDeg == 90;
        assertThat(f.width()).isEqualTo(turned ? H : W);
        assertThat(f.height()).isEqualTo(turned ? W : H);
        // where the drawn parts are once the picture is turned as the metadata says
        int[] square = turned ? new int[] {H - 38, 38} : new int[] {38, 38};
        int[] bar = turned ? new int[] {20, W / 2} : new int[] {W / 2, H - 20};
        int[] ground = turned ? new int[] {H / 2, W - 40} : new int[] {W - 40, H / 2};
        assertThat(Arrays.stream(rgb(f, square)).min().orElseThrow()).isGreaterThan(225);
        int[] red = rgb(f, bar);
        assertThat(red[0]).isGreaterThan(200);
        assertThat(red[1]).isLessThan(50);
        assertThat(red[2]).isLessThan(50);
        int[] grey = rgb(f, ground);
        assertThat(Arrays.stream(grey).min().orElseThrow()).isGreaterThanOrEqualTo(110);
        assertThat(Arrays.stream(grey).max().orElseThrow()).isLessThanOrEqualTo(146);
        s.release(f);
        frames++;
      }
      assertThat(frames).isEqualTo(FRAMES);
    }
  }

  private static int[] rgb(Frame f, int[] at) {
    int i = (at[1] * f.width() + at[0]) * 3;
    return new int[] {f.rgb()[i] & 255, f.rgb()[i + 1] & 255, f.rgb()[i + 2] & 255};
  }
}
