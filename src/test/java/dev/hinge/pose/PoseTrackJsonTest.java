package dev.hinge.pose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.testing.TrackEdits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoseTrackJsonTest {

  static PoseTrack sampleTrack() {
    List<PoseFrame> frames = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      if (i == 1) {
        frames.add(PoseFrame.absent(i, i * 33.3667));
        continue;
      }
      List<Landmark> image = new ArrayList<>();
      List<WorldLandmark> world = new ArrayList<>();
      for (int k = 0; k < BodyLandmark.COUNT; k++) {
        image.add(new Landmark(100 + k + i * 0.123456, 200 - k, -k * 0.5, 0.9, 0.95));
        world.add(new WorldLandmark(k * 0.01, -k * 0.02, 0.003 * k, 0.9));
      }
      frames.add(new PoseFrame(i, i * 33.3667, 0.99, image, world));
    }
    return new PoseTrack(
        new VideoInfo("set.mp4", 600, 800, 29.97, 90, 100.1),
        new ModelInfo("blazepose-full", "abc"),
        frames);
  }

  static String write(PoseTrack t) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PoseTrackWriter.write(t, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static PoseTrack read(String json) {
    return PoseTrackReader.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  @Test
  void theDamageOfAVideoTravelsWithItsTrack() {
    PoseTrack t = sampleTrack();
    dev.hinge.video.VideoDamage d =
        new dev.hinge.video.VideoDamage(
            12, 500.5, 1900.25, 3, java.util.OptionalDouble.of(2000), 11600);
    PoseTrack damaged =
        new PoseTrack(
            new VideoInfo("set.mp4", 600, 800, 29.97, 90, 100.1, java.util.Optional.of(d)),
            t.model(),
            t.frames());
    assertThat(read(write(damaged)).video()).isEqualTo(damaged.video());
    assertThat(read(write(t)).video().damage()).isEmpty();
    assertThat(write(t)).doesNotContain("damage");
  }

  @Test
  void theSceneCutsOfAVideoTravelWithItsTrack() {
    PoseTrack t = sampleTrack();
    PoseTrack cut =
        new PoseTrack(
            new VideoInfo(
                "edit.mp4",
                720,
                1280,
                30,
                0,
                14800,
                java.util.Optional.empty(),
                java.util.List.of(7033.333, 12000.0)),
            t.model(),
            t.frames());
    assertThat(write(cut)).contains("\"sceneCutsMs\":[7033.333,");
    assertThat(read(write(cut)).video().sceneCutsMs()).containsExactly(7033.333, 12000.0);
    assertThat(read(write(t)).video().sceneCutsMs()).isEmpty();
    assertThat(write(t)).doesNotContain("sceneCuts");
  }

  @Test
  void theCamerasRollTravelsWithItsTrack() {
    PoseTrack t = sampleTrack();
    PoseTrack turned =
        TrackEdits.withRoll(
            t,
            java.util.Optional.of(
                new dev.hinge.video.CameraRoll.Estimate(-5.678, 7.25, 12, 3, 0.844)));
    assertThat(write(turned))
        .contains(
            "\"roll\":{\"deg\":-5.68,\"strength\":7.25,\"samples\":12,\"columns\":3,"
                + "\"spreadDeg\":0.84}");
    dev.hinge.video.CameraRoll.Estimate back = read(write(turned)).video().roll().orElseThrow();
    assertThat(back.rollDeg()).isEqualTo(-5.68);
    assertThat(back.columns()).isEqualTo(3);
    assertThat(back.trusted()).isTrue();
    // a track written before the roll was measured reads as a level camera
    assertThat(read(write(t)).video().roll()).isEmpty();
    assertThat(write(t)).doesNotContain("roll");
  }

  @Test
  void aWrittenTrackReadsBackWithinTheWrittenPrecision() {
    PoseTrack original = sampleTrack();
    PoseTrack back = read(write(original));

    assertThat(back.video()).isEqualTo(original.video());
    assertThat(back.model()).isEqualTo(original.model());
    assertThat(back.frames()).hasSize(3);
    assertThat(back.frames().get(1).hasPose()).isFalse();
    assertThat(back.framesWithPose()).isEqualTo(2);
    Landmark a = original.frames().get(2).image().get(5);
    Landmark b = back.frames().get(2).image().get(5);
    assertThat(b.x()).isCloseTo(a.x(), within(1e-4));
    assertThat(b.presence()).isCloseTo(a.presence(), within(1e-4));
    assertThat(back.frames().get(2).world(BodyLandmark.LEFT_HIP).z())
        .isCloseTo(0.003 * 23, within(1e-5));
  }

  @Test
  void aTrackOfAnotherFormatIsRejectedNamingTheFormatFound() {
    String json = write(sampleTrack()).replace("hinge.posetrack/1", "hinge.posetrack/9");
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(HingeException.class)
        .hasMessageContaining("hinge.posetrack/9")
        .satisfies(e -> assertThat(((HingeException) e).kind()).isEqualTo(ErrorKind.INVALID_INPUT));
  }

  @Test
  void aFrameWithTooFewLandmarksIsRejectedNamingTheFrame() {
    String json =
        "{\"format\":\"hinge.posetrack/1\",\"video\":{\"width\":10,\"height\":10,\"fps\":30},"
            + "\"frames\":[{\"i\":0,\"tMs\":0,\"image\":[[1,2,3,0.5,0.5]],\"world\":null}]}";
    assertThatThrownBy(() -> read(json))
        .hasMessageContaining("frames[0].image must have 33 landmarks, found 1");
  }

  @Test
  void brokenJsonIsRejectedWithTheLine() {
    assertThatThrownBy(() -> read("{\"format\": \n ["))
        .isInstanceOf(HingeException.class)
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void timestampsThatGoBackwardsAreRejected() {
    String json =
        "{\"format\":\"hinge.posetrack/1\",\"video\":{\"width\":10,\"height\":10,\"fps\":30},"
            + "\"frames\":[{\"i\":0,\"tMs\":10,\"image\":null},{\"i\":1,\"tMs\":5,\"image\":null}]}";
    assertThatThrownBy(() -> read(json)).hasMessageContaining("frames[1].tMs=5.0");
  }

  @Test
  void unknownFieldsAreIgnored() {
    String json =
        "{\"format\":\"hinge.posetrack/1\",\"extra\":{\"a\":[1,2]},\"video\":{\"width\":10,"
            + "\"height\":10,\"fps\":30,\"codec\":\"h264\"},\"frames\":[]}";
    assertThat(read(json).frames()).isEmpty();
  }
}
