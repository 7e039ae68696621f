package dev.hinge.pose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.core.HingeException;
import dev.hinge.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The optional per-frame {@code back} field of {@code hinge.posetrack/1}. */
class BackShapeTrackTest {

  static PoseTrack withBack() {
    PoseTrack t = PoseTrackJsonTest.sampleTrack();
    List<PoseFrame> frames = new ArrayList<>();
    for (PoseFrame f : t.frames()) {
      Optional<BackShape> b =
          !f.hasPose()
              ? Optional.empty()
              : f.index() == 0
                  ? Optional.of(new BackShape(-17.254, 0.933))
                  : Optional.of(new BackShape(Double.NaN, 0.2));
      frames.add(new PoseFrame(f.index(), f.tMs(), f.presence(), f.image(), f.world(), b));
    }
    return new PoseTrack(t.video(), t.model(), frames);
  }

  @Test
  void theBackMeasureRoundTrips() {
    String json = PoseTrackJsonTest.write(withBack());
    assertThat(json).contains("\"back\":{\"bendDeg\":-17.25,\"coverage\":0.933}");
    assertThat(json).contains("\"back\":{\"bendDeg\":null,\"coverage\":0.2}");
    PoseTrack back = PoseTrackJsonTest.read(json);
    BackShape b0 = back.frames().get(0).back().orElseThrow();
    assertThat(b0.bendDeg()).isCloseTo(-17.25, within(1e-9));
    assertThat(b0.coverage()).isCloseTo(0.933, within(1e-9));
    assertThat(back.frames().get(1).back()).isEmpty();
    assertThat(back.frames().get(2).back().orElseThrow().hasBend()).isFalse();
  }

  @Test
  void aTrackWithoutTheFieldReadsAsBefore() {
    String json = PoseTrackJsonTest.write(PoseTrackJsonTest.sampleTrack());
    assertThat(json).doesNotContain("\"back\"");
    PoseTrack t = PoseTrackJsonTest.read(json);
    assertThat(t.frames()).allSatisfy(f -> assertThat(f.back()).isEmpty());
  }

  @Test
  void theCommittedGoldenTracksHaveNoBackMeasureAndStillRead() {
    PoseTrack t = PoseTrackReader.read(Fixtures.golden("jc_bad", "full"));
    assertThat(t.framesWithPose()).isGreaterThan(20);
    assertThat(t.frames()).allSatisfy(f -> assertThat(f.back()).isEmpty());
  }

  @Test
  void aNullBackIsAbsentAndABadCoverageIsRejected() {
    String json = PoseTrackJsonTest.write(withBack());
    PoseTrack t =
        PoseTrackJsonTest.read(
            json.replace("\"back\":{\"bendDeg\":-17.25,\"coverage\":0.933}", "\"back\":null"));
    assertThat(t.frames().get(0).back()).isEmpty();
    String bad = json.replace("\"coverage\":0.933", "\"coverage\":3");
    assertThatThrownBy(() -> PoseTrackJsonTest.read(bad))
        .isInstanceOf(HingeException.class)
        .hasMessageContaining("frames[0].back.coverage");
  }
}
