package dev.hinge.reps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TouchAndGoTest {
  @Test
  void touchAndGoRepsShareTheirBottomFrame() {
    HandMadeSet set = new HandMadeSet().rest(30).pull(30, 20, 30).pull(30, 20, 30).rest(30);
    List<Rep> reps = RepDetector.detect(set.kinematics());
    assertThat(reps).hasSize(2);
    int bottom = reps.get(0).phase(PhaseName.DESCENT).orElseThrow().endFrame();
    assertThat(reps.get(1).startFrame()).isEqualTo(bottom);
    assertThat(reps.get(1).floorBreakFrame()).isBetween(bottom, bottom + 1);
    assertThat(bottom).isBetween(set.descentEnd(0) - 1, set.descentEnd(0) + 1);
  }

  @Test
  void aDescentEndingWithinFourHundredMillisecondsOfTheNextPullIsJoinedAtTheSlowestFrame() {
    double[] speed = new double[40];
    java.util.Arrays.fill(speed, 1);
    speed[12] = 0.1;
    HandMadeSet set = new HandMadeSet().rest(40);
    Pull first = new Pull(0, 2, 5, 7, 10, 10, 4);
    Pull next = new Pull(11, 14, 30, -1, -1, 39, 25);
    List<Pull> joined = TouchAndGo.join(set.kinematics(), List.of(first, next), speed);
    assertThat(joined.get(0).descentEnd()).isEqualTo(12);
    assertThat(joined.get(1).setupStart()).isEqualTo(12);
  }

  @Test
  void aDeadStopIsNotJoined() {
    double[] speed = new double[80];
    HandMadeSet set = new HandMadeSet().rest(80);
    Pull first = new Pull(0, 2, 5, 7, 10, 10, 4);
    Pull next = new Pull(11, 40, 60, -1, -1, 79, 50); // 1 s after the descent's end
    assertThat(TouchAndGo.join(set.kinematics(), List.of(first, next), speed))
        .containsExactly(first, next);
  }
}
