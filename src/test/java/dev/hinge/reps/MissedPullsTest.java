package dev.hinge.reps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.kinematics.Kinematics;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissedPullsTest {
  static List<MissedPulls.Missed> missed(HandMadeSet set) {
    Kinematics k = set.kinematics();
    return MissedPulls.find(Motion.of(k), BarRange.of(k).orElseThrow());
  }

  @Test
  void aPullThatStallsHalfWayAndComesBackDownIsMissedWhereItStalled() {
    HandMadeSet set =
        new HandMadeSet().rest(30).pull(30, 20, 30).rest(30).missed(0.5, 40, 30).rest(30);
    List<MissedPulls.Missed> found = missed(set);
    assertThat(found).hasSize(1);
    MissedPulls.Missed m = found.get(0);
    assertThat(m.floorBreak()).isCloseTo(set.floorBreak(1), within(1));
    assertThat(m.stall()).isCloseTo(set.lockout(1), within(1));
    assertThat(m.end()).isGreaterThan(m.stall());
  }

  @Test
  void pullsThatReachLockoutAreNotMissed() {
    assertThat(
            missed(new HandMadeSet().rest(30).pull(30, 20, 30).rest(30).pull(30, 20, 30).rest(30)))
        .isEmpty();
  }

  @Test
  void handsThatRiseWithoutTheShouldersAreNoMissedPull() {
    HandMadeSet set =
        new HandMadeSet().rest(30).pull(30, 20, 30).rest(30).handsAlone(0.5, 10, 10).rest(30);
    assertThat(missed(set)).isEmpty();
  }

  @Test
  void aStallInsideAFullPullsRiseIsThatPullsOwnNotAMissedOne() {
    // a full pull from its floor break at 40 to its lockout at 120
    Pull full = new Pull(10, 40, 120, 150, 180, 180, 70);
    MissedPulls.Missed inside = new MissedPulls.Missed(30, 45, 60, 75);
    MissedPulls.Missed before = new MissedPulls.Missed(0, 5, 20, 35);
    MissedPulls.Missed after = new MissedPulls.Missed(185, 200, 215, 230);
    assertThat(MissedPulls.withoutFullPulls(List.of(before, inside, after), List.of(full)))
        .containsExactly(before, after);
    // its stall at the full pull's floor break, or its start at the lockout, is in it too
    assertThat(
            MissedPulls.withoutFullPulls(
                List.of(
                    new MissedPulls.Missed(20, 30, 40, 50),
                    new MissedPulls.Missed(110, 120, 130, 140)),
                List.of(full)))
        .isEmpty();
  }

  @Test
  void theShouldersOfAPullRiseAboutAsFarAsTheBar() {
    HandMadeSet set =
        new HandMadeSet().rest(30).pull(30, 20, 30).rest(30).missed(0.5, 40, 30).rest(30);
    Kinematics k = set.kinematics();
    int from = set.floorBreak(1);
    int to = set.lockout(1);
    double bar = k.barUpM()[to] - k.barUpM()[from];
    assertThat(MissedPulls.shouldersRoseWithTheBar(k, from, to, bar)).isTrue();
    // shoulders that rose half as far as the hands: the arms bent, no loaded bar left the floor
    assertThat(MissedPulls.shouldersRoseWithTheBar(k, from, to, 2.2 * bar)).isFalse();
  }
}
