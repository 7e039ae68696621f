package dev.hinge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.core.ProgressListener;
import dev.hinge.pose.PoseOptions;
import dev.hinge.pose.PoseTrack;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.Rep;
import dev.hinge.testing.Fixtures;
import dev.hinge.testing.TrackEdits;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Touch-and-go sets made from real lifters: a labelled clip's first rep, from its floor break to
 * where its bar is back on the floor, played five times in a row, so each pull leaves the floor the
 * instant the last one touched it, with the landmarks' own noise and the plates' occlusions as
 * filmed. No clip of the development set is touch-and-go; the synthetic sets are (their lifter has
 * no model noise). Five pulls are five full reps, each one starting where its copy starts.
 */
class TouchAndGoRealIT {
  static final int TIMES = 5;

  /**
   * A touch-and-go floor break may be read this far from the splice, seconds: the splice is where
   * the bar came within 3 cm of the floor, and the first rep's own floor break (the splice's other
   * side) may have been read early in a slow set-up (jur_deadlift2: 0.33 s later on the copies).
   */
  static final double FLOOR_BREAK_EARLY_S = 0.15;

  static final double FLOOR_BREAK_LATE_S = 0.5;

  /** ... but every copy's is read at the same place in it, within this many frames. */
  static final int SAME_PLACE_FRAMES = 2;

  @ParameterizedTest(name = "{0}: its first rep five times, touch and go")
  @CsvSource({"bx_good018.mp4", "myo_deadlift.mp4", "vic_deadlift.mp4", "jur_deadlift2.mp4"})
  void aRealRepPulledFiveTimesTouchAndGoIsFiveFullReps(String clip) {
    PoseTrack track =
        Fixtures.poseTracker()
            .track(Fixtures.real().resolve(clip), PoseOptions.defaults(), ProgressListener.NONE);
    Analysis once = AnalysisPipeline.analyze(track, AnalysisOptions.NONE);
    Rep first = once.reps().get(0).rep();
    assertThat(first.partial()).isFalse();
    int from = first.floorBreakFrame();
    int touch = backOnTheFloor(once, first);
    int length = touch - from;

    Analysis set =
        AnalysisPipeline.analyze(
            TrackEdits.repeated(track, from, touch, TIMES), AnalysisOptions.NONE);

    assertThat(set.repCount()).isEqualTo(once.repCount() + TIMES - 1);
    assertThat(set.partialReps()).isEqualTo(once.partialReps());
    List<Rep> reps = set.reps().stream().map(RepAnalysis::rep).toList();
    double fps = track.video().fps();
    for (int c = 1; c < TIMES; c++) {
      int splice = from + c * length;
      Rep r = reps.get(c);
      assertThat(r.partial()).as("rep %d", c + 1).isFalse();
      assertThat((r.floorBreakFrame() - splice) / fps)
          .as("rep %d: floor break from the splice, seconds", c + 1)
          .isBetween(-FLOOR_BREAK_EARLY_S, FLOOR_BREAK_LATE_S);
      if (c > 1) {
        assertThat(r.floorBreakFrame() - reps.get(c - 1).floorBreakFrame())
            .as("rep %d: frames after rep %d's floor break", c + 1, c)
            .isCloseTo(length, within(SAME_PLACE_FRAMES));
      }
    }
  }

  /**
   * The first frame of the rep's descent from which the bar is within 3 cm of where it rests: the
   * lowest it gets after the descent starts, or its height at the floor break if that is higher.
   */
  static int backOnTheFloor(Analysis a, Rep rep) {
    double[] bar = a.kinematics().barUpM();
    int descent = rep.phase(PhaseName.DESCENT).orElseThrow().startFrame();
    double lowest = Double.POSITIVE_INFINITY;
    for (int i = descent; i < bar.length; i++) {
      lowest = Math.min(lowest, bar[i]);
    }
    double rest = Math.max(lowest, bar[rep.floorBreakFrame()]) + 0.03;
    for (int i = descent; i < bar.length; i++) {
      if (bar[i] <= rest) {
        return i;
      }
    }
    return bar.length - 1;
  }
}
