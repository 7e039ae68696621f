package dev.hinge.eval.inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LandmarkNoiseTest {
  final PoseTrack track = SyntheticLifter.generate(SetSpec.clean(5, 3)).track();

  /** The noise on one landmark's x, pixels, frame by frame. */
  static double[] noiseX(PoseTrack before, PoseTrack after, BodyLandmark b) {
    List<Double> d = new ArrayList<>();
    for (int i = 0; i < before.frames().size(); i++) {
      PoseFrame f = before.frames().get(i);
      if (f.hasPose()) {
        d.add(after.frames().get(i).image(b).x() - f.image(b).x());
      }
    }
    return d.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Test
  void theNoiseIsTheAskedShareOfTheTorsoAndDriftsRatherThanFlickers() {
    double torso = LandmarkNoise.torsoPx(track);
    assertThat(torso).isGreaterThan(50);
    double[] all = new double[0];
    double lag1 = 0;
    int seeds = 20;
    for (int s = 0; s < seeds; s++) {
      double[] d = noiseX(track, new LandmarkNoise(0.02, s).apply(track), BodyLandmark.LEFT_KNEE);
      double[] grown = java.util.Arrays.copyOf(all, all.length + d.length);
      System.arraycopy(d, 0, grown, all.length, d.length);
      all = grown;
      double num = 0;
      double den = 0;
      for (int i = 1; i < d.length; i++) {
        num += d[i] * d[i - 1];
        den += d[i - 1] * d[i - 1];
      }
      lag1 += num / den / seeds;
    }
    double sd = Math.sqrt(java.util.Arrays.stream(all).map(x -> x * x).average().orElseThrow());
    assertThat(sd).isCloseTo(0.02 * torso, within(0.2 * 0.02 * torso));
    double dt = 1.0 / track.video().fps();
    // first-order autoregressive with a 0.2 s time constant: at 30 fps, 0.85 from frame to frame
    assertThat(lag1).isCloseTo(Math.exp(-dt / LandmarkNoise.TAU_S), within(0.05));
  }

  @Test
  void theSameSeedGivesTheSameTrackAndNoNoiseGivesItBackUnchanged() {
    assertThat(new LandmarkNoise(0.01, 7).apply(track))
        .isEqualTo(new LandmarkNoise(0.01, 7).apply(track))
        .isNotEqualTo(new LandmarkNoise(0.01, 8).apply(track));
    assertThat(new LandmarkNoise(0, 7).apply(track)).isEqualTo(track);
  }

  @Test
  void onlyTheImageLandmarksMove() {
    PoseTrack noisy = new LandmarkNoise(0.05, 1).apply(track);
    for (int i = 0; i < track.frames().size(); i++) {
      PoseFrame a = track.frames().get(i);
      PoseFrame b = noisy.frames().get(i);
      assertThat(b.world()).isEqualTo(a.world());
      assertThat(b.tMs()).isEqualTo(a.tMs());
      for (int j = 0; j < a.image().size(); j++) {
        assertThat(b.image().get(j).visibility()).isEqualTo(a.image().get(j).visibility());
      }
    }
  }

  @Test
  void aShareOutsideZeroToHalfTheTorsoIsRefused() {
    assertThatThrownBy(() -> new LandmarkNoise(-0.01, 1))
        .hasMessageContaining("noise must be 0 to 50 % of the torso");
    assertThatThrownBy(() -> new LandmarkNoise(Double.NaN, 1)).hasMessageContaining("found NaN");
  }
}
