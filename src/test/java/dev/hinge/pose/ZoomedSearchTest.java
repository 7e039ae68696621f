package dev.hinge.pose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The geometry of the zoomed search for a lifter too small for the detector's whole picture. */
class ZoomedSearchTest {

  @Test
  void windowsOverlapByHalfAndSitFlushWithBothEnds() {
    // 1280 wide, 720-pixel windows: centres 360, 640, 920 (step 280 ≤ half a window)
    assertThat(PoseTracker.windowCentres(1280, 720)).containsExactly(360.0, 640.0, 920.0);
    // 360-pixel windows across 1280: 7 windows, 153.3 apart
    double[] c = PoseTracker.windowCentres(1280, 360);
    assertThat(c).hasSize(7);
    assertThat(c[0]).isEqualTo(180.0);
    assertThat(c[6]).isCloseTo(1100.0, within(1e-9));
    for (int i = 1; i < c.length; i++) {
      assertThat(c[i] - c[i - 1]).isLessThanOrEqualTo(180.0);
    }
    // a window as large as the length: one, centred
    assertThat(PoseTracker.windowCentres(720, 720)).containsExactly(360.0);
  }

  @Test
  void everyPointOfTheLengthIsInsideSomeWindowWithAQuarterWindowOfMargin() {
    for (int length : new int[] {480, 720, 1080, 1280, 1920}) {
      for (double side : new double[] {length / 2.0, length / 3.0, 240}) {
        double[] c = PoseTracker.windowCentres(length, side);
        for (int x = (int) Math.ceil(side / 4); x <= length - side / 4; x++) {
          boolean inside = false;
          for (double centre : c) {
            inside |= Math.abs(x - centre) <= side / 4 + 1e-9;
          }
          assertThat(inside).as("x=%d, length %d, windows %.0f", x, length, side).isTrue();
        }
      }
    }
  }

  @Test
  void aDetectionInAWindowMapsToThePicture() {
    float[] kp = {0.5f, 0.5f, 0.5f, 0.25f, 0, 0, 1, 1};
    Detection inWindow = new Detection(0.9f, 0.25f, 0.25f, 0.5f, 0.5f, kp);
    // the window: 360×360 pixels at (460, 180) of a 1280×720 picture
    Detection d =
        DetectionDecoder.fromWindow(inWindow, 460f / 1280, 180f / 720, 360f / 1280, 360f / 720);
    assertThat(d.score()).isEqualTo(0.9f);
    // hip centre: the window's centre, (640, 360) in pixels
    assertThat(d.kx(0) * 1280).isCloseTo(640f, within(1e-3f));
    assertThat(d.ky(0) * 720).isCloseTo(360f, within(1e-3f));
    // the scale point a quarter window (90 px) above it
    assertThat(d.ky(1) * 720).isCloseTo(270f, within(1e-3f));
    // corners of the window
    assertThat(d.kx(2) * 1280).isCloseTo(460f, within(1e-3f));
    assertThat(d.kx(3) * 1280).isCloseTo(820f, within(1e-3f));
    assertThat(d.ky(3) * 720).isCloseTo(540f, within(1e-3f));
    // the box: half the window, centred
    assertThat(d.xMin() * 1280).isCloseTo(550f, within(1e-3f));
    assertThat(d.width() * 1280).isCloseTo(180f, within(1e-3f));
    assertThat(d.height() * 720).isCloseTo(180f, within(1e-3f));
  }
}
