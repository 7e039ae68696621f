package dev.hinge.eval.inject;

import static dev.hinge.eval.inject.Synthetic.GEOMETRY;
import static dev.hinge.eval.inject.Synthetic.wrist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.pose.PoseTrack;
import dev.hinge.synthetic.SyntheticLifter;
import org.junit.jupiter.api.Test;

class FasterFloorBreakTest {
  final SyntheticLifter.Result set = Synthetic.set(1, 0.6);
  final RepWindow w = Synthetic.window(set.truth().reps().get(0));
  final PoseTrack before = set.track();

  @Test
  void theFloorToKneePartTakesTheStatedFactorLessTimeAndEndsWhereItDid() {
    for (double factor : new double[] {1.5, 2, 3}) {
      FasterFloorBreak f = new FasterFloorBreak(factor);
      PoseTrack after = f.apply(before, GEOMETRY, w);
      int n = w.kneePass() - w.floorBreak();
      int m = f.spedUpFrames(w);
      assertThat((double) n / m).as(factor + "×").isCloseTo(factor, within(0.5 * factor / m));
      int start = w.kneePass() - m;
      // held at the floor until the sped-up pull starts, then the lifter's own frames
      for (int i = w.floorBreak(); i <= start; i++) {
        assertThat(wrist(after.frames().get(i)))
            .containsExactly(wrist(before.frames().get(w.floorBreak())));
      }
      assertThat(after.frames().get(w.kneePass())).isEqualTo(before.frames().get(w.kneePass()));
      for (int i = w.kneePass(); i < before.frames().size(); i++) {
        assertThat(after.frames().get(i)).isEqualTo(before.frames().get(i));
      }
      // every frame keeps its place in the video
      for (int i = 0; i < before.frames().size(); i++) {
        assertThat(after.frames().get(i).tMs()).isEqualTo(before.frames().get(i).tMs());
      }
      // the bar's mean speed from the floor to the knees goes up by the factor
      double rise =
          wrist(before.frames().get(w.floorBreak()))[1]
              - wrist(before.frames().get(w.kneePass()))[1];
      assertThat(rise / m).isCloseTo(factor * rise / n, within(factor * rise / n * 0.5 / m));
    }
  }

  @Test
  void thePlaybackRateFallsEvenlyToTheLiftersOwnAtTheKnees() {
    int m = 6;
    int n = 18;
    assertThat(FasterFloorBreak.warp(0, m, n)).isZero();
    assertThat(FasterFloorBreak.warp(m, m, n)).isCloseTo(n, within(1e-9));
    double end = FasterFloorBreak.warp(m, m, n) - FasterFloorBreak.warp(m - 1e-6, m, n);
    assertThat(end / 1e-6).isCloseTo(1, within(1e-4));
    double start = FasterFloorBreak.warp(1e-6, m, n) / 1e-6;
    assertThat(start).isCloseTo(2 * 3 - 1, within(1e-4));
  }

  @Test
  void aFactorBelowOneIsRefused() {
    assertThatThrownBy(() -> new FasterFloorBreak(0.5))
        .hasMessage("a faster floor break needs a factor ≥ 1, found 0.5");
  }
}
