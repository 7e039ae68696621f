package dev.hinge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hinge.core.HingeException;
import dev.hinge.eval.ClipLabel.FormLabel;
import dev.hinge.pose.ModelInfo;
import dev.hinge.pose.PoseTrack;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalRunnerTest {
  @TempDir Path dir;

  static final ModelInfo MODEL = new ModelInfo("blazepose-full", "e9a5");
  final PoseTrack twoReps = SyntheticLifter.generate(SetSpec.clean(7, 2)).track();
  final List<String> posed = new ArrayList<>();

  /** A pose stage that knows three videos by name and notes every call. */
  PoseTrack pose(Path video) {
    String name = video.getFileName().toString();
    posed.add(name);
    return switch (name) {
      case "lift.mp4" -> twoReps;
      case "nobody.mp4" ->
          throw HingeException.unanalyzable("no person found in any of the 90 frames");
      case "models.mp4" -> throw HingeException.environment("pose models are not installed");
      default -> throw HingeException.invalidInput("cannot read video " + name + ": Invalid data");
    };
  }

  Labels labels(ClipLabel... clips) {
    return new Labels("labels.json", List.of(clips), List.of());
  }

  ClipLabel withSha(ClipLabel l, String sha) {
    return new ClipLabel(
        l.entry(),
        l.line(),
        l.file(),
        l.view(),
        l.facing(),
        l.reps(),
        l.repSpans(),
        l.lockoutsS(),
        l.partialPulls(),
        l.variant(),
        l.formLabel(),
        l.faults(),
        l.faultsSeen(),
        l.faultsSuspected(),
        l.usable(),
        l.negativeCase(),
        l.otherExercise(),
        l.confidence(),
        Optional.of(sha),
        l.source());
  }

  void video(String name) throws Exception {
    Files.writeString(dir.resolve(name), "bytes of " + name);
  }

  @Test
  void everyClipRunsAndOneThatDoesNotDecodeIsAFailedRunWithItsMessage() throws Exception {
    video("lift.mp4");
    video("broken.mp4");
    video("nobody.mp4");
    ClipLabel lift = Made.clip("lift.mp4", LabelledView.SIDE, FormLabel.GOOD, new Span(1, 3));
    ClipLabel broken = Made.clip("broken.mp4", LabelledView.SIDE, FormLabel.GOOD, new Span(1, 3));
    ClipLabel nobody = Made.clip("nobody.mp4", LabelledView.SIDE, FormLabel.GOOD, new Span(1, 3));
    EvalRunner.Result r =
        new EvalRunner(this::pose, MODEL, Optional.empty())
            .run(labels(lift, broken, nobody), dir, l -> l == lift, EvalRunner.Listener.NONE);
    assertThat(r.problems()).isEmpty();
    assertThat(r.runs())
        .extracting(x -> x.outcome().status())
        .containsExactly(
            ClipOutcome.Status.ANALYSED, ClipOutcome.Status.FAILED, ClipOutcome.Status.REFUSED);
    assertThat(r.runs().get(0).outcome().fullReps()).isEqualTo(2);
    assertThat(r.runs().get(0).track()).isPresent();
    assertThat(r.runs().get(0).analysis()).isPresent();
    assertThat(r.runs().get(1).track()).isEmpty();
    assertThat(r.runs().get(1).outcome().message())
        .isEqualTo("cannot read video broken.mp4: Invalid data");
    assertThat(r.runs().get(2).outcome().message())
        .isEqualTo("no person found in any of the 90 frames");
  }

  @Test
  void aMissingOrDifferentVideoIsAProblemNamingItsEntryAndTheRestAreScored() throws Exception {
    video("lift.mp4");
    video("other.mp4");
    ClipLabel missing = Made.clip("gone.mp4", LabelledView.SIDE, FormLabel.GOOD, new Span(1, 3));
    ClipLabel other =
        withSha(
            Made.clip("other.mp4", LabelledView.SIDE, FormLabel.GOOD, new Span(1, 3)),
            "ab".repeat(32));
    ClipLabel lift =
        withSha(
            Made.clip("lift.mp4", LabelledView.SIDE, FormLabel.GOOD, new Span(1, 3)),
            PoseTrackCache.sha256(dir.resolve("lift.mp4")));
    EvalRunner.Result r =
        new EvalRunner(this::pose, MODEL, Optional.empty())
            .run(labels(missing, other, lift), dir, l -> false, EvalRunner.Listener.NONE);
    assertThat(r.runs()).extracting(x -> x.label().file()).containsExactly("lift.mp4");
    assertThat(r.problems())
        .extracting(LabelProblem::kind)
        .containsExactly(LabelProblem.Kind.VIDEO_MISSING, LabelProblem.Kind.VIDEO_MISMATCH);
    assertThat(r.problems().get(0).describe())
        .isEqualTo(
            "labels.json entry "
                + missing.entry()
                + " (line "
                + missing.line()
                + ", gone.mp4): video not found: "
                + dir.resolve("gone.mp4"));
    assertThat(r.problems().get(1).what()).endsWith("the labels describe another file");
    assertThat(posed).containsExactly("lift.mp4");
  }

  @Test
  void aSecondRunTakesItsTracksFromTheCacheAndScoresTheSame() throws Exception {
    video("lift.mp4");
    ClipLabel lift = Made.clip("lift.mp4", LabelledView.SIDE, FormLabel.GOOD, new Span(1, 3));
    EvalRunner runner =
        new EvalRunner(
            this::pose, MODEL, Optional.of(new PoseTrackCache(dir.resolve("cache"), "t")));
    EvalRunner.Result first = runner.run(labels(lift), dir, l -> false, EvalRunner.Listener.NONE);
    EvalRunner.Result second = runner.run(labels(lift), dir, l -> false, EvalRunner.Listener.NONE);
    assertThat(posed).containsExactly("lift.mp4");
    assertThat(first.fromCache()).isZero();
    assertThat(second.fromCache()).isEqualTo(1);
    assertThat(second.runs().get(0).outcome()).isEqualTo(first.runs().get(0).outcome());
    // and without the cache, the same again: the track goes through the writer either way
    EvalRunner.Result none =
        new EvalRunner(this::pose, MODEL, Optional.empty())
            .run(labels(lift), dir, l -> false, EvalRunner.Listener.NONE);
    assertThat(none.runs().get(0).outcome()).isEqualTo(first.runs().get(0).outcome());
  }

  @Test
  void missingModelsStopTheRunInsteadOfFailingEveryClip() throws Exception {
    video("models.mp4");
    ClipLabel l = Made.clip("models.mp4", LabelledView.SIDE, FormLabel.GOOD, new Span(1, 3));
    assertThatThrownBy(
            () ->
                new EvalRunner(this::pose, MODEL, Optional.empty())
                    .run(labels(l), dir, x -> false, EvalRunner.Listener.NONE))
        .hasMessage("pose models are not installed");
  }

  @Test
  void anUnexpectedErrorIsAFailedRunToo() {
    assertThat(EvalRunner.failure(new IllegalStateException("boom")))
        .isEqualTo(ClipOutcome.failed("internal error: java.lang.IllegalStateException: boom"));
  }
}
