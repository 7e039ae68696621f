package dev.hinge.eval.inject;

import static dev.hinge.eval.inject.Synthetic.GEOMETRY;
import static dev.hinge.eval.inject.Synthetic.mid;
import static dev.hinge.eval.inject.Synthetic.wrist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.synthetic.SyntheticLifter;
import org.junit.jupiter.api.Test;

class BarDriftTest {
  final SyntheticLifter.Result set = Synthetic.set(2, 0.6);
  final RepWindow w = Synthetic.window(set.truth().reps().get(1));
  final PoseTrack before = set.track();

  @Test
  void throughThePullTheHandsAreTheStatedDistanceFurtherForward() {
    PoseTrack after = new BarDrift(5).apply(before, GEOMETRY, w);
    double px = 0.05 / GEOMETRY.metresPerPixel();
    int midPull = (w.floorBreak() + w.lockout()) / 2;
    PoseFrame a = before.frames().get(midPull);
    PoseFrame b = after.frames().get(midPull);
    assertThat(wrist(b)[0] - wrist(a)[0]).isCloseTo(px, within(1e-6));
    assertThat(wrist(b)[1]).isEqualTo(wrist(a)[1]);
    double[] e0 = mid(a, BodyLandmark.LEFT_ELBOW, BodyLandmark.RIGHT_ELBOW);
    double[] e1 = mid(b, BodyLandmark.LEFT_ELBOW, BodyLandmark.RIGHT_ELBOW);
    assertThat(e1[0] - e0[0]).isCloseTo(px / 2, within(1e-6));
    assertThat(b.image(BodyLandmark.RIGHT_INDEX).x() - a.image(BodyLandmark.RIGHT_INDEX).x())
        .isCloseTo(px, within(1e-6));
  }

  @Test
  void theBarLeavesAndLocksOutOverTheLiftersOwnSpotAndOtherRepsAreUntouched() {
    PoseTrack after = new BarDrift(10).apply(before, GEOMETRY, w);
    assertThat(after.frames().get(w.floorBreak())).isEqualTo(before.frames().get(w.floorBreak()));
    assertThat(after.frames().get(w.lockout())).isEqualTo(before.frames().get(w.lockout()));
    RepWindow first = Synthetic.window(set.truth().reps().get(0));
    for (int i = first.floorBreak(); i <= first.descentEnd(); i++) {
      assertThat(after.frames().get(i)).isEqualTo(before.frames().get(i));
    }
  }

  @Test
  void aLifterFacingLeftDriftsTowardsLeft() {
    PoseTrack after = new BarDrift(3).apply(before, new TrackGeometry(0.003, -1), w);
    int midPull = (w.floorBreak() + w.lockout()) / 2;
    assertThat(wrist(after.frames().get(midPull))[0] - wrist(before.frames().get(midPull))[0])
        .isCloseTo(-0.03 / 0.003, within(1e-6));
  }
}
