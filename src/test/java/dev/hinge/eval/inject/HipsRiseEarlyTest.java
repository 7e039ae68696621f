package dev.hinge.eval.inject;

import static dev.hinge.eval.inject.Synthetic.GEOMETRY;
import static dev.hinge.eval.inject.Synthetic.ankle;
import static dev.hinge.eval.inject.Synthetic.dist;
import static dev.hinge.eval.inject.Synthetic.hip;
import static dev.hinge.eval.inject.Synthetic.knee;
import static dev.hinge.eval.inject.Synthetic.shoulder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.synthetic.SyntheticLifter;
import org.junit.jupiter.api.Test;

class HipsRiseEarlyTest {
  final SyntheticLifter.Result set = Synthetic.set(1, 0.6);
  final RepWindow w = Synthetic.window(set.truth().reps().get(0));
  final PoseTrack before = set.track();
  final PoseTrack after = new HipsRiseEarly(5).apply(before, GEOMETRY, w);

  @Test
  void atTheKneePassTheHipsAreTheStatedHeightAboveTheLiftersOwn() {
    PoseFrame a = before.frames().get(w.kneePass());
    PoseFrame b = after.frames().get(w.kneePass());
    double px = 0.05 / GEOMETRY.metresPerPixel();
    assertThat(hip(a)[1] - hip(b)[1]).isCloseTo(px, within(1e-6));
    assertThat(new HipsRiseEarly(5).achieved(before, after, GEOMETRY, w))
        .isCloseTo(5, within(1e-6));
    // up and back: behind the shoulders, the trunk keeps its length
    assertThat(hip(b)[0]).isLessThan(hip(a)[0]);
    assertThat(dist(hip(b), shoulder(b))).isCloseTo(dist(hip(a), shoulder(a)), within(1e-6));
    assertThat(shoulder(b)).containsExactly(shoulder(a));
  }

  @Test
  void theKneesStraightenOnTheLiftersOwnShankAndThigh() {
    PoseFrame a = before.frames().get(w.kneePass());
    PoseFrame b = after.frames().get(w.kneePass());
    assertThat(dist(knee(b), ankle(b))).isCloseTo(dist(knee(a), ankle(a)), within(1e-6));
    assertThat(dist(hip(b), knee(b))).isCloseTo(dist(hip(a), knee(a)), within(1e-6));
    assertThat(angle(ankle(b), knee(b), hip(b)))
        .isGreaterThan(angle(ankle(a), knee(a), hip(a)) + 5);
  }

  @Test
  void theRaiseBuildsFromTheFloorBreakAndIsGoneByLockout() {
    for (int i = 0; i < before.frames().size(); i++) {
      if (i <= w.floorBreak() || i >= w.lockout()) {
        assertThat(after.frames().get(i)).as("frame " + i).isEqualTo(before.frames().get(i));
      }
    }
    int half = (w.floorBreak() + w.kneePass()) / 2;
    double rise = hip(before.frames().get(half))[1] - hip(after.frames().get(half))[1];
    assertThat(rise).isBetween(1.0, 0.05 / GEOMETRY.metresPerPixel() - 1);
    assertThat(HipsRiseEarly.weight(w.kneePass(), w)).isEqualTo(1.0);
    assertThat(HipsRiseEarly.weight(w.kneePass() + (w.lockout() - w.kneePass()) / 3, w))
        .isEqualTo(1.0);
  }

  @Test
  void beyondTheLegsReachTheKneesGoStraightAndTheHipsStillRiseTheFullSize() {
    // this lifter's knees are at 128° as the bar passes them: straight legs lift the hips ~6 cm
    HipsRiseEarly big = new HipsRiseEarly(15);
    PoseTrack raised = big.apply(before, GEOMETRY, w);
    PoseFrame a = before.frames().get(w.kneePass());
    PoseFrame b = raised.frames().get(w.kneePass());
    assertThat(big.achieved(before, raised, GEOMETRY, w)).isCloseTo(15, within(1e-6));
    double[] toHip = {hip(b)[0] - ankle(b)[0], hip(b)[1] - ankle(b)[1]};
    double[] toKnee = {knee(b)[0] - ankle(b)[0], knee(b)[1] - ankle(b)[1]};
    assertThat(toHip[0] * toKnee[1] - toHip[1] * toKnee[0]).isCloseTo(0, within(1e-6));
    assertThat(dist(knee(b), ankle(b)))
        .isCloseTo(
            dist(knee(a), ankle(a))
                * dist(hip(b), ankle(b))
                / (dist(knee(a), ankle(a)) + dist(hip(a), knee(a))),
            within(1e-6));
  }

  @Test
  void itNamesItsRuleMetricAndSize() {
    HipsRiseEarly h = new HipsRiseEarly(15);
    assertThat(h.size()).isEqualTo("15 cm");
    assertThat(h.code()).isEqualTo(dev.hinge.faults.FaultCode.HIPS_SHOOT_UP);
    assertThat(h.metric()).isEqualTo("trunkAngleKneeDeg");
  }

  private static double angle(double[] a, double[] k, double[] h) {
    double u = Math.atan2(a[1] - k[1], a[0] - k[0]);
    double v = Math.atan2(h[1] - k[1], h[0] - k[0]);
    double d = Math.abs(Math.toDegrees(u - v));
    return d > 180 ? 360 - d : d;
  }
}
