package dev.hinge.pose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.core.HingeException;
import dev.hinge.video.CameraShift;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optional per-frame {@code camera} field of {@code hinge.posetrack/1}. */
class CameraShiftTrackTest {

  static PoseTrack withCamera() {
    PoseTrack t = PoseTrackJsonTest.sampleTrack();
    List<PoseFrame> frames = new ArrayList<>();
    for (PoseFrame f : t.frames()) {
      frames.add(f.withCamera(f.index() == 0 ? CameraShift.NONE : new CameraShift(-12.346, 3.5)));
    }
    return new PoseTrack(t.video(), t.model(), frames);
  }

  @Test
  void theCameraShiftRoundTripsAndAStillFrameWritesNone() {
    String json = PoseTrackJsonTest.write(withCamera());
    assertThat(json).contains("\"camera\":[-12.35,3.5]");
    PoseTrack back = PoseTrackJsonTest.read(json);
    assertThat(back.frames().get(0).camera()).isEqualTo(CameraShift.NONE);
    assertThat(back.frames().get(2).camera().dxPx()).isCloseTo(-12.35, within(1e-9));
    assertThat(back.frames().get(2).camera().dyPx()).isCloseTo(3.5, within(1e-9));
  }

  @Test
  void aTrackWithoutTheFieldReadsAsAStillCamera() {
    String json = PoseTrackJsonTest.write(PoseTrackJsonTest.sampleTrack());
    assertThat(json).doesNotContain("\"camera\"");
    assertThat(PoseTrackJsonTest.read(json).frames())
        .allSatisfy(f -> assertThat(f.camera()).isEqualTo(CameraShift.NONE));
  }

  @Test
  void aCameraShiftNeedsTwoNumbers() {
    String json = PoseTrackJsonTest.write(withCamera());
    String bad = json.replaceFirst("\"camera\":\\[-12.35,3.5\\]", "\"camera\":[1]");
    assertThatThrownBy(() -> PoseTrackJsonTest.read(bad))
        .isInstanceOf(HingeException.class)
        .hasMessageContaining("frames[1].camera needs [dx, dy] in pixels, found 1 number");
  }
}
