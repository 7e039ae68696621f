package dev.hinge.kinematics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.pose.PoseTrack;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import dev.hinge.testing.TrackEdits;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The shots of an edited video: where they part, which ones stand alone, how they join again. */
class ShotsTest {
  static final PoseTrack SET = SyntheticLifter.generate(SetSpec.clean(7, 2)).track();

  static PoseTrack withCuts(PoseTrack t, List<Double> cutsMs) {
    return new PoseTrack(
        TrackEdits.timed(t.video(), t.video().durationMs(), cutsMs), t.model(), t.frames());
  }

  static double t(int frame) {
    return SET.frames().get(frame).tMs();
  }

  @Test
  void aVideoWithoutCutsIsOneShot() {
    assertThat(Shots.of(SET, KinematicsExtractor.MIN_SHOT_FRAMES))
        .singleElement()
        .satisfies(r -> assertThat(r).containsExactly(0, SET.frames().size()));
    assertThat(KinematicsExtractor.extractShots(SET, OptionalDouble.empty())).hasSize(1);
  }

  @Test
  void eachCutStartsAShot() {
    int n = SET.frames().size();
    List<int[]> shots = Shots.of(withCuts(SET, List.of(t(100), t(200))), 15);
    assertThat(shots)
        .extracting(r -> r[0] + "-" + r[1])
        .containsExactly("0-100", "100-200", "200-" + n);
  }

  /** A title card, a flash of another shot, a last black frame: measured with a neighbour. */
  @Test
  void aShotOfFewFramesGoesWithTheNextOneOrTheLastWithTheOneBefore() {
    int n = SET.frames().size();
    List<int[]> shots = Shots.of(withCuts(SET, List.of(t(1), t(100), t(105), t(n - 3))), 15);
    assertThat(shots).extracting(r -> r[0] + "-" + r[1]).containsExactly("0-100", "100-" + n);
  }

  @Test
  void aSliceKeepsOnlyTheCutsInsideIt() {
    PoseTrack cut = withCuts(SET, List.of(t(1), t(100), t(200)));
    PoseTrack slice = Shots.slice(cut, 0, 100);
    assertThat(slice.frames()).hasSize(100);
    assertThat(slice.video().sceneCutsMs()).containsExactly(t(1));
    assertThat(Shots.slice(cut, 100, 200).video().sceneCutsMs()).isEmpty();
  }

  /** Joined, the shots' frames follow one another as in the video, each shot's values kept. */
  @Test
  void joinedShotsKeepEachShotsFramesInOrder() {
    PoseTrack cut = withCuts(SET, List.of(t(150)));
    List<Shot> shots = KinematicsExtractor.extractShots(cut, OptionalDouble.empty());
    assertThat(shots).extracting(Shot::firstFrame).containsExactly(0, 150);
    Kinematics k = KinematicsExtractor.join(shots);
    assertThat(k.frameCount()).isEqualTo(SET.frames().size());
    Kinematics second = shots.get(1).kinematics();
    for (int i = 0; i < second.frameCount(); i++) {
      assertThat(k.tMs()[150 + i]).isEqualTo(second.tMs()[i]);
      assertThat(k.barUpM()[150 + i]).isEqualTo(second.barUpM()[i]);
      assertThat(k.trunkDeg()[150 + i]).isEqualTo(second.trunkDeg()[i]);
    }
    assertThat(k.facing()).isEqualTo(Facing.RIGHT);
  }
}
