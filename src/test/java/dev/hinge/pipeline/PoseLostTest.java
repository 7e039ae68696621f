package dev.hinge.pipeline;

import static dev.hinge.testing.TrackEdits.withoutPose;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.kinematics.Kinematics;
import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.Landmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.WorldLandmark;
import dev.hinge.reps.Phase;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.Rep;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A pose the model lost at the top (the near plate over the lifter of a close camera: BlazePose
 * draws a crouched figure with a trunk a third of its length): the frames are dropped and bridged,
 * the rep still counts, and nothing is judged at its top.
 */
class PoseLostTest {
  static final PoseTrack ONE_REP = SyntheticLifter.generate(SetSpec.clean(5, 1)).track();

  /**
   * The track with the lifter's trunk drawn at {@code share} of its length on frames [a, b], and
   * turned towards the camera in the world landmarks so that {@code share} of it lies in the
   * picture's plane: the pose BlazePose draws when it loses a lifter behind the near plate.
   */
  static PoseTrack trunkShrunk(PoseTrack t, int a, int b, double share) {
    List<PoseFrame> frames = new ArrayList<>();
    for (PoseFrame f : t.frames()) {
      if (!f.hasPose() || f.index() < a || f.index() > b) {
        frames.add(f);
        continue;
      }
      List<Landmark> image = new ArrayList<>(f.image());
      List<WorldLandmark> world = new ArrayList<>(f.world());
      for (BodyLandmark[] side :
          new BodyLandmark[][] {
            {BodyLandmark.LEFT_SHOULDER, BodyLandmark.LEFT_HIP},
            {BodyLandmark.RIGHT_SHOULDER, BodyLandmark.RIGHT_HIP}
          }) {
        Landmark s = image.get(side[0].index());
        Landmark h = image.get(side[1].index());
        image.set(
            side[0].index(),
            new Landmark(
                h.x() + share * (s.x() - h.x()),
                h.y() + share * (s.y() - h.y()),
                s.z(),
                s.visibility(),
                s.presence()));
        WorldLandmark ws = world.get(side[0].index());
        WorldLandmark wh = world.get(side[1].index());
        double len = Math.hypot(Math.hypot(ws.x() - wh.x(), ws.y() - wh.y()), ws.z() - wh.z());
        world.set(
            side[0].index(),
            new WorldLandmark(
                wh.x() + share * (ws.x() - wh.x()),
                wh.y() + share * (ws.y() - wh.y()),
                wh.z() - Math.sqrt(1 - share * share) * len,
                ws.visibility()));
      }
      frames.add(new PoseFrame(f.index(), f.tMs(), f.presence(), image, world, f.back()));
    }
    return new PoseTrack(t.video(), t.model(), frames);
  }

  static void assertNoneLost(Analysis a) {
    assertThat(
            IntStream.range(0, a.kinematics().frameCount()).filter(i -> a.kinematics().lost()[i]))
        .isEmpty();
  }

  /** The top of the one rep the track's clean analysis finds. */
  static int[] top(PoseTrack t) {
    return top(AnalysisPipeline.analyze(t, AnalysisOptions.NONE).reps().get(0).rep());
  }

  /** From the middle of the rise past the knee to the middle of the way down. */
  static int[] top(Rep r) {
    Phase up = r.phase(PhaseName.KNEE_TO_LOCKOUT).orElseThrow();
    Phase down = r.phase(PhaseName.DESCENT).orElseThrow();
    return new int[] {
      (up.startFrame() + up.endFrame()) / 2, (down.startFrame() + down.endFrame()) / 2
    };
  }

  @Test
  void aTopTheModelLostStillCountsAndIsNotJudged() {
    Analysis clean = AnalysisPipeline.analyze(ONE_REP, AnalysisOptions.NONE);
    assertThat(clean.repCount()).isEqualTo(1);
    int[] top = top(clean.reps().get(0).rep());

    Analysis a =
        AnalysisPipeline.analyze(trunkShrunk(ONE_REP, top[0], top[1], 0.35), AnalysisOptions.NONE);

    Kinematics k = a.kinematics();
    assertThat(IntStream.rangeClosed(top[0], top[1]).allMatch(i -> k.lost()[i])).isTrue();
    assertThat(IntStream.rangeClosed(top[0], top[1]).noneMatch(i -> k.present()[i])).isTrue();
    assertThat(IntStream.range(0, k.frameCount()).filter(i -> k.lost()[i]).count())
        .isEqualTo(top[1] - top[0] + 1);
    assertThat(a.repCount()).isEqualTo(1);
    Rep rep = a.reps().get(0).rep();
    assertThat(rep.partial()).isFalse();
    assertThat(rep.lockoutSeen()).isFalse();
    assertThat(a.warnings())
        .filteredOn(w -> w.code().equals("POSE_LOST"))
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains((top[1] - top[0] + 1) + " frames"));
    assertThat(a.warnings())
        .filteredOn(w -> w.code().equals("LOCKOUT_NOT_SEEN"))
        .singleElement()
        .satisfies(w -> assertThat(w.message()).startsWith("the lockout of rep 1 was not seen"));
    assertThat(a.warnings())
        .extracting(Warning::message)
        .anyMatch(
            m -> m.startsWith("rep 1: LOCKOUT_HYPEREXTENSION not judged: the lifter was not seen"));
  }

  @Test
  void nothingIsJudgedOnARepWhoseStartTheModelLost() {
    Analysis clean = AnalysisPipeline.analyze(ONE_REP, AnalysisOptions.NONE);
    Rep r = clean.reps().get(0).rep();
    int fb = r.floorBreakFrame();
    Analysis a =
        AnalysisPipeline.analyze(trunkShrunk(ONE_REP, fb - 10, fb + 3, 0.35), AnalysisOptions.NONE);
    assertThat(a.repCount()).isEqualTo(1);
    assertThat(a.reps().get(0).faults()).isEmpty();
    assertThat(a.reps().get(0).notJudged())
        .isNotEmpty()
        .allSatisfy((code, why) -> assertThat(why).startsWith("the pose was lost at the start"));
    assertThat(a.reps().get(0).notJudged())
        .containsKeys(
            dev.hinge.faults.FaultCode.ROUNDED_BACK, dev.hinge.faults.FaultCode.HIPS_SHOOT_UP);
  }

  @Test
  void aTopWithoutAnyPoseCountsTooButIsNoLostPose() {
    // the same top with no pose at all (the detector found no one there): not seen either
    int[] top = top(ONE_REP);
    Analysis a =
        AnalysisPipeline.analyze(withoutPose(ONE_REP, top[0], top[1]), AnalysisOptions.NONE);
    assertThat(a.repCount()).isEqualTo(1);
    assertThat(a.reps().get(0).rep().lockoutSeen()).isFalse();
    assertThat(a.warnings()).extracting(Warning::code).contains("LOCKOUT_NOT_SEEN");
    assertThat(a.warnings()).extracting(Warning::code).doesNotContain("POSE_LOST");
  }

  @Test
  void aMissedPullWhoseStallWasNotSeenIsStillMissed() {
    // a pull that stalls and comes back down, the lifter unseen for 0.4 s around the stall: no
    // lockout to count, whatever hid him
    for (long seed = 1; seed <= 10; seed++) {
      SetSpec spec = SyntheticSetPropertyTest.randomSet(seed);
      SyntheticLifter.Result res =
          SyntheticLifter.generate(spec, new SyntheticLifter.Breaks(Set.of(), false, false, true));
      int stall = res.missedPulls().get(0)[1];
      int half = (int) Math.round(0.2 * spec.fps());
      Analysis a =
          AnalysisPipeline.analyze(
              withoutPose(res.track(), stall - half, stall + half), AnalysisOptions.NONE);
      assertThat(a.repCount()).as("seed %d", seed).isEqualTo(spec.reps().size());
      assertThat(a.warnings())
          .as("seed %d", seed)
          .extracting(Warning::code)
          .doesNotContain("LOCKOUT_NOT_SEEN");
    }
  }

  @Test
  void aTrunkBentAsFarAsRealLiftersBendIsNotLost() {
    // on the development set's side views a trunk reads down to 0.67 of its length (at the floor)
    int[] top = top(ONE_REP);
    Analysis a =
        AnalysisPipeline.analyze(trunkShrunk(ONE_REP, top[0], top[1], 0.8), AnalysisOptions.NONE);
    assertNoneLost(a);
    assertThat(a.warnings()).extracting(Warning::code).doesNotContain("POSE_LOST");
  }

  @Test
  void aTrunkShortInThePictureAloneIsNotLost() {
    // the same frames with the world landmarks left upright: a lifter walking away from the camera
    // shrinks in the picture alone
    int[] top = top(ONE_REP);
    List<PoseFrame> frames = new ArrayList<>();
    PoseTrack shrunk = trunkShrunk(ONE_REP, top[0], top[1], 0.35);
    for (int i = 0; i < ONE_REP.frames().size(); i++) {
      PoseFrame f = shrunk.frames().get(i);
      PoseFrame o = ONE_REP.frames().get(i);
      frames.add(
          f.hasPose()
              ? new PoseFrame(f.index(), f.tMs(), f.presence(), f.image(), o.world(), f.back())
              : f);
    }
    Analysis a =
        AnalysisPipeline.analyze(
            new PoseTrack(ONE_REP.video(), ONE_REP.model(), frames), AnalysisOptions.NONE);
    assertNoneLost(a);
  }

  @Test
  void aFrontViewsShortTrunkIsForeshorteningNotALostPose() {
    PoseTrack front = SyntheticLifter.generate(SetSpec.clean(5, 1).withYaw(88)).track();
    int[] top = top(front);
    Analysis a =
        AnalysisPipeline.analyze(trunkShrunk(front, top[0], top[1], 0.35), AnalysisOptions.NONE);
    assertNoneLost(a);
  }
}
