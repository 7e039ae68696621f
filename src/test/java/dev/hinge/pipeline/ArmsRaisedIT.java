package dev.hinge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hinge.core.HingeException;
import dev.hinge.core.ProgressListener;
import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.Landmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseOptions;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.VideoInfo;
import dev.hinge.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Negatives made from real lifters: the pose tracks of labelled side-view sets of two reps with the
 * arms re-posed over the top half of each rise, the rest of the lifter (hips, legs, trunk, head) as
 * filmed. Straight arms swung forward to 75° from hanging are a kettlebell swing's; the upper arm
 * forward to 80° with the forearm folded up to the shoulder a clean's. Neither is a deadlift: no
 * deadlift bar rises on raised arms. Before the arms were read ({@code reps.Arms}, 2026-12-06)
 * every one of these read as the original's full reps, "no faults found". The originals keep
 * theirs.
 */
class ArmsRaisedIT {
  static final Map<String, PoseTrack> TRACKS = new ConcurrentHashMap<>();

  static PoseTrack track(String clip) {
    return TRACKS.computeIfAbsent(
        clip,
        c ->
            Fixtures.poseTracker()
                .track(Fixtures.real().resolve(c), PoseOptions.defaults(), ProgressListener.NONE));
  }

  @ParameterizedTest(name = "{0}: {1} full reps as filmed")
  @CsvSource({"jur_deadlift2.mp4, 2", "hac_rdl.mp4, 2", "bx_good018.mp4, 1"})
  void theDeadliftAsFilmedKeepsItsReps(String clip, int reps) {
    Analysis a = AnalysisPipeline.analyze(track(clip), AnalysisOptions.NONE);
    assertThat(a.reps().stream().filter(r -> !r.rep().partial())).hasSize(reps);
    assertThat(a.warnings())
        .noneMatch(w -> w.code().equals("ARMS_RAISED") || w.code().equals("HANDS_UP"));
  }

  @ParameterizedTest(name = "{0} re-posed as a {1}")
  @CsvSource({
    "jur_deadlift2.mp4, swing, arms swung up",
    "hac_rdl.mp4, swing, arms swung up",
    "jur_deadlift2.mp4, clean, a clean",
    "hac_rdl.mp4, clean, a clean"
  })
  void armsRaisedOverTheRiseAreNotADeadlift(String clip, String kind, String says) {
    PoseTrack moved = rePosed(track(clip), kind.equals("clean"));
    assertThatThrownBy(() -> AnalysisPipeline.analyze(moved, AnalysisOptions.NONE))
        .isInstanceOf(HingeException.class)
        .hasMessageContaining("no deadlift rep found")
        .hasMessageContaining("not a deadlift: the " + (kind.equals("clean") ? "hands" : "arms"))
        .hasMessageContaining(says);
  }

  /**
   * A single rise read with the arms raised stays a rep: on darkened and mirrored copies of the bx
   * clips BlazePose drew the arms raised at the lockout the near plate hides (5 of 102 copies of
   * real deadlifts lost their only rep that way when each rise was judged alone).
   */
  @Test
  void aSingleRiseWithTheArmsRaisedStaysARep() {
    Analysis a =
        AnalysisPipeline.analyze(rePosed(track("bx_good018.mp4"), false), AnalysisOptions.NONE);
    assertThat(a.reps().stream().filter(r -> !r.rep().partial())).hasSize(1);
  }

  /**
   * A single clean: the rise ends with the bar racked on the shoulders and held there over a
   * second. Before {@code Arms.heldUp} (2026-12-07) each read as one full deadlift rep.
   */
  @ParameterizedTest(name = "{0} re-posed as a single clean, racked for its lockout's hold")
  @CsvSource({"bx_bad010.mp4", "bx_bad011.mp4", "kel_deadlift.mp4"})
  void aSingleCleanHeldInTheRackIsNotADeadlift(String clip) {
    PoseTrack clean = rePosed(track(clip), true);
    assertThatThrownBy(() -> AnalysisPipeline.analyze(clean, AnalysisOptions.NONE))
        .isInstanceOf(HingeException.class)
        .hasMessageContaining("not a deadlift: the hands were held at shoulder height or above")
        .hasMessageContaining("a clean, a snatch or a jerk");
  }

  /**
   * A lifter who drops the bar from lockout and throws his arms up (a personal record) raised them
   * after the rise ended at his hips: the rep stays.
   */
  @ParameterizedTest(name = "{0}: the arms thrown up after the lockout keep the rep")
  @CsvSource({"bx_good018.mp4", "myo_deadlift.mp4", "kel_deadlift.mp4", "rex_deadlift.mp4"})
  void armsThrownUpAfterTheLockoutKeepTheRep(String clip) {
    Analysis filmed = AnalysisPipeline.analyze(track(clip), AnalysisOptions.NONE);
    Analysis cheered =
        AnalysisPipeline.analyze(
            cheered(track(clip), filmed.reps().get(0).rep().lockoutFrame()), AnalysisOptions.NONE);
    assertThat(cheered.reps().stream().filter(r -> !r.rep().partial())).hasSize(1);
    assertThat(cheered.warnings()).noneMatch(w -> w.code().equals("HANDS_UP"));
  }

  /**
   * The track from {@code lockout}: the lifter holds the top 0.5 s as filmed, then swings both arms
   * straight up overhead (to 170° from hanging) over 0.4 s and keeps them there for 2 s; the rest
   * of him as filmed at his lockout.
   */
  static PoseTrack cheered(PoseTrack t, int lockout) {
    double fps = t.video().fps();
    int from = lockout + (int) Math.round(0.5 * fps);
    int end = Math.min(t.frames().size(), from + (int) Math.round(2.4 * fps));
    PoseFrame top = t.frames().get(from);
    double sign =
        Math.signum(top.image(BodyLandmark.NOSE).x() - top.image(BodyLandmark.LEFT_HIP).x());
    List<PoseFrame> out = new ArrayList<>(t.frames().subList(0, from));
    for (int i = from; i < end; i++) {
      double u = Math.min(1, (i - from) / (0.4 * fps));
      List<Landmark> image = new ArrayList<>(top.image());
      arms(image, sign, Math.toRadians(170) * u * u * (3 - 2 * u), 0);
      out.add(
          new PoseFrame(
              i,
              t.frames().get(i).tMs(),
              top.presence(),
              image,
              top.world(),
              top.back(),
              top.camera()));
    }
    VideoInfo v = t.video();
    return new PoseTrack(
        new VideoInfo(
            v.name(),
            v.width(),
            v.height(),
            fps,
            v.rotation(),
            out.get(out.size() - 1).tMs(),
            v.damage(),
            List.of()),
        t.model(),
        out);
  }

  @ParameterizedTest(name = "{0}: its set-up held, the hands rowed to the belly")
  @CsvSource({"jur_deadlift2.mp4", "bx_good018.mp4"})
  void aRowFromTheSetUpIsNotADeadlift(String clip) {
    PoseTrack row = rowed(track(clip));
    assertThatThrownBy(() -> AnalysisPipeline.analyze(row, AnalysisOptions.NONE))
        .isInstanceOf(HingeException.class)
        .hasMessageContaining("not a deadlift: the hands rose")
        .hasMessageContaining("a row or a curl");
  }

  /**
   * Five barbell rows from the lifter's own set-up (the frame with the hands lowest), 2 s each,
   * over 12 s: the trunk and legs held as filmed, the upper arms drawn back 70° and the forearms
   * hanging, so the hands rise about a forearm's length to the belly while the shoulders stay.
   * Before hands that rose alone were set aside this read as 5 partial reps with HIPS_SHOOT_UP on
   * each.
   */
  static PoseTrack rowed(PoseTrack t) {
    PoseFrame base = null;
    for (PoseFrame f : t.frames()) {
      if (f.hasPose() && (base == null || wristY(f) > wristY(base))) {
        base = f;
      }
    }
    double sign =
        Math.signum(base.image(BodyLandmark.NOSE).x() - base.image(BodyLandmark.LEFT_HIP).x());
    double fps = t.video().fps();
    int n = (int) (12 * fps);
    List<PoseFrame> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double s = i / fps;
      double phase = (s % 2.0) / 2.0;
      double u =
          s < 1.5
              ? 0
              : phase < 0.3
                  ? 0.5 * (1 - Math.cos(Math.PI * phase / 0.3))
                  : phase < 0.7 ? 0.5 * (1 + Math.cos(Math.PI * (phase - 0.3) / 0.4)) : 0;
      double arm = -Math.toRadians(70) * u;
      List<Landmark> image = new ArrayList<>(base.image());
      arms(image, sign, arm, -arm);
      out.add(
          new PoseFrame(
              i, 1000 * s, base.presence(), image, base.world(), base.back(), base.camera()));
    }
    VideoInfo v = t.video();
    return new PoseTrack(
        new VideoInfo(
            v.name(), v.width(), v.height(), fps, v.rotation(), 12000, v.damage(), List.of()),
        t.model(),
        out);
  }

  /**
   * The track with each arm turned forward about its shoulder over the top half of each rise
   * (smoothstep from half way up to the highest the hands get): to 75° straight, or the upper arm
   * to 80° and the forearm folded back up by twice that.
   */
  static PoseTrack rePosed(PoseTrack t, boolean clean) {
    double low = Double.NEGATIVE_INFINITY;
    double high = Double.POSITIVE_INFINITY;
    double facing = 0;
    for (PoseFrame f : t.frames()) {
      if (f.hasPose()) {
        double y = wristY(f);
        low = Math.max(low, y);
        high = Math.min(high, y);
        facing += f.image(BodyLandmark.NOSE).x() - f.image(BodyLandmark.LEFT_HIP).x();
      }
    }
    double sign = Math.signum(facing);
    double top = Math.toRadians(clean ? 80 : 75);
    List<PoseFrame> out = new ArrayList<>();
    for (PoseFrame f : t.frames()) {
      if (!f.hasPose()) {
        out.add(f);
        continue;
      }
      double u = Math.max(0, Math.min(1, ((low - wristY(f)) / (low - high) - 0.5) / 0.5));
      double arm = top * u * u * (3 - 2 * u);
      double fold = clean ? 2 * arm : 0;
      List<Landmark> image = new ArrayList<>(f.image());
      arms(image, sign, arm, fold);
      out.add(
          new PoseFrame(f.index(), f.tMs(), f.presence(), image, f.world(), f.back(), f.camera()));
    }
    return new PoseTrack(t.video(), t.model(), out);
  }

  static double wristY(PoseFrame f) {
    return 0.5 * (f.image(BodyLandmark.LEFT_WRIST).y() + f.image(BodyLandmark.RIGHT_WRIST).y());
  }

  /** Both arms turned {@code arm} about their shoulders, the forearms {@code fold} further. */
  private static void arms(List<Landmark> image, double sign, double arm, double fold) {
    side(
        image,
        BodyLandmark.LEFT_SHOULDER,
        BodyLandmark.LEFT_ELBOW,
        BodyLandmark.LEFT_WRIST,
        new BodyLandmark[] {
          BodyLandmark.LEFT_PINKY, BodyLandmark.LEFT_INDEX, BodyLandmark.LEFT_THUMB
        },
        sign,
        arm,
        fold);
    side(
        image,
        BodyLandmark.RIGHT_SHOULDER,
        BodyLandmark.RIGHT_ELBOW,
        BodyLandmark.RIGHT_WRIST,
        new BodyLandmark[] {
          BodyLandmark.RIGHT_PINKY, BodyLandmark.RIGHT_INDEX, BodyLandmark.RIGHT_THUMB
        },
        sign,
        arm,
        fold);
  }

  private static void side(
      List<Landmark> image,
      BodyLandmark shoulder,
      BodyLandmark elbow,
      BodyLandmark wrist,
      BodyLandmark[] hand,
      double sign,
      double arm,
      double fold) {
    Landmark s = image.get(shoulder.ordinal());
    Landmark e = image.get(elbow.ordinal());
    Landmark w = image.get(wrist.ordinal());
    double upper = Math.hypot(e.x() - s.x(), e.y() - s.y());
    double fore = Math.hypot(w.x() - e.x(), w.y() - e.y());
    double ex = s.x() + sign * upper * Math.sin(arm);
    double ey = s.y() + upper * Math.cos(arm);
    double wx = ex + sign * fore * Math.sin(arm + fold);
    double wy = ey + fore * Math.cos(arm + fold);
    image.set(elbow.ordinal(), moved(e, ex, ey));
    image.set(wrist.ordinal(), moved(w, wx, wy));
    for (BodyLandmark h : hand) {
      Landmark l = image.get(h.ordinal());
      image.set(h.ordinal(), moved(l, l.x() + wx - w.x(), l.y() + wy - w.y()));
    }
  }

  private static Landmark moved(Landmark l, double x, double y) {
    return new Landmark(x, y, l.z(), l.visibility(), l.presence());
  }
}
