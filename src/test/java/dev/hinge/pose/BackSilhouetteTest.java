package dev.hinge.pose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The back's bend on synthetic segmentation masks whose back contour is a known circular arc. */
class BackSilhouetteTest {
  static final int SIZE = 256;

  /**
   * A torso between hip (hx, hy) and shoulder (sx, sy): its back contour is a circular arc of
   * {@code bendDeg} over the chord (positive bulging away from the chord), {@code depth} mask
   * pixels behind the chord at its ends; the belly lies 25 px in front. Logits are scaled signed
   * offsets, so the 0.5-probability edge sits exactly on the contour.
   */
  static FloatBuffer torso(
      double hx, double hy, double sx, double sy, boolean facingRight, double bendDeg) {
    double len = Math.hypot(sx - hx, sy - hy);
    double dx = (sx - hx) / len;
    double dy = (sy - hy) / len;
    double nx = facingRight ? dy : -dy;
    double ny = facingRight ? -dx : dx;
    double depth = 18;
    double sag = len / 2 * Math.tan(Math.toRadians(bendDeg) / 4);
    double r =
        Math.abs(sag) < 1e-9 ? Double.POSITIVE_INFINITY : (len * len / 4 + sag * sag) / (2 * sag);
    FloatBuffer m = FloatBuffer.allocate(SIZE * SIZE);
    for (int j = 0; j < SIZE; j++) {
      for (int i = 0; i < SIZE; i++) {
        double px = i + 0.5 - hx;
        double py = j + 0.5 - hy;
        double along = px * dx + py * dy;
        double off = px * nx + py * ny;
        double c = along - len / 2;
        double contour = depth;
        if (Double.isFinite(r)) {
          double rr = Math.abs(r);
          double h = Math.sqrt(Math.max(0, rr * rr - c * c)) - (rr - Math.abs(sag));
          contour += Math.signum(sag) * h;
        }
        double inside = Math.min(contour - off, off + 25);
        inside = Math.min(inside, Math.min(along + 0.3 * len, 1.3 * len - along));
        m.put(j * SIZE + i, (float) (0.8 * inside));
      }
    }
    return m;
  }

  @ParameterizedTest(name = "bend {0}°, facing right {1}, hip ({2}, {3}) shoulder ({4}, {5})")
  @CsvSource({
    "0, true, 128, 170, 128, 90",
    "30, true, 128, 170, 128, 90",
    "-30, true, 128, 170, 128, 90",
    "60, true, 128, 170, 128, 90",
    "30, false, 128, 170, 128, 90",
    "-20, false, 128, 170, 128, 90",
    // rotated regions: the trunk leaning forward (towards +x, facing right) or back
    "0, true, 100, 170, 170, 110",
    "30, true, 100, 170, 170, 110",
    "-30, false, 170, 170, 100, 115",
    "45, false, 150, 180, 90, 120",
  })
  void measuresAKnownArc(double bend, boolean right, double hx, double hy, double sx, double sy) {
    FloatBuffer mask = torso(hx, hy, sx, sy, right, bend);
    BackShape b = new BackSilhouette().measure(mask, SIZE, hx, hy, sx, sy, right);
    assertThat(b.coverage()).isEqualTo(1.0);
    assertThat(b.bendDeg()).isCloseTo(bend, within(2.0));
  }

  @Test
  void theWrongFacingLooksAtTheBellyNotTheBack() {
    // the belly side of this mask is straight: a bent back is only seen with the right facing
    FloatBuffer mask = torso(128, 170, 128, 90, true, 40);
    assertThat(new BackSilhouette().measure(mask, SIZE, 128, 170, 128, 90, true).bendDeg())
        .isCloseTo(40, within(2.0));
    assertThat(new BackSilhouette().measure(mask, SIZE, 128, 170, 128, 90, false).bendDeg())
        .isCloseTo(0, within(2.0));
  }

  @Test
  void noBodyNoBend() {
    FloatBuffer empty = FloatBuffer.allocate(SIZE * SIZE);
    for (int i = 0; i < SIZE * SIZE; i++) {
      empty.put(i, -5f);
    }
    BackShape b = new BackSilhouette().measure(empty, SIZE, 128, 170, 128, 90, true);
    assertThat(b.hasBend()).isFalse();
    assertThat(b.coverage()).isZero();
  }

  @Test
  void aBackCutOffByTheRegionsEdgeIsNotMeasured() {
    // the back runs off the mask: no clean boundary on the rays
    FloatBuffer mask = torso(10, 170, 10, 90, true, 0);
    BackShape b = new BackSilhouette().measure(mask, SIZE, 10, 170, 10, 90, true);
    assertThat(b.hasBend()).isFalse();
    assertThat(b.coverage()).isLessThan(0.5);
  }

  @Test
  void aHoleInTheMaskIsNotTakenForTheBack() {
    FloatBuffer mask = torso(128, 170, 128, 90, true, 0);
    // a one-pixel-wide gap across the torso, 6 px behind the chord: crossed, not stopped at
    for (int j = 0; j < SIZE; j++) {
      mask.put(j * SIZE + 121, -1f);
    }
    BackShape b = new BackSilhouette().measure(mask, SIZE, 128, 170, 128, 90, true);
    assertThat(b.bendDeg()).isCloseTo(0, within(2.0));
  }

  @Test
  void aShortChordIsTooCoarse() {
    FloatBuffer mask = torso(128, 130, 128, 122, true, 0);
    assertThat(new BackSilhouette().measure(mask, SIZE, 128, 130, 128, 122, true).hasBend())
        .isFalse();
  }
}
