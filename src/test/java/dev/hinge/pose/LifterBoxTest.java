package dev.hinge.pose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.video.CameraMotion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the camera's measure is told of the lifter: {@link VideoPoseTracker#lifter}. */
class LifterBoxTest {
  /** A side view of a lifter whose ankle-to-shoulder segments are 40, 40 and 50 px long. */
  static PoseFrame pose(boolean bentOver) {
    List<Landmark> image = new ArrayList<>();
    for (int i = 0; i < BodyLandmark.values().length; i++) {
      image.add(new Landmark(100, 200, 0, 0.9, 0.9));
    }
    double[] ankle = {100, 200};
    double[] knee = bentOver ? new double[] {124, 168} : new double[] {100, 160};
    double[] hip = bentOver ? new double[] {92, 144} : new double[] {100, 120};
    double[] shoulder = bentOver ? new double[] {132, 114} : new double[] {100, 70};
    for (String side : new String[] {"LEFT_", "RIGHT_"}) {
      set(image, side + "ANKLE", ankle);
      set(image, side + "KNEE", knee);
      set(image, side + "HIP", hip);
      set(image, side + "SHOULDER", shoulder);
      set(image, side + "WRIST", new double[] {shoulder[0], shoulder[1] + 50});
    }
    set(image, "NOSE", new double[] {shoulder[0] + 8, shoulder[1] - 12});
    return new PoseFrame(0, 0, 1, image, List.of());
  }

  static void set(List<Landmark> image, String name, double[] xy) {
    image.set(BodyLandmark.valueOf(name).ordinal(), new Landmark(xy[0], xy[1], 0, 0.9, 0.9));
  }

  @Test
  void aLifterBentOverTheBarIsAsTallAsStanding() {
    CameraMotion.Lifter standing = VideoPoseTracker.lifter(pose(false));
    CameraMotion.Lifter bent = VideoPoseTracker.lifter(pose(true));
    double stature = 130 / BodyLandmark.ANKLE_TO_SHOULDER_PER_STATURE;
    assertThat(standing.sizePx()).isCloseTo(stature, within(0.01));
    assertThat(bent.sizePx()).isCloseTo(stature, within(0.01));
    // bent over, his box is 98 px high: under 3/5 of the size the camera's measure looks past
    assertThat(bent.y1() - bent.y0()).isCloseTo(98, within(1e-9));
    assertThat(bent.barY()).isEqualTo(164);
  }
}
