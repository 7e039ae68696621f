package dev.hinge.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * The camera's roll on drawn frames: a room's upright lines (rack posts, door frames) turned by a
 * known angle, a lifter in front of them whose own lines lean otherwise, and black borders. The
 * figures on the development set's clips and on turned copies of them are in docs/perception.md.
 */
class CameraRollTest {
  static final int W = 640;
  static final int H = 360;

  /** Grey frame with dark posts, 12 px wide with soft edges, turned {@code rollDeg} clockwise. */
  static Frame room(double rollDeg, long seed) {
    return room(rollDeg, seed, 0, Double.NaN);
  }

  /**
   * A room whose uprights are turned {@code rollDeg} clockwise, with black bars {@code border} px
   * wide left and right (a pillarboxed clip), and, where {@code lifterDeg} is a number, a lifter's
   * box in the middle filled with stripes leaning {@code lifterDeg}.
   */
  static Frame room(double rollDeg, long seed, int border, double lifterDeg) {
    return room(rollDeg, seed, border, lifterDeg, 0);
  }

  /**
   * As above, the uprights leaning {@code convergeDeg} more at the picture's right edge and as much
   * less at its left (a phone pointing down at the lifter: the room's verticals converge).
   */
  static Frame room(double rollDeg, long seed, int border, double lifterDeg, double convergeDeg) {
    Random r = new Random(seed);
    int lines = 9;
    double[] x0 = new double[lines];
    double[] lean = new double[lines];
    for (int k = 0; k < lines; k++) {
      x0[k] = border + 20 + r.nextDouble() * (W - 2 * border - 40);
      lean[k] = rollDeg + convergeDeg * (x0[k] - W / 2.0) / (W / 2.0);
    }
    double lifterTan = Math.tan(Math.toRadians(Double.isNaN(lifterDeg) ? 0 : lifterDeg));
    byte[] rgb = new byte[W * H * 3];
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        double v = 150 + 6 * r.nextGaussian();
        for (int k = 0; k < lines; k++) {
          // a vertical line turned clockwise: its top moves right (y runs down)
          double lineX = x0[k] - (y - H / 2.0) * Math.tan(Math.toRadians(lean[k]));
          double d = Math.abs(x - lineX) * Math.cos(Math.toRadians(lean[k]));
          v -= 90 * Math.max(0, Math.min(1, 0.5 * (7 - d)));
        }
        if (!Double.isNaN(lifterDeg) && inLifter(x, y)) {
          double sx = x - (y - H / 2.0) * lifterTan;
          v = 60 + 80 * (Math.floorMod((int) Math.floor(sx / 6), 2));
        }
        if (x < border || x >= W - border) {
          v = 0;
        }
        int g = (int) Math.max(0, Math.min(255, Math.round(v)));
        int p = 3 * (y * W + x);
        rgb[p] = (byte) g;
        rgb[p + 1] = (byte) g;
        rgb[p + 2] = (byte) g;
      }
    }
    return new Frame(rgb, W, H);
  }

  static boolean inLifter(int x, int y) {
    return x >= 240 && x < 400 && y >= 20 && y < 340;
  }

  static final CameraMotion.Lifter LIFTER = new CameraMotion.Lifter(240, 20, 400, 340, 320, 200);

  static Optional<CameraRoll.Estimate> estimate(double rollDeg, int border, double lifterDeg) {
    CameraRoll roll = new CameraRoll();
    for (int k = 0; k < 4; k++) {
      Frame f = room(rollDeg, 7 + k, border, lifterDeg);
      f.set(k * CameraRoll.SAMPLE_EVERY, k * 500.0);
      roll.next(f, LIFTER);
    }
    return roll.estimate();
  }

  @Property(tries = 12)
  void readsTheRoomsTurnWithinAThirdOfADegree(
      @ForAll @DoubleRange(min = -12, max = 12) double rollDeg) {
    CameraRoll.Estimate e = estimate(rollDeg, 0, Double.NaN).orElseThrow();
    assertThat(e.rollDeg()).isCloseTo(rollDeg, within(0.3));
    assertThat(e.trusted()).isTrue();
    assertThat(e.samples()).isEqualTo(4);
  }

  @Test
  void theLiftersOwnLinesDoNotVote() {
    // his stripes lean 8° the other way, in a box as tall as the picture and a quarter as wide
    CameraRoll.Estimate e = estimate(3, 0, -8).orElseThrow();
    assertThat(e.rollDeg()).isCloseTo(3, within(0.2));
    CameraRoll unmasked = new CameraRoll();
    for (int k = 0; k < 4; k++) {
      Frame f = room(3, 7 + k, 0, -8);
      f.set(k * CameraRoll.SAMPLE_EVERY, k * 500.0);
      unmasked.next(f, new CameraMotion.Lifter(0, 0, 0, 0, 0, 0));
    }
    // left in, his box's upright sides and his stripes pull the estimate a degree and more off
    assertThat(unmasked.estimate().orElseThrow().rollDeg()).isNotCloseTo(3, within(1.0));
  }

  @Test
  void blackBordersDoNotVoteForLevel() {
    // pillarbox bars are exactly vertical; the room inside them is turned 5°
    CameraRoll.Estimate e = estimate(5, 120, Double.NaN).orElseThrow();
    assertThat(e.rollDeg()).isCloseTo(5, within(0.2));
  }

  @Test
  void thePillarboxedPicturesOwnStripsAreCompared() {
    // a portrait picture 240 px wide in a 640-px frame: its lines fall in two of the frame's four
    // strips, and in three or four of its own
    CameraRoll roll = new CameraRoll();
    for (int k = 0; k < 4; k++) {
      Frame f = room(2, 7 + k, 200, Double.NaN);
      f.set(k * CameraRoll.SAMPLE_EVERY, k * 500.0);
      roll.next(f, new CameraMotion.Lifter(0, 0, 4, 4, 2, 2));
    }
    CameraRoll.Estimate e = roll.estimate().orElseThrow();
    assertThat(e.rollDeg()).isCloseTo(2, within(0.3));
    assertThat(e.columns()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void convergingUprightsAreNotTrusted() {
    // a phone pointing down: the posts on the left lean 6° one way, those on the right 6° the other
    CameraRoll roll = new CameraRoll();
    for (int k = 0; k < 4; k++) {
      Frame f = room(0, 7 + k, 0, Double.NaN, 6);
      f.set(k * CameraRoll.SAMPLE_EVERY, k * 500.0);
      roll.next(f, LIFTER);
    }
    CameraRoll.Estimate e = roll.estimate().orElseThrow();
    assertThat(e.columns()).isGreaterThanOrEqualTo(CameraRoll.MIN_COLUMNS);
    assertThat(e.spreadDeg()).isGreaterThan(CameraRoll.MAX_SPREAD_DEG);
    assertThat(e.trusted()).isFalse();
    // the same room level and square to the camera agrees across the picture
    CameraRoll.Estimate square = estimate(0, 0, Double.NaN).orElseThrow();
    assertThat(square.spreadDeg()).isLessThan(0.5);
    assertThat(square.trusted()).isTrue();
  }

  @Test
  void aRoomWithoutUprightLinesIsNotTrusted() {
    CameraRoll roll = new CameraRoll();
    for (int k = 0; k < 4; k++) {
      Random r = new Random(k);
      byte[] rgb = new byte[W * H * 3];
      for (int i = 0; i < rgb.length; i += 3) {
        byte g = (byte) (100 + r.nextInt(60));
        rgb[i] = g;
        rgb[i + 1] = g;
        rgb[i + 2] = g;
      }
      Frame f = new Frame(rgb, W, H);
      f.set(k * CameraRoll.SAMPLE_EVERY, k * 500.0);
      roll.next(f, LIFTER);
    }
    CameraRoll.Estimate e = roll.estimate().orElseThrow();
    assertThat(e.strength()).isLessThan(CameraRoll.MIN_STRENGTH);
    assertThat(e.trusted()).isFalse();
  }

  @Test
  void onlySampledFramesWithAKnownLifterVote() {
    CameraRoll roll = new CameraRoll();
    Frame between = room(4, 1);
    between.set(CameraRoll.SAMPLE_EVERY + 1, 40);
    roll.next(between, LIFTER);
    Frame noLifter = room(4, 2);
    noLifter.set(0, 0);
    roll.next(noLifter, null);
    assertThat(roll.estimate()).isEmpty();
  }

  @Test
  void aLargeFrameIsAveragedDownFirst() {
    // a 1920-wide frame reads as its 640-wide average: the same room, three times the pixels
    Frame small = room(-4, 3);
    byte[] big = new byte[3 * W * 3 * H * 3];
    for (int y = 0; y < 3 * H; y++) {
      for (int x = 0; x < 3 * W; x++) {
        System.arraycopy(small.rgb(), 3 * ((y / 3) * W + x / 3), big, 3 * (y * 3 * W + x), 3);
      }
    }
    CameraRoll roll = new CameraRoll();
    for (int k = 0; k < 2; k++) {
      Frame f = new Frame(big, 3 * W, 3 * H);
      f.set(k * CameraRoll.SAMPLE_EVERY, k * 500.0);
      roll.next(f, new CameraMotion.Lifter(3 * 280, 3 * 60, 3 * 360, 3 * 320, 3 * 320, 3 * 200));
    }
    assertThat(roll.estimate().orElseThrow().rollDeg()).isCloseTo(-4, within(0.2));
  }
}
