package dev.hinge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.faults.Fault;
import dev.hinge.faults.Severity;
import dev.hinge.kinematics.Facing;
import dev.hinge.kinematics.ViewKind;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.PoseTrackReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The fixture clips (../shared/fixtures/videos, SOURCES.md) through their golden pose tracks
 * (official MediaPipe output in src/test/resources/golden). Each test is skipped, saying why, when
 * its golden track is not in this checkout yet. Assertions are what SOURCES.md records, seen frame
 * by frame: rep counts, full or partial, side view facing right, and no severe fault on the clips
 * labelled good.
 */
class GoldenTrackAnalysisIT {
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  static PoseTrack golden(String clip) {
    Path p = GOLDEN.resolve(clip + ".full.posetrack.json");
    assumeTrue(Files.isRegularFile(p), "golden track " + p + " is not in this checkout yet");
    return PoseTrackReader.read(p);
  }

  static Analysis analyze(String clip) {
    return AnalysisPipeline.analyze(golden(clip), AnalysisOptions.NONE);
  }

  static void assertNoSevereFault(Analysis a) {
    assertThat(a.reps().stream().flatMap(r -> r.faults().stream()).map(Fault::severity))
        .doesNotContain(Severity.SEVERE);
  }

  /** A good rep reports no fault at all: false alarms are as bad as misses. */
  static void assertNoFault(Analysis a) {
    assertThat(a.reps().stream().flatMap(r -> r.faults().stream()).map(Fault::code)).isEmpty();
  }

  @Test
  void formfitShowsTwoFullRepsFromTheSideWithNoFault() {
    Analysis a = analyze("formfit_deadlift");
    assertThat(a.kinematics().camera().view().kind()).isEqualTo(ViewKind.SIDE);
    assertThat(a.kinematics().facing()).isEqualTo(Facing.RIGHT);
    assertThat(a.repCount()).isEqualTo(2);
    // lockouts around 2-4 s and 7.5-9 s
    assertThat(
            a.reps().stream()
                .filter(r -> !r.rep().partial())
                .map(r -> a.kinematics().t(r.rep().lockoutFrame())))
        .satisfiesExactly(
            t -> assertThat(t).isBetween(1500.0, 4000.0),
            t -> assertThat(t).isBetween(7000.0, 9000.0));
    assertNoFault(a);
  }

  @Test
  void jcGoodIsOneCleanPullFacingRight() {
    Analysis a = analyze("jc_good");
    assertThat(a.kinematics().camera().view().kind()).isEqualTo(ViewKind.SIDE);
    assertThat(a.kinematics().facing()).isEqualTo(Facing.RIGHT);
    assertThat(a.repCount()).isEqualTo(1);
    assertThat(a.partialReps()).isZero();
    assertNoFault(a);
  }

  @Test
  void jcBadIsAPartialPullWithARoundedBack() {
    Analysis a = analyze("jc_bad");
    assertThat(a.repCount()).isZero();
    assertThat(a.partialReps()).isEqualTo(1);
    // SOURCES.md: hips high, back rounded, head down
    assertThat(a.reps().get(0).faults())
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo(dev.hinge.faults.FaultCode.ROUNDED_BACK);
              assertThat(f.confidence()).isLessThanOrEqualTo(0.5);
            });
  }

  @Test
  void jcRdlIsAPartialHingeNotAFullRep() {
    Analysis a = analyze("jc_rdl");
    assertThat(a.repCount()).isZero();
    assertThat(a.partialReps()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void jcHeelLiftIsOnePull() {
    assertThat(analyze("jc_heellift").repCount()).isEqualTo(1);
  }

  @Test
  void nicoWalksInAndPullsOnceWithAndWithoutTheBenchInTheWay() {
    // the plates hide his feet while the bar passes the shins: that must not read as walking
    Analysis unblocked = analyze("jc_nico_unblocked");
    assertThat(unblocked.repCount()).isEqualTo(1);
    assertNoSevereFault(unblocked);
    Analysis blocked = analyze("jc_nico_blocked");
    assertThat(blocked.repCount()).isEqualTo(1);
    assertNoSevereFault(blocked);
  }

  @Test
  void nicoStartsWithHisHipsAtKneeHeightAndIsToldToHinge() {
    // seen frame by frame: at the floor break his hips sit about as low as his knees
    Analysis a = analyze("jc_nico_blocked");
    assertThat(a.reps().get(0).faults())
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo(dev.hinge.faults.FaultCode.SQUATTING_THE_DEADLIFT);
              assertThat(f.evidence().metric()).isEqualTo("thighElevationStartDeg");
              assertThat(f.evidence().value()).isBetween(0.0, 12.0);
            });
  }

  @Test
  void jcShortIsTooShortToContainARep() {
    PoseTrack t = golden("jc_short");
    assertThatThrownBy(() -> AnalysisPipeline.analyze(t, AnalysisOptions.NONE))
        .isInstanceOf(HingeException.class)
        .satisfies(e -> assertThat(((HingeException) e).kind()).isEqualTo(ErrorKind.UNANALYZABLE))
        .hasMessageContaining("too short to contain a rep");
  }
}
