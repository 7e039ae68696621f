package dev.hinge.reps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.kinematics.ViewKind;
import dev.hinge.testing.HandMadeKinematics;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The whole detection loop on hand-made sets whose boundaries are known to the frame. */
class RepDetectorTest {
  @Test
  void twoDeadStopPullsAreTwoFullRepsWithTheirEndsWithinAFrame() {
    HandMadeSet set =
        new HandMadeSet().rest(30).pull(30, 20, 30).rest(30).pull(30, 20, 30).rest(30);
    List<Rep> reps = RepDetector.detect(set.kinematics());
    assertThat(reps).hasSize(2);
    for (int r = 0; r < 2; r++) {
      Rep rep = reps.get(r);
      assertThat(rep.partial()).isFalse();
      assertThat(rep.floorBreakFrame()).isCloseTo(set.floorBreak(r), within(1));
      assertThat(rep.lockoutFrame()).isCloseTo(set.lockout(r), within(1));
      assertThat(rep.phase(PhaseName.DESCENT).orElseThrow().endFrame())
          .isCloseTo(set.descentEnd(r), within(1));
    }
  }

  @Test
  void aTopThatIsNeverStillEndsItsLockoutWhereTheLifterMovedLeastNotAtTheClipsEnd() {
    // 3 cm of sway at the top keeps the lifter's speed above 5 % of the pull's peak throughout
    HandMadeSet set =
        new HandMadeSet()
            .rest(30)
            .pullWithRestlessTop(30, 20, 30, 0.03)
            .rest(30)
            .pullWithRestlessTop(30, 20, 30, 0.03)
            .rest(30);
    List<Rep> reps = RepDetector.detect(set.kinematics());
    assertThat(reps).hasSize(2);
    for (int r = 0; r < 2; r++) {
      Rep rep = reps.get(r);
      assertThat(rep.partial()).isFalse();
      // the top lasts 20 frames: the lockout is in it or where the way down sets off (still for a
      // frame, as every move of the hand-made set starts), the descent ends where the bar lands
      assertThat(rep.lockoutFrame()).isBetween(set.lockout(r) - 1, set.lockout(r) + 21);
      assertThat(rep.phase(PhaseName.DESCENT).orElseThrow().endFrame())
          .isCloseTo(set.descentEnd(r), within(2));
    }
  }

  @Test
  void aDipAtTheTopThatComesBackUpIsNoDescentAndTheNextPullStillCounts() {
    // jur_deadlift2 slowed to half speed: the bar sank 10 cm below the top's band in a 3.5 s hold
    // and rose again; the descent search stopped there and the pull ran to the clip's end,
    // swallowing the second rep. A dip of 0.2 m (the band lies 0.15 m below this set's top)
    HandMadeSet set =
        new HandMadeSet()
            .rest(30)
            .pullWithDipAtTheTop(30, 40, 30, 0.2)
            .rest(30)
            .pull(30, 20, 30)
            .rest(30);
    List<Rep> reps = RepDetector.detect(set.kinematics());
    assertThat(reps).hasSize(2);
    assertThat(reps).noneMatch(Rep::partial);
    assertThat(reps.get(0).phase(PhaseName.DESCENT).orElseThrow().endFrame())
        .isCloseTo(set.descentEnd(0), within(2));
    assertThat(reps.get(1).floorBreakFrame()).isCloseTo(set.floorBreak(1), within(1));
  }

  /** Three rises made by {@code rise}, with a second's rest before, between and after. */
  static HandMadeSet three(UnaryOperator<HandMadeSet> rise) {
    HandMadeSet set = new HandMadeSet().rest(30);
    for (int r = 0; r < 3; r++) {
      set = rise.apply(set).rest(30);
    }
    return set;
  }

  static HandMadeSet threePulls() {
    return three(s -> s.pull(30, 20, 30));
  }

  @Test
  void risesWithTheArmsSwungToShoulderHeightAreKettlebellSwingsNotReps() {
    RepDetector.Detection d = RepDetector.find(threePulls().kinematics(90, ViewKind.SIDE));
    assertThat(d.reps()).isEmpty();
    assertThat(d.armsRaised()).hasSize(3);
    assertThat(d.armsRaised())
        .allSatisfy(
            a -> {
              assertThat(a.elbows()).isFalse();
              assertThat(a.deg()).isGreaterThan(80);
            });
  }

  @Test
  void aSingleRiseWithTheArmsRaisedStaysARep() {
    // one rise is not a set of swings: the arms read raised may be the landmarks' guess
    HandMadeSet one = new HandMadeSet().rest(30).pull(30, 20, 30).rest(30);
    RepDetector.Detection d = RepDetector.find(one.kinematics(90, ViewKind.SIDE));
    assertThat(d.reps()).hasSize(1);
    assertThat(d.armsRaised()).isEmpty();
  }

  @Test
  void aSingleRiseThatEndsWithTheBarHeldOverheadIsNoRep() {
    // straight arms to 170° over the top half of the rise, held overhead 1.3 s: a snatch
    HandMadeSet one = new HandMadeSet().rest(30).pull(30, 40, 30).rest(30);
    RepDetector.Detection d = RepDetector.find(one.kinematics(170, ViewKind.SIDE));
    assertThat(d.reps()).isEmpty();
    assertThat(d.handsUp()).hasSize(1);
    assertThat(d.handsUp().get(0).fromFrame()).isBetween(45, 55);
    // the same rise held at the top 0.2 s: the hands did not stay up (the rise is read as the
    // hands' alone, the shoulders left far behind)
    HandMadeSet brief = new HandMadeSet().rest(30).pull(30, 5, 30).rest(30);
    RepDetector.Detection b = RepDetector.find(brief.kinematics(170, ViewKind.SIDE));
    assertThat(b.handsUp()).isEmpty();
    assertThat(b.reps()).isEmpty();
  }

  @Test
  void theSameRisesWithTheArmsHangingAreThreeReps() {
    RepDetector.Detection d = RepDetector.find(threePulls().kinematics(30, ViewKind.SIDE));
    assertThat(d.reps()).hasSize(3).noneMatch(Rep::partial);
    assertThat(d.armsRaised()).isEmpty();
  }

  @Test
  void handsThatRiseToTheTopWhileTheBodyStaysAreARowNotReps() {
    // the hands alone go all the way up, three times: hips and shoulders never move
    RepDetector.Detection d = RepDetector.find(three(s -> s.handsAlone(1.0, 30, 30)).kinematics());
    assertThat(d.reps()).isEmpty();
    assertThat(d.handsAlone()).hasSize(3);
    assertThat(d.handsAlone())
        .allSatisfy(
            h -> {
              assertThat(h.barRiseM()).isGreaterThan(0.3);
              assertThat(h.shoulderRiseM()).isCloseTo(0, within(1e-9));
            });
  }

  @Test
  void handsAloneAreReadOnlyWhereTheShouldersAreSeenAtBothEnds() {
    // frames 0..10: the hands rise 40 cm, the shoulders 5 cm
    HandMadeKinematics made =
        HandMadeKinematics.frames(20, 30)
            .up(Joint.SHOULDER, i -> 1.0 + 0.005 * Math.min(i, 10))
            .up(Joint.WRIST, i -> 0.3 + 0.04 * Math.min(i, 10));
    Kinematics seen = made.build();
    assertThat(RepDetector.handsAlone(seen, seen.barUpM(), 0, 10)).isTrue();
    Kinematics cut = made.visibility(Joint.SHOULDER, i -> i >= 8 ? 0.2 : 0.9).build();
    assertThat(RepDetector.handsAlone(cut, cut.barUpM(), 0, 10)).isFalse();
  }

  @Test
  void fromTheFrontTheArmsAreNotReadForASwing() {
    // arms swung towards the camera cannot be told from the picture
    RepDetector.Detection d = RepDetector.find(threePulls().kinematics(90, ViewKind.FRONT));
    assertThat(d.armsRaised()).isEmpty();
  }

  @Test
  void aBarThatNeverTravelsFifteenCentimetresHoldsNoRep() {
    HandMadeSet set = new HandMadeSet().rest(90);
    assertThat(RepDetector.find(set.kinematics()).reps()).isEmpty();
  }

  @Test
  void standingUpAndWalkingOffIsAnEmptyHandedRiseNotARep() {
    HandMadeSet set =
        new HandMadeSet().rest(30).pull(30, 20, 30).rest(30).standUpAndWalk(30, 0.8, 30);
    RepDetector.Detection d = RepDetector.find(set.kinematics());
    assertThat(d.reps()).hasSize(1);
    assertThat(d.emptyHanded()).hasSize(1);
    assertThat(d.emptyHanded().get(0).walkedAcross()).isTrue();
  }

  @Test
  void aFirstPullThatIsNotLoweredBeforeTheLifterWalksOffWasDroppedAndIsARep() {
    // no bar was set down before this rise, so it cannot be standing up empty-handed after a set
    HandMadeSet set = new HandMadeSet().rest(30).standUpAndWalk(30, 0.8, 30);
    RepDetector.Detection d = RepDetector.find(set.kinematics());
    assertThat(d.emptyHanded()).isEmpty();
    assertThat(d.reps()).hasSize(1);
    Rep rep = d.reps().get(0);
    assertThat(rep.partial()).isFalse();
    assertThat(rep.lockoutFrame()).isCloseTo(set.lockout(0), within(2));
    // the rep ends where he sets off, before the feet are 15 cm away (frame 15 of the walk)
    assertThat(rep.endFrame()).isBetween(set.lockout(0) + 10, set.lockout(0) + 15 + 4);
    assertThat(d.notLowered())
        .singleElement()
        .satisfies(n -> assertThat(n.leftFrame()).isEqualTo(rep.endFrame() + 1));
  }

  @Test
  void aPullThatStallsIsAMissedRepAfterTheFullOnes() {
    HandMadeSet set =
        new HandMadeSet().rest(30).pull(30, 20, 30).rest(30).missed(0.5, 40, 30).rest(30);
    List<Rep> reps = RepDetector.detect(set.kinematics());
    assertThat(reps).extracting(Rep::missed).containsExactly(false, true);
    assertThat(reps.get(1).partial()).isTrue();
    assertThat(reps.get(1).index()).isEqualTo(2);
  }

  @Test
  void aMissedPullAndTheFullPullAfterItsResetAreTwoReps() {
    HandMadeSet set =
        new HandMadeSet().rest(30).missed(0.5, 40, 30).rest(30).pull(30, 20, 30).rest(30);
    List<Rep> reps = RepDetector.detect(set.kinematics());
    assertThat(reps).extracting(Rep::missed).containsExactly(true, false);
    assertThat(reps.get(0).lockoutFrame()).isLessThan(reps.get(1).floorBreakFrame());
  }

  @Test
  void aClipThatStartsStandingAndFlowsIntoThePullStartsItsRepAtTheBottom() {
    HandMadeSet set = new HandMadeSet().bendDownAndPull(20, 25, 30, 20, 30).rest(30);
    List<Rep> reps = RepDetector.detect(set.kinematics());
    assertThat(reps).hasSize(1);
    assertThat(reps.get(0).partial()).isFalse();
    assertThat(reps.get(0).floorBreakFrame()).isCloseTo(set.floorBreak(0), within(2));
  }
}
