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
    for (int i = 0; i < 30; i++) {
      // the figure jumps 6 px a frame, a fast pull at this size
      assertThat(d.isCut(scene(0xC8C8BE, 0x3C3C3C, 40 + 6 * (i % 12), 60, i))).isFalse();
    }
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
