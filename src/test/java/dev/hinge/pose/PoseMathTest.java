package dev.hinge.pose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.video.Frame;
import java.nio.FloatBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoseMathTest {

  @Test
  void theDetectorHas2254AnchorsCentredOnTheirCells() {
    float[] c = SsdAnchors.centres();
    assertThat(c).hasSize(2 * 2254);
    // first anchor: stride 8 → 28×28 map, cell (0,0), two anchors per cell
    assertThat(c[0]).isCloseTo(0.5f / 28, within(1e-6f));
    assertThat(c[1]).isCloseTo(0.5f / 28, within(1e-6f));
    assertThat(c[2]).isEqualTo(c[0]);
    // first anchor of the stride-16 layer
    assertThat(c[2 * 1568]).isCloseTo(0.5f / 14, within(1e-6f));
    // last anchor: stride-32 map 7×7, last cell, six anchors per cell
    assertThat(c[2 * 2253]).isCloseTo(6.5f / 7, within(1e-6f));
    assertThat(c[2 * 2253 + 1]).isCloseTo(6.5f / 7, within(1e-6f));
    assertThat(c[2 * (2254 - 6)]).isCloseTo(6.5f / 7, within(1e-6f));
  }

  @Test
  void aRawBoxIsDecodedRelativeToItsAnchorAndScaledBy224() {
    int n = SsdAnchors.count();
    FloatBuffer boxes = FloatBuffer.allocate(n * 12);
    FloatBuffer scores = FloatBuffer.allocate(n);
    for (int i = 0; i < n; i++) {
      scores.put(i, -10f);
    }
    int a = 1568 + 2 * (14 * 3 + 5); // stride-16 layer, cell x=5, y=3
    scores.put(a, 2f); // sigmoid 0.88
    float[] raw = {22.4f, -11.2f, 44.8f, 89.6f, 0, 0, 11.2f, -22.4f, 0, 0, 0, 0};
    for (int k = 0; k < 12; k++) {
      boxes.put(a * 12 + k, raw[k]);
    }
    List<Detection> found = new DetectionDecoder().decode(boxes, scores);
    assertThat(found).hasSize(1);
    Detection d = found.get(0);
    float ax = 5.5f / 14;
    float ay = 3.5f / 14;
    assertThat(d.score()).isCloseTo((float) (1 / (1 + Math.exp(-2))), within(1e-6f));
    assertThat(d.xMin() + d.width() / 2).isCloseTo(ax + 0.1f, within(1e-6f));
    assertThat(d.yMin() + d.height() / 2).isCloseTo(ay - 0.05f, within(1e-6f));
    assertThat(d.width()).isCloseTo(0.2f, within(1e-6f));
    assertThat(d.height()).isCloseTo(0.4f, within(1e-6f));
    assertThat(d.kx(0)).isCloseTo(ax, within(1e-6f));
    assertThat(d.kx(1)).isCloseTo(ax + 0.05f, within(1e-6f));
    assertThat(d.ky(1)).isCloseTo(ay - 0.1f, within(1e-6f));
  }

  @Test
  void weightedNmsAveragesOverlappingBoxesByScoreAndKeepsSeparateOnes() {
    Detection a =
        new Detection(
            0.9f, 0.10f, 0.10f, 0.20f, 0.20f, new float[] {0.2f, 0.2f, 0.2f, 0.1f, 0, 0, 0, 0});
    Detection b =
        new Detection(
            0.6f, 0.12f, 0.10f, 0.20f, 0.20f, new float[] {0.3f, 0.2f, 0.3f, 0.1f, 0, 0, 0, 0});
    Detection far = new Detection(0.7f, 0.70f, 0.70f, 0.10f, 0.10f, new float[8]);
    List<Detection> out = DetectionDecoder.weightedNms(List.of(b, far, a), 0.3f);
    assertThat(out).hasSize(2);
    Detection merged = out.get(0);
    assertThat(merged.score()).isEqualTo(0.9f);
    assertThat(merged.xMin()).isCloseTo((0.10f * 0.9f + 0.12f * 0.6f) / 1.5f, within(1e-6f));
    assertThat(merged.kx(0)).isCloseTo((0.2f * 0.9f + 0.3f * 0.6f) / 1.5f, within(1e-6f));
    assertThat(out.get(1).score()).isEqualTo(0.7f);
  }

  @Test
  void undoingTheLetterboxMapsPaddedCoordinatesBackToTheImage() {
    // portrait 492×720 letterboxed into a square: 15.83 % padding left and right
    float pad = (1 - 492f / 720f) / 2;
    Detection d =
        new Detection(
            0.9f,
            pad,
            0.25f,
            0.5f * (1 - 2 * pad),
            0.5f,
            new float[] {pad, 0.5f, 0.5f, 0.5f, 0, 0, 0, 0});
    Detection r = DetectionDecoder.removeLetterbox(d, pad, 0);
    assertThat(r.xMin()).isCloseTo(0f, within(1e-6f));
    assertThat(r.width()).isCloseTo(0.5f, within(1e-6f));
    assertThat(r.kx(0)).isCloseTo(0f, within(1e-6f));
    assertThat(r.kx(1)).isCloseTo(0.5f, within(1e-6f));
    assertThat(r.yMin()).isEqualTo(0.25f);
  }

  @Test
  void aRegionFromAnUprightBodyIsUnrotatedAndTwoAndAHalfBodyRadiiWide() {
    Roi r = Roi.fromAlignmentPoints(100, 300, 100, 200);
    assertThat(r.rotationRad()).isCloseTo(0, within(1e-12));
    assertThat(r.width()).isCloseTo(250, within(1e-9));
    assertThat(r.height()).isCloseTo(250, within(1e-9));
    assertThat(r.cx()).isEqualTo(100);
  }

  @Test
  void aRegionFromABodyLeaningRightIsRotatedClockwiseSoTheHeadPointsUpInTheCrop() {
    // head point straight right of the hip: body horizontal → rotate by +90°
    Roi r = Roi.fromAlignmentPoints(100, 300, 200, 300);
    assertThat(r.rotationRad()).isCloseTo(Math.PI / 2, within(1e-12));
    // the top-centre of the crop (u=0.5, v=0) lies towards the head
    assertThat(r.imageX(0.5, 0)).isCloseTo(100 + 125, within(1e-9));
    assertThat(r.imageY(0.5, 0)).isCloseTo(300, within(1e-9));
  }

  @Test
  void cropSamplingReproducesAGradientAtPixelCentres() {
    // image whose red channel equals x: an unrotated crop of the whole image returns x per pixel
    int w = 8;
    int h = 4;
    Frame f = new Frame(w, h);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        f.rgb()[(y * w + x) * 3] = (byte) (x * 10);
        f.rgb()[(y * w + x) * 3 + 1] = (byte) (y * 20);
      }
    }
    FloatBuffer crop = FloatBuffer.allocate(8 * 8 * 3);
    // a square region centred on (4, 4): crop row j samples image row j, column i samples column i
    new RoiSampler().sample(f, new Roi(4, 4, 8, 8, 0), 8, crop, 0, 255, true);
    for (int j = 0; j < 4; j++) {
      for (int i = 0; i < 8; i++) {
        assertThat(crop.get((j * 8 + i) * 3)).isCloseTo(i * 10f, within(1e-4f));
        assertThat(crop.get((j * 8 + i) * 3 + 1)).isCloseTo(j * 20f, within(1e-4f));
      }
    }
    // rows 4..7 lie below the image: zero (letterbox), except the bilinear blend at the edge row
    assertThat(crop.get((5 * 8 + 3) * 3)).isEqualTo(0f);
    assertThat(crop.position()).isEqualTo(8 * 8 * 3);
  }

  @Test
  void cropSamplingRotatesAboutTheRegionCentre() {
    // a 90° rotated crop reads image columns as rows: crop (i, j) ← image (x = c + (j - c'), ...)
    int n = 6;
    Frame f = new Frame(n, n);
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        f.rgb()[(y * n + x) * 3] = (byte) (x * 10 + y);
      }
    }
    FloatBuffer out = FloatBuffer.allocate(n * n * 3);
    new RoiSampler().sample(f, new Roi(3, 3, n, n, Math.PI / 2), n, out, 0, 255, false);
    // crop pixel (i, j) samples image (x = 5 - j, y = i)
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        assertThat(out.get((j * n + i) * 3)).isCloseTo((5 - j) * 10f + i, within(1e-3f));
      }
    }
  }

  @Test
  void theOneEuroFilterMatchesHandComputedValues() {
    OneEuroFilter f = new OneEuroFilter(1.0, 0.0, 1.0);
    // t = 0 passes through and does not initialise the filter
    assertThat(f.apply(0, 1, 10)).isEqualTo(10);
    // first real sample initialises: passes through
    assertThat(f.apply(100_000_000L, 1, 20)).isEqualTo(20);
    // frequency still the initial 30 Hz at the second sample after t=0 (last time was 0 → no
    // update)
    // third sample: dt = 0.1 s → 10 Hz; alpha(cutoff 1) = 1 / (1 + (1/2π)/(0.1)) = 0.385869
    double alpha = 1.0 / (1.0 + (1.0 / (2 * Math.PI)) / 0.1);
    assertThat(f.apply(200_000_000L, 1, 30)).isCloseTo(alpha * 30 + (1 - alpha) * 20, within(1e-9));
  }

  @Test
  void theOneEuroFilterIgnoresASampleThatDoesNotMoveTimeForward() {
    OneEuroFilter f = new OneEuroFilter(1.0, 0.0, 1.0);
    f.apply(1_000_000L, 1, 5);
    assertThat(f.apply(1_000_000L, 1, 100)).isEqualTo(100);
    assertThat(f.apply(2_000_000L, 1, 5)).isLessThan(100);
  }

  @Test
  void aFastFilterFollowsMotionWhileSuppressingJitterWhenStill() {
    LandmarkSmoother s = LandmarkSmoother.landmarks(2);
    float[] xyz = new float[6];
    double still = 0;
    for (int i = 1; i <= 60; i++) {
      float jitter = (i % 2 == 0 ? 1 : -1);
      xyz[0] = 100 + jitter;
      xyz[1] = 100;
      xyz[3] = 400;
      xyz[4] = 400;
      s.apply(i * 33_333_333L, xyz, 0, 3);
      if (i > 30) {
        still += Math.abs(xyz[0] - 100);
      }
    }
    assertThat(still / 30).isLessThan(0.5); // ±1 px jitter is mostly removed
  }

  @Test
  void theObjectSizeSetsHowReadilyTheFilterFollowsMotion() {
    // The same motion is a small move for a large person (smoothed more) and a large move for a
    // small one: the filter's speed term is in object sizes per second, as in MediaPipe.
    double[] lag = new double[2];
    double[] sizes = {100, 1000};
    for (int k = 0; k < 2; k++) {
      LandmarkSmoother s = LandmarkSmoother.landmarks(1);
      float[] xyz = new float[3];
      for (int i = 1; i <= 15; i++) {
        xyz[0] = 5f * i; // 5 px a frame at 30 fps
        s.apply(i * 33_333_333L, xyz, 0, 3, sizes[k]);
      }
      lag[k] = 5 * 15 - xyz[0];
    }
    assertThat(lag[0]).isGreaterThan(0).isLessThan(2.0);
    assertThat(lag[1]).isGreaterThan(3 * lag[0]);
  }

  @Test
  void theHeatmapRefinesALandmarkToItsPeakWhenConfident() {
    int hm = 8;
    FloatBuffer heat = FloatBuffer.allocate(hm * hm);
    for (int i = 0; i < hm * hm; i++) {
      heat.put(i, -20f);
    }
    heat.put(3 * hm + 5, 20f); // row 3, col 5, certain
    float[] lm = {4.2f / hm, 2.9f / hm, 0, 0, 0};
    HeatmapRefiner.refine(lm, 1, 5, heat, hm, hm, 1);
    assertThat(lm[0]).isCloseTo(5f / hm, within(1e-3f));
    assertThat(lm[1]).isCloseTo(3f / hm, within(1e-3f));
  }

  /**
   * MediaPipe's calculator truncates towards zero and checks the column twice, never the row: a
   * point just above or left of the crop is refined from cell 0, one up to three rows below from
   * the rows inside, one further out is left as it is.
   */
  @Test
  void theHeatmapLooksAtTheSameLandmarksAsMediaPipesCalculatorQuirksIncluded() {
    int hm = 8;
    FloatBuffer heat = FloatBuffer.allocate(hm * hm);
    for (int i = 0; i < hm * hm; i++) {
      heat.put(i, -20f);
    }
    heat.put(0 * hm + 2, 20f); // row 0, col 2
    heat.put(7 * hm + 6, 20f); // row 7, col 6
    float[] above = {2.1f / hm, -0.5f / hm, 0, 0, 0};
    HeatmapRefiner.refine(above, 1, 5, heat, hm, hm, 1);
    assertThat(above[1]).isCloseTo(0f, within(1e-3f));
    assertThat(above[0]).isCloseTo(2f / hm, within(1e-3f));

    float[] below = {6.2f / hm, 9.5f / hm, 0, 0, 0}; // row 9: window rows 6..7 are inside
    HeatmapRefiner.refine(below, 1, 5, heat, hm, hm, 1);
    assertThat(below[1]).isCloseTo(7f / hm, within(1e-3f));

    float[] farBelow = {6.2f / hm, 11.5f / hm, 0, 0, 0}; // row 11: no row of the window inside
    HeatmapRefiner.refine(farBelow, 1, 5, heat, hm, hm, 1);
    assertThat(farBelow[1]).isEqualTo(11.5f / hm);

    float[] left = {-1.5f / hm, 0.2f / hm, 0, 0, 0}; // column -1: outside
    HeatmapRefiner.refine(left, 1, 5, heat, hm, hm, 1);
    assertThat(left[0]).isEqualTo(-1.5f / hm);
  }

  @Test
  void theLifterIsTheLargeCentralPersonNotASmallOneAtTheEdge() {
    Detection small =
        new Detection(0.95f, 0, 0, 0.1f, 0.1f, new float[] {0.05f, 0.5f, 0.05f, 0.4f, 0, 0, 0, 0});
    Detection lifter =
        new Detection(
            0.8f, 0.3f, 0.2f, 0.4f, 0.7f, new float[] {0.5f, 0.6f, 0.5f, 0.2f, 0, 0, 0, 0});
    assertThat(LifterSelector.choose(List.of(small, lifter), 600, 600, java.util.Optional.empty()))
        .contains(lifter);
    // after a loss, the person nearest the last position wins
    assertThat(
            LifterSelector.choose(
                List.of(small, lifter),
                600,
                600,
                java.util.Optional.of(new double[] {30, 300, 60})))
        .contains(small);
  }

  /**
   * A rotated region hanging over every edge of a small frame: the replicated-edge crop equals a
   * direct bilinear reference with each tap clamped into the frame, and the letterbox crop equals
   * MediaPipe's GPU converter: black where the sample point itself lies outside the frame, the
   * clamped reference inside (so the column at the frame's edge is not blended with black).
   */
  @Test
  void cropSamplingOutsideTheFrameMatchesADirectReference() {
    int w = 7;
    int h = 5;
    Frame f = new Frame(w, h);
    java.util.Random r = new java.util.Random(3);
    r.nextBytes(f.rgb());
    Roi roi = new Roi(2.3, 3.1, 13, 11, 0.4);
    int n = 16;
    for (boolean zero : new boolean[] {false, true}) {
      FloatBuffer out = FloatBuffer.allocate(n * n * 3);
      new RoiSampler().sample(f, roi, n, out, -1, 1, zero);
      for (int j = 0; j < n; j++) {
        for (int i = 0; i < n; i++) {
          double u = (i + 0.5) * roi.width() / n - roi.width() / 2;
          double v = (j + 0.5) * roi.height() / n - roi.height() / 2;
          double sx = roi.cx() + u * Math.cos(0.4) - v * Math.sin(0.4) - 0.5;
          double sy = roi.cy() + u * Math.sin(0.4) + v * Math.cos(0.4) - 0.5;
          int x0 = (int) Math.floor(sx);
          int y0 = (int) Math.floor(sy);
          double fx = sx - x0;
          double fy = sy - y0;
          boolean outside = sx + 0.5 < 0 || sy + 0.5 < 0 || sx + 0.5 > w || sy + 0.5 > h;
          for (int c = 0; c < 3; c++) {
            double top = tap(f, x0, y0, c) * (1 - fx) + tap(f, x0 + 1, y0, c) * fx;
            double bottom = tap(f, x0, y0 + 1, c) * (1 - fx) + tap(f, x0 + 1, y0 + 1, c) * fx;
            double expected = zero && outside ? -1 : -1 + 2 * (top * (1 - fy) + bottom * fy) / 255;
            assertThat(out.get((j * n + i) * 3 + c)).isCloseTo((float) expected, within(1e-4f));
          }
        }
      }
    }
  }

  private static double tap(Frame f, int x, int y, int c) {
    int xc = Math.max(0, Math.min(f.width() - 1, x));
    int yc = Math.max(0, Math.min(f.height() - 1, y));
    return f.rgb()[(yc * f.width() + xc) * 3 + c] & 0xff;
  }
}
