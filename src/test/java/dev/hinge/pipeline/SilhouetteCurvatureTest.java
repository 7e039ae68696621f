package dev.hinge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.faults.BackCurvatureSource;
import dev.hinge.pose.BackShape;
import dev.hinge.pose.ModelInfo;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.VideoInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SilhouetteCurvatureTest {

  static PoseTrack track(double[] bend, double[] coverage) {
    List<PoseFrame> frames = new ArrayList<>();
    for (int i = 0; i < bend.length; i++) {
      Optional<BackShape> b =
          coverage[i] < 0 ? Optional.empty() : Optional.of(new BackShape(bend[i], coverage[i]));
      frames.add(new PoseFrame(i, i * 33.3, 0.99, List.of(), List.of(), b));
    }
    return new PoseTrack(
        new VideoInfo("x.mp4", 100, 100, 30, 0, bend.length * 33.3),
        new ModelInfo("m", ""),
        frames);
  }

  @Test
  void aSpikeIsMedianFilteredAndPoorFramesAreDropped() {
    double[] bend = {-20, -21, -60, -19, -22, 40, -20};
    double[] cov = {1, 1, 1, 1, 1, 0.4, 1};
    BackCurvatureSource s = SilhouetteCurvature.from(track(bend, cov)).orElseThrow();
    assertThat(s.bendDeg(2).getAsDouble()).isCloseTo(-21, within(1e-9));
    assertThat(s.bendDeg(5)).isEmpty();
    assertThat(s.bendDeg(6).getAsDouble()).isCloseTo(-21, within(1e-9));
    assertThat(s.bendDeg(7)).isEmpty();
    assertThat(s.quality(5)).isZero();
    assertThat(s.quality(0)).isEqualTo(1.0);
  }

  @Test
  void tracksWithoutBackMeasuresGiveNoSource() {
    assertThat(
            SilhouetteCurvature.from(
                dev.hinge.pose.PoseTrackReader.read(
                    dev.hinge.testing.Fixtures.golden("jc_good", "full"))))
        .isEmpty();
    assertThat(SilhouetteCurvature.from(track(new double[] {1, 2}, new double[] {-1, -1})))
        .isEmpty();
  }

  @Test
  void framesWithoutAMeasureOrWithoutABendAreGaps() {
    double[] bend = {Double.NaN, 10, 12};
    double[] cov = {0.9, -1, 1};
    BackCurvatureSource s = SilhouetteCurvature.from(track(bend, cov)).orElseThrow();
    assertThat(s.bendDeg(0)).isEmpty();
    assertThat(s.bendDeg(1)).isEmpty();
    assertThat(s.bendDeg(2).getAsDouble()).isEqualTo(12);
  }
}
