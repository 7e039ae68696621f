package dev.hinge.eval.inject;

import static dev.hinge.eval.inject.Synthetic.GEOMETRY;
import static dev.hinge.eval.inject.Synthetic.dist;
import static dev.hinge.eval.inject.Synthetic.hip;
import static dev.hinge.eval.inject.Synthetic.shoulder;
import static dev.hinge.eval.inject.Synthetic.wrist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.synthetic.SyntheticLifter;
import org.junit.jupiter.api.Test;

class LockoutLeanBackTest {
  // a long hold at the top, so that a brief lean is over before the descent
  final SyntheticLifter.Result set = Synthetic.set(1, 1.5);
  final RepWindow w = Synthetic.window(set.truth().reps().get(0));
  final PoseTrack before = set.track();

  static double trunk(PoseFrame f) {
    return LockoutLeanBack.trunkDeg(f, 1);
  }

  @Test
  void atLockoutTheTrunkIsTheStatedAnglePastVertical() {
    for (double deg : new double[] {5, 10, 15, 20}) {
      PoseTrack after = new LockoutLeanBack(deg, true).apply(before, GEOMETRY, w);
      PoseFrame a = before.frames().get(w.lockout());
      PoseFrame b = after.frames().get(w.lockout());
      assertThat(trunk(b)).as(deg + "°").isCloseTo(-deg, within(1e-6));
      assertThat(hip(b)).containsExactly(hip(a));
      assertThat(dist(hip(b), shoulder(b))).isCloseTo(dist(hip(a), shoulder(a)), within(1e-6));
      // the hands stay on the bar
      assertThat(wrist(b)).containsExactly(wrist(a));
      double ear0 =
          dist(
              hip(a),
              new double[] {
                a.image(BodyLandmark.LEFT_EAR).x(), a.image(BodyLandmark.LEFT_EAR).y()
              });
      double ear1 =
          dist(
              hip(b),
              new double[] {
                b.image(BodyLandmark.LEFT_EAR).x(), b.image(BodyLandmark.LEFT_EAR).y()
              });
      assertThat(ear1).isCloseTo(ear0, within(1e-6));
    }
  }

  @Test
  void heldTheLeanLastsUntilTheDescentBriefItIsGoneBeforeIt() {
    PoseTrack held = new LockoutLeanBack(15, true).apply(before, GEOMETRY, w);
    PoseTrack brief = new LockoutLeanBack(15, false).apply(before, GEOMETRY, w);
    int late = w.descentStart() - 1;
    assertThat(trunk(held.frames().get(late))).isCloseTo(-15, within(1e-6));
    assertThat(brief.frames().get(late)).isEqualTo(before.frames().get(late));
    assertThat(trunk(brief.frames().get(w.lockout()))).isCloseTo(-15, within(1e-6));
    assertThat(held.frames().get(w.kneePass())).isEqualTo(before.frames().get(w.kneePass()));
    assertThat(held.frames().get(w.descentEnd())).isEqualTo(before.frames().get(w.descentEnd()));
  }

  @Test
  void aPointAboveTheHipTurnsBackwardsWhicheverWayTheLifterFaces() {
    var up = new dev.hinge.pose.Landmark(100, 0, 0, 1, 1);
    double[] h = {100, 100};
    var right = LockoutLeanBack.turn(up, h, 30, 1);
    var left = LockoutLeanBack.turn(up, h, 30, -1);
    assertThat(right.x()).isCloseTo(100 - 50, within(1e-9));
    assertThat(left.x()).isCloseTo(100 + 50, within(1e-9));
    assertThat(right.y()).isCloseTo(100 - 100 * Math.cos(Math.toRadians(30)), within(1e-9));
  }
}
