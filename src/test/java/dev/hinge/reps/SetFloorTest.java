package dev.hinge.reps;

import static dev.hinge.reps.RepBuilderTest.KNEE_M;
import static dev.hinge.reps.RepBuilderTest.PULL;
import static dev.hinge.reps.RepBuilderTest.pull;
import static dev.hinge.reps.RepBuilderTest.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.testing.HandMadeKinematics;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The set's own floor: a rep whose start reads above the floor share of the knees, or whose knees
 * read as high as the resting bar, starts from the floor when the set's other reps rested there.
 */
class SetFloorTest {
  static SetMarks floorAt(double m) {
    return new SetMarks(KNEE_M, OptionalDouble.empty(), OptionalDouble.of(m));
  }

  @Test
  void theFloorIsTheLowestStartOfThePullsFromBelowTheKnees() {
    // knees at 0.5 m: a start at 0.2 m is below 0.85 of them and the bar passes them
    Kinematics k = set(i -> pull(i, 0.2));
    assertThat(SetFloor.of(k, List.of(PULL), KNEE_M).getAsDouble()).isCloseTo(0.2, within(1e-9));
    // from a hang at 0.46 m: no floor start, no floor
    assertThat(SetFloor.of(set(i -> pull(i, 0.46)), List.of(PULL), KNEE_M)).isEmpty();
  }

  @Test
  void aStartReadAboveTheShareButOnTheSetsFloorIsFromTheFloor() {
    // 0.46 m is above 0.85 × 0.5 m; the set's other reps rested at 0.40 m
    Rep onFloor = RepBuilder.full(set(i -> pull(i, 0.46)), 1, PULL, floorAt(0.40));
    assertThat(onFloor.partial()).isFalse();
    // the set rested at 0.20 m: 26 cm higher is a pull from the hang, as judged alone
    Rep hang = RepBuilder.full(set(i -> pull(i, 0.46)), 1, PULL, floorAt(0.20));
    assertThat(hang.partial()).isTrue();
    assertThat(hang.partialReason().orElseThrow()).startsWith("started with the hands 46 cm up");
  }

  @Test
  void kneesReadAsHighAsTheRestingBarDoNotMakeAHangPullOfAFloorStart() {
    // plates hiding hands and shins: the knees read at 0.22 m, the bar rests at 0.25 m
    Kinematics k =
        HandMadeKinematics.frames(150, RepBuilderTest.FPS)
            .up(Joint.WRIST, i -> pull(i, 0.25))
            .up(Joint.KNEE, i -> 0.22)
            .build();
    Rep alone = RepBuilder.full(k, 1, PULL, SetMarks.alone(KNEE_M));
    assertThat(alone.partial()).isTrue();
    assertThat(alone.partialReason().orElseThrow())
        .isEqualTo("started with the bar at the knees (the hands 25 cm up, the knees 22 cm)");
    assertThat(RepBuilder.full(k, 1, PULL, floorAt(0.24)).partial()).isFalse();
  }
}
