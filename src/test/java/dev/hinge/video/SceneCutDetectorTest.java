package dev.hinge.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The cut detector on drawn frames: a scene (a gym wall, a floor, a figure) and what changes from
 * one frame to the next. Its thresholds were set on the labelled real clips and the fixture clips
 * (SceneCutIT measures them on the clips themselves).
 */
class SceneCutDetectorTest {
  static final int W = 160;
  static final int H = 120;

  /** A scene: a wall of one colour over a floor of another, noise, and a figure at (fx, fy). */
  static Frame scene(int wall, int floor, int fx, int fy, long seed) {
    Frame f = new Frame(W, H);
    byte[] rgb = f.rgb();
    Random r = new Random(seed);
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        int c = y < H * 2 / 3 ? wall : floor;
        boolean figure = Math.abs(x - fx) < 8 && Math.abs(y - fy) < 30;
        int o = (y * W + x) * 3;
        for (int k = 0; k < 3; k++) {
          int v = figure ? 30 : ((c >> (16 - 8 * k)) & 0xff) + r.nextInt(7) - 3;
          rgb[o + k] = (byte) Math.max(0, Math.min(255, v));
        }
      }
    }
    return f;
  }

  @Test
  void theFirstFrameIsNeverACutAndAStillSceneHasNone() {
    SceneCutDetector d = new SceneCutDetector();
    for (int i = 0; i < 30; i++) {
      assertThat(d.isCut(scene(0xC8C8BE, 0x3C3C3C, 80, 60, i))).as("frame %d", i).isFalse();
    }
  }

  @Test
  void aLifterMovingFastIsNotACut() {
    SceneCutDetector d = new SceneCutDetector();
    for (int i = 0; i < 60; i++) {
      // the figure moves 6 px a frame, a fast pull at this size, there and back
      int step = i % 24 < 12 ? i % 24 : 24 - i % 24;
      assertThat(d.isCut(scene(0xC8C8BE, 0x3C3C3C, 40 + 6 * step, 60, i))).isFalse();
    }
  }

  /**
   * The same room from the other side (or the clip spliced to its mirror image): the colours stay,
   * the figure is elsewhere at once. The histogram hardly moves; the grid's one-frame spike against
   * the still shot before it is the cut.
   */
  @Test
  void anotherShotOfTheSameRoomIsACut() {
    SceneCutDetector d = new SceneCutDetector();
    for (int i = 0; i < SceneCutDetector.SPIKE_HISTORY + 2; i++) {
      assertThat(d.isCut(scene(0xC8C8BE, 0x3C3C3C, 40, 60, i))).isFalse();
    }
    assertThat(d.isCut(scene(0xC8C8BE, 0x3C3C3C, 120, 60, 99))).isTrue();
    assertThat(d.lastHistogramDistance()).isLessThan(SceneCutDetector.HISTOGRAM_THRESHOLD);
    // the new shot goes on: its first frames are measured against it, not against the last shot
    for (int i = 0; i < SceneCutDetector.SPIKE_HISTORY + 2; i++) {
      assertThat(d.isCut(scene(0xC8C8BE, 0x3C3C3C, 120, 60, 100 + i))).isFalse();
    }
  }

  /**
   * A hand-held camera shaking frame after frame, up to 3 px each way (jumps of up to 5 % of the
   * picture a frame), moves the grid every frame: no cut.
   */
  @Property(tries = 30)
  void aShakingCameraIsNotACut(@ForAll @IntRange(min = 1, max = 3) int amplitude) {
    SceneCutDetector d = new SceneCutDetector();
    Random r = new Random(amplitude);
    for (int i = 0; i < 60; i++) {
      int dx = r.nextInt(2 * amplitude + 1) - amplitude;
      int dy = r.nextInt(2 * amplitude + 1) - amplitude;
      assertThat(d.isCut(shifted(scene(0xC8C8BE, 0x3C3C3C, 80, 60, i), dx, dy)))
          .as(
              "frame %d: histogram %.3f, grid %.3f",
              i, d.lastHistogramDistance(), d.lastGridDistance())
          .isFalse();
    }
  }

  /** {@code f} moved by (dx, dy) pixels, its edges repeated. */
  static Frame shifted(Frame f, int dx, int dy) {
    Frame out = new Frame(W, H);
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        int sx = Math.max(0, Math.min(W - 1, x - dx));
        int sy = Math.max(0, Math.min(H - 1, y - dy));
        System.arraycopy(f.rgb(), (sy * W + sx) * 3, out.rgb(), (y * W + x) * 3, 3);
      }
    }
    return out;
  }

  @Test
  void anotherShotIsACutOnceAtItsFirstFrame() {
    SceneCutDetector d = new SceneCutDetector();
    d.isCut(scene(0xC8C8BE, 0x3C3C3C, 80, 60, 1));
    d.isCut(scene(0xC8C8BE, 0x3C3C3C, 80, 60, 2));
    // another gym: a red wall over a blue floor
    assertThat(d.isCut(scene(0xA02020, 0x2040A0, 50, 70, 3))).isTrue();
    assertThat(d.lastHistogramDistance()).isGreaterThan(SceneCutDetector.HISTOGRAM_THRESHOLD);
    assertThat(d.lastGridDistance()).isGreaterThan(SceneCutDetector.GRID_THRESHOLD);
    assertThat(d.isCut(scene(0xA02020, 0x2040A0, 50, 70, 4))).isFalse();
  }

  @Test
  void aCutToBlackIsACut() {
    SceneCutDetector d = new SceneCutDetector();
    d.isCut(scene(0xC8C8BE, 0x3C3C3C, 80, 60, 1));
    assertThat(d.isCut(new Frame(W, H))).isTrue();
  }

  /** Brightness drifting a little a frame (auto exposure) is never a cut, whatever the step. */
  @Property(tries = 50)
  void exposureDriftIsNotACut(@ForAll @IntRange(min = -6, max = 6) int step) {
    SceneCutDetector d = new SceneCutDetector();
    for (int i = 0; i < 10; i++) {
      int g = 0x80 + step * i;
      int wall = (g << 16) | (g << 8) | g;
      assertThat(d.isCut(scene(wall, 0x3C3C3C, 80, 60, i))).isFalse();
    }
  }
}
