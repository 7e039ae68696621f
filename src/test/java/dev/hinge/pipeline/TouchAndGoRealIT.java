package dev.hinge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hinge.core.AppDirs;
import dev.hinge.core.ProgressListener;
import dev.hinge.pose.PoseOptions;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.VideoPoseTracker;
import dev.hinge.pose.model.ModelStore;
import dev.hinge.pose.runtime.Runtimes;
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

  /** A touch-and-go floor break may be read this far before the splice, seconds. */
  static final double FLOOR_BREAK_EARLY_S = 0.15;

  /** ... but every copy's is read at the same place in it, within this many frames. */
  static final int SAME_PLACE_FRAMES = 2;

  /**
   * On each runtime: `auto` picks the faster on the machine, and their landmarks differ in the last
   * float bits (on ONNX Runtime's, jur_deadlift2's set read four reps until a descent's end was
   * kept within the slack of its coarse end).
   */
  @ParameterizedTest(name = "{0} on {1}: its first rep five times, touch and go")
  @CsvSource({
    "bx_good018.mp4, ONNX",
    "myo_deadlift.mp4, ONNX",
    "vic_deadlift.mp4, ONNX",
    "jur_deadlift2.mp4, ONNX",
    "bx_good018.mp4, TFLITE",
    "myo_deadlift.mp4, TFLITE",
    "vic_deadlift.mp4, TFLITE",
    "jur_deadlift2.mp4, TFLITE"
  })
  void aRealRepPulledFiveTimesTouchAndGoIsFiveFullReps(String clip, Runtimes.Choice runtime) {
    assumeTrue(runtime != Runtimes.Choice.TFLITE || Runtimes.tfliteSupportedHere());
    AppDirs dirs = AppDirs.forUser();
    PoseTrack track =
        new VideoPoseTracker(new ModelStore(dirs.models()), Runtimes.create(runtime, dirs.cache()))
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
    // the first rep's floor break may have been read early, in a slow set-up (jur_deadlift2: the
    // copies' floor breaks come 0.33-0.50 s after the splice, by runtime), but a copy's is never
    // read after its bar passed the knees
    int toKnee = first.phase(PhaseName.FLOOR_TO_KNEE).orElseThrow().endFrame() - from;
    for (int c = 1; c < TIMES; c++) {
      int splice = from + c * length;
      Rep r = reps.get(c);
      assertThat(r.partial()).as("rep %d", c + 1).isFalse();
      assertThat((r.floorBreakFrame() - splice) / fps)
          .as("rep %d: floor break from the splice, seconds", c + 1)
          .isBetween(-FLOOR_BREAK_EARLY_S, toKnee / fps);
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
