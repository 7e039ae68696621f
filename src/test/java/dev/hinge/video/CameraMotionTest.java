package dev.hinge.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * The camera's path on drawn frames: a textured gym seen through a camera at a known offset, with a
 * dark lifter moving in front of it. The figures on real clips and on shaken copies of them are in
 * docs/perception.md.
 */
class CameraMotionTest {
  static final int W = 320;
  static final int H = 240;

  /** A room larger than the picture: smooth blobs of light and dark, like posters and racks. */
  static final class Room {
    final int margin = 80;
    final int rw = W + 2 * margin;
    final int rh = H + 2 * margin;
    final double[] grey = new double[rw * rh];

    Room(long seed, boolean textured) {
      Random r = new Random(seed);
      java.util.Arrays.fill(grey, 120);
      if (!textured) {
        return;
      }
      for (int b = 0; b < 160; b++) {
        double cx = r.nextDouble() * rw;
        double cy = r.nextDouble() * rh;
        double s = 4 + r.nextDouble() * 10;
        double a = (r.nextBoolean() ? 1 : -1) * (40 + r.nextDouble() * 60);
        for (int y = (int) Math.max(0, cy - 3 * s); y < Math.min(rh, cy + 3 * s); y++) {
          for (int x = (int) Math.max(0, cx - 3 * s); x < Math.min(rw, cx + 3 * s); x++) {
            double d2 = ((x - cx) * (x - cx) + (y - cy) * (y - cy)) / (s * s);
            grey[y * rw + x] += a * Math.exp(-d2 / 2);
          }
        }
      }
    }

    double at(double x, double y) {
      int x0 = (int) Math.floor(x);
      int y0 = (int) Math.floor(y);
      double fx = x - x0;
      double fy = y - y0;
      x0 = Math.max(0, Math.min(rw - 2, x0));
      y0 = Math.max(0, Math.min(rh - 2, y0));
      double a = grey[y0 * rw + x0];
      double b = grey[y0 * rw + x0 + 1];
      double c = grey[(y0 + 1) * rw + x0];
      double d = grey[(y0 + 1) * rw + x0 + 1];
      return (1 - fy) * ((1 - fx) * a + fx * b) + fy * ((1 - fx) * c + fx * d);
    }

    /**
     * The picture of a camera whose content is shifted by (dx, dy) (a still point of the room at
     * (x, y) in the first frame is at (x + dx, y + dy) here), a lifter as a dark box in picture
     * coordinates, sensor noise, and black bars {@code bar} pixels wide at the left and right.
     */
    Frame picture(double dx, double dy, CameraMotion.Lifter lifter, int bar, long seed) {
      Frame f = new Frame(W, H);
      byte[] rgb = f.rgb();
      Random noise = new Random(seed);
      for (int y = 0; y < H; y++) {
        for (int x = 0; x < W; x++) {
          double g;
          if (x < bar || x >= W - bar) {
            g = 0;
          } else if (lifter != null
              && x >= lifter.x0()
              && x <= lifter.x1()
              && y >= lifter.y0()
              && y <= lifter.y1()) {
            g = 35 + 10 * Math.sin(x * 0.7 + seed);
          } else {
            g = at(x - dx + margin, y - dy + margin) + noise.nextGaussian() * 2;
          }
          byte v = (byte) Math.max(0, Math.min(255, Math.round(g)));
          int o = (y * W + x) * 3;
          rgb[o] = v;
          rgb[o + 1] = v;
          rgb[o + 2] = v;
        }
      }
      return f;
    }
  }

  /** A lifter 70 px tall rising and sinking at the picture's middle, in picture coordinates. */
  static CameraMotion.Lifter lifter(int i, double dx, double dy) {
    double rise = 20 * Math.sin(i * 0.2);
    double x0 = 140 + dx;
    double y0 = 110 - rise + dy;
    return new CameraMotion.Lifter(x0, y0, x0 + 40, y0 + 70, x0 + 30, y0 + 45);
  }

  /**
   * A lifter bent over his bar (a box 50 px square) who is 150 px tall standing, pulling a plate of
   * 36 px radius, ringed, up with him, in a narrow picture between black bars: the plate's rings
   * are most of what a key finds clear of his box. His size, not his box, says how far the plate
   * reaches.
   */
  static CameraMotion.Lifter bentLifter(int i, double sizePx) {
    double rise = 40 * (1 - Math.cos(Math.min(i, 30) * Math.PI / 30)) / 2;
    double y0 = 100 - rise;
    return new CameraMotion.Lifter(150, y0, 200, y0 + 50, 160, y0 + 55, sizePx);
  }

  static Frame withPlate(Frame f, CameraMotion.Lifter l) {
    byte[] rgb = f.rgb();
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        double r = Math.hypot(x - l.barX(), y - l.barY());
        if (r <= 36) {
          byte v = (byte) (((int) (r / 6)) % 2 == 0 ? 230 : 40);
          int o = (y * W + x) * 3;
          rgb[o] = v;
          rgb[o + 1] = v;
          rgb[o + 2] = v;
        }
      }
    }
    return f;
  }

  @Test
  void aPlateRisingWithABentLifterIsNoCameraMotion() {
    Room room = new Room(5, true);
    CameraMotion m = new CameraMotion();
    double worst = 0;
    for (int i = 0; i < 45; i++) {
      CameraMotion.Lifter l = bentLifter(i, 150);
      CameraShift s = m.next(withPlate(room.picture(0, 0, l, 95, i), l), l);
      worst = Math.max(worst, s.magnitudePx());
    }
    assertThat(worst).isLessThan(0.5);
  }

  @Test
  void aStillCameraStaysAtZeroWhileTheLifterMoves() {
    Room room = new Room(1, true);
    CameraMotion m = new CameraMotion();
    for (int i = 0; i < 40; i++) {
      CameraMotion.Lifter l = lifter(i, 0, 0);
      CameraShift s = m.next(room.picture(0, 0, l, 0, i), l);
      assertThat(s.magnitudePx()).as("frame %d", i).isLessThan(0.5);
    }
  }

  @Test
  void aShakingCameraIsFollowedToAPixel() {
    Room room = new Room(2, true);
    CameraMotion m = new CameraMotion();
    double worst = 0;
    for (int i = 0; i < 60; i++) {
      double t = i / 30.0;
      // a hand-held sway: 25 px across at 1.3 Hz, 15 px up and down at 0.9 Hz
      double dx = 25 * Math.sin(2 * Math.PI * 1.3 * t);
      double dy = 15 * (Math.cos(2 * Math.PI * 0.9 * t) - 1);
      CameraMotion.Lifter l = lifter(i, dx, dy);
      CameraShift s = m.next(room.picture(dx, dy, l, 0, i), l);
      worst = Math.max(worst, Math.hypot(s.dxPx() - dx, s.dyPx() - dy));
    }
    assertThat(worst).isLessThan(1.0);
    assertThat(m.heldFrames()).isZero();
  }

  /**
   * The corner score: high at a corner of a poster, nothing along its straight edge or on a flat
   * wall, so the points chosen pin the shift up and down as well as across.
   */
  @Test
  void aCornerScoresAndAnEdgeOrAFlatWallDoesNot() {
    int w = 40;
    int h = 40;
    int[] grey = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        // a bright poster from (20, 20) to the corner of the picture, on a mid-grey wall
        grey[y * w + x] = x >= 20 && y >= 20 ? 200 : 100;
      }
    }
    assertThat(CameraMotion.corner(grey, w, h, 20 * w + 20)).isGreaterThan(15);
    assertThat(CameraMotion.corner(grey, w, h, 30 * w + 20)).isZero();
    assertThat(CameraMotion.corner(grey, w, h, 20 * w + 30)).isZero();
    assertThat(CameraMotion.corner(grey, w, h, 10 * w + 10)).isZero();
    // too near the picture's edge for the 5×5 window and its gradients
    assertThat(CameraMotion.corner(grey, w, h, 2 * w + 20)).isZero();
  }

  @Test
  void aSlowPanPastAnEighthOfThePictureKeepsItsCourseAcrossNewKeys() {
    Room room = new Room(3, true);
    CameraMotion m = new CameraMotion();
    CameraShift last = CameraShift.NONE;
    for (int i = 0; i < 60; i++) {
      double dx = -1.2 * i;
      CameraMotion.Lifter l = lifter(i, 0, 0);
      last = m.next(room.picture(dx, 0, l, 0, i), l);
    }
    // 71 px: past 40 px (an eighth of 320), so at least one new key was taken on the way
    assertThat(last.dxPx()).isCloseTo(-70.8, within(1.5));
    assertThat(last.dyPx()).isCloseTo(0, within(1.0));
  }

  /**
   * An edited clip's caption slides in over a still camera's picture: a textured box that moves 8
   * px a frame across a quarter of the picture. It is not the camera.
   */
  @Test
  void aCaptionSlidingInIsNotTheCamera() {
    Room room = new Room(8, true);
    Room caption = new Room(9, true);
    CameraMotion m = new CameraMotion();
    for (int i = 0; i < 30; i++) {
      CameraMotion.Lifter l = lifter(i, 0, 0);
      Frame f = room.picture(0, 0, l, 0, i);
      int left = Math.max(200, W - 8 * i);
      byte[] rgb = f.rgb();
      for (int y = 150; y < 230; y++) {
        for (int x = left; x < W; x++) {
          byte v = (byte) Math.max(0, Math.min(255, caption.at(x - left + 40, y)));
          int o = (y * W + x) * 3;
          rgb[o] = v;
          rgb[o + 1] = v;
          rgb[o + 2] = v;
        }
      }
      assertThat(m.next(f, l).magnitudePx()).as("frame %d", i).isLessThan(0.5);
    }
  }

  @Test
  void aFlatWallGivesNoMotionRatherThanAWrongOne() {
    Room room = new Room(4, false);
    CameraMotion m = new CameraMotion();
    for (int i = 0; i < 20; i++) {
      CameraMotion.Lifter l = lifter(i, 3 * i, 0);
      assertThat(m.next(room.picture(3 * i, 0, l, 0, i), l)).isEqualTo(CameraShift.NONE);
    }
    assertThat(m.matchedFrames()).isZero();
  }

  @Test
  void pillarboxBarsThatStayPutDoNotHoldTheCameraStill() {
    Room room = new Room(5, true);
    CameraMotion m = new CameraMotion();
    CameraShift s = CameraShift.NONE;
    for (int i = 0; i < 10; i++) {
      CameraMotion.Lifter l = lifter(i, 2 * i, i);
      s = m.next(room.picture(2 * i, i, l, 50, i), l);
    }
    assertThat(s.dxPx()).isCloseTo(18, within(1.0));
    assertThat(s.dyPx()).isCloseTo(9, within(1.0));
  }

  @Test
  void aNewShotStartsAtZero() {
    Room room = new Room(6, true);
    CameraMotion m = new CameraMotion();
    for (int i = 0; i < 5; i++) {
      m.next(room.picture(4 * i, 0, null, 0, i), null);
    }
    m.newShot();
    assertThat(m.next(room.picture(40, 0, null, 0, 9), null)).isEqualTo(CameraShift.NONE);
    assertThat(m.next(room.picture(43, 0, null, 0, 10), null).dxPx()).isCloseTo(3, within(0.5));
  }

  /** Any step within the search, a fraction of a pixel included, is measured to a third of one. */
  @Property(tries = 30)
  void oneStepIsMeasured(
      @ForAll @DoubleRange(min = -7, max = 7) double dx,
      @ForAll @DoubleRange(min = -7, max = 7) double dy) {
    Room room = new Room(7, true);
    CameraMotion m = new CameraMotion();
    CameraMotion.Lifter l = lifter(0, 0, 0);
    m.next(room.picture(0, 0, l, 0, 1), l);
    CameraShift s = m.next(room.picture(dx, dy, l, 0, 2), l);
    assertThat(s.dxPx()).isCloseTo(dx, within(0.35));
    assertThat(s.dyPx()).isCloseTo(dy, within(0.35));
  }

  @Test
  void aLifterBoxMustRunFromItsLowCorner() {
    assertThatThrownBy(() -> new CameraMotion.Lifter(10, 0, 5, 10, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x 10.0–5.0");
    assertThatThrownBy(() -> new CameraMotion.Lifter(0, 0, 5, 10, 0, 0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found NaN");
  }
}
