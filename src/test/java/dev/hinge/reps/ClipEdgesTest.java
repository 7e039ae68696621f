package dev.hinge.reps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.kinematics.Kinematics;
import dev.hinge.kinematics.KinematicsExtractor;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import dev.hinge.testing.TrackEdits;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** A video trimmed too tight: a pull its first or last frame cuts is found and not a rep. */
class ClipEdgesTest {
  static final PoseTrack SET = SyntheticLifter.generate(SetSpec.clean(11, 3)).track();
  static final List<Rep> REPS = RepDetector.detect(kinematics(SET));

  static Kinematics kinematics(PoseTrack t) {
    return KinematicsExtractor.extract(t, OptionalDouble.empty());
  }

  /** Frames [from, to) of the set, as a video of their own (times from 0). */
  static PoseTrack trimmed(int from, int to) {
    double frameMs = 1000 / SET.video().fps();
    List<PoseFrame> frames = new ArrayList<>();
    for (int i = from; i < to; i++) {
      PoseFrame f = SET.frames().get(i);
      int j = i - from;
      frames.add(
          new PoseFrame(j, j * frameMs, f.presence(), f.image(), f.world(), f.back(), f.camera()));
    }
    return new PoseTrack(
        TrackEdits.timed(SET.video(), frames.size() * frameMs, List.of()), SET.model(), frames);
  }

  static int midPull(Rep r) {
    return (r.floorBreakFrame() + r.lockoutFrame()) / 2;
  }

  @Test
  void theWholeSetHasNoPullCut() {
    assertThat(REPS).hasSize(3);
    assertThat(ClipEdges.find(kinematics(SET), REPS)).isEmpty();
  }

  @Test
  void aVideoStartingMidPullSaysSoAndCountsTheOthers() {
    PoseTrack t = trimmed(midPull(REPS.get(0)), SET.frames().size());
    Kinematics k = kinematics(t);
    List<Rep> reps = RepDetector.detect(k);
    assertThat(reps).hasSize(2);
    assertThat(ClipEdges.find(k, reps))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.atStart()).isTrue();
              assertThat(c.fromFrame()).isZero();
              assertThat(c.riseM()).isGreaterThan(0.15);
            });
  }

  @Test
  void aVideoStoppingMidPullSaysSoAndCountsTheOthers() {
    PoseTrack t = trimmed(0, midPull(REPS.get(2)));
    Kinematics k = kinematics(t);
    List<Rep> reps = RepDetector.detect(k);
    assertThat(reps).hasSize(2);
    assertThat(ClipEdges.find(k, reps))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.atStart()).isFalse();
              assertThat(c.toFrame()).isEqualTo(t.frames().size() - 1);
              assertThat(c.fromFrame()).isGreaterThan(reps.get(1).endFrame() - 1);
            });
  }

  /** Trimmed where one rep hands over to the next, or at a lockout: no pull is cut. */
  @Test
  void aVideoTrimmedBetweenRepsOrAtTheTopHasNone() {
    PoseTrack between = trimmed(REPS.get(1).startFrame(), REPS.get(2).startFrame());
    Kinematics k = kinematics(between);
    assertThat(ClipEdges.find(k, RepDetector.detect(k))).isEmpty();
    PoseTrack fromTop = trimmed(REPS.get(0).lockoutFrame() + 3, SET.frames().size());
    Kinematics top = kinematics(fromTop);
    assertThat(ClipEdges.find(top, RepDetector.detect(top))).isEmpty();
  }
}
