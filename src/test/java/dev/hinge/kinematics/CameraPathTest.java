package dev.hinge.kinematics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.pose.Landmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import dev.hinge.video.CameraShift;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The camera's path comes off the lifter's positions; a still camera's noise does not. */
class CameraPathTest {
  /**
   * The same set filmed by a swaying camera: every landmark moved by the camera's shift, and the
   * shift recorded (or not) as the pose stage measures it.
   */
  static PoseTrack swayed(PoseTrack still, double amplitudePx, boolean measured) {
    List<PoseFrame> frames = new ArrayList<>();
    for (PoseFrame f : still.frames()) {
      double t = f.tMs() / 1000;
      double dx = amplitudePx * Math.sin(2 * Math.PI * 1.1 * t);
      double dy = 0.7 * amplitudePx * (Math.cos(2 * Math.PI * 0.8 * t) - 1);
      List<Landmark> image = new ArrayList<>();
      for (Landmark l : f.image()) {
        image.add(new Landmark(l.x() + dx, l.y() + dy, l.z(), l.visibility(), l.presence()));
      }
      frames.add(
          new PoseFrame(
              f.index(),
              f.tMs(),
              f.presence(),
              image,
              f.world(),
              f.back(),
              measured ? new CameraShift(dx, dy) : CameraShift.NONE));
    }
    return new PoseTrack(still.video(), still.model(), frames);
  }

  @Test
  void aSwayingCameraIsTakenOffTheLiftersPositions() {
    PoseTrack still = SyntheticLifter.generate(SetSpec.clean(3, 2)).track();
    Kinematics base = KinematicsExtractor.extract(still, OptionalDouble.empty());
    double swayPx = 0.08 / base.scale().metresPerPixel();
    Kinematics measured =
        KinematicsExtractor.extract(swayed(still, swayPx, true), OptionalDouble.empty());
    Kinematics blind =
        KinematicsExtractor.extract(swayed(still, swayPx, false), OptionalDouble.empty());
    double worstMeasured = 0;
    double worstBlind = 0;
    for (int i = 0; i < base.frameCount(); i++) {
      worstMeasured = Math.max(worstMeasured, Math.abs(measured.barUpM()[i] - base.barUpM()[i]));
      worstBlind = Math.max(worstBlind, Math.abs(blind.barUpM()[i] - base.barUpM()[i]));
    }
    // an 8 cm sway (5.6 cm up and down): taken off to a millimetre, left in when not measured
    assertThat(worstMeasured).isLessThan(0.001);
    assertThat(worstBlind).isGreaterThan(0.05);
    assertThat(measured.camera().issues())
        .anySatisfy(i -> assertThat(i.code()).isEqualTo("CAMERA_MOVED"));
    assertThat(base.camera().issues()).noneMatch(i -> i.code().equals("CAMERA_MOVED"));
  }

  @Test
  void aShiftWithinAHundredthOfTheLiftersHeightCountsAsStill() {
    PoseTrack still = SyntheticLifter.generate(SetSpec.clean(3, 1)).track();
    boolean[] all = new boolean[still.frames().size()];
    java.util.Arrays.fill(all, true);
    double lifterPx = CameraInspector.standingHeightPx(still.frames(), all);
    PoseTrack jitter = swayed(still, 0.005 * lifterPx, true);
    CameraPath path = CameraPath.of(jitter.frames(), lifterPx);
    assertThat(path.moved()).isFalse();
    assertThat(path.maxPx()).isGreaterThan(0.004 * lifterPx);
    assertThat(path.dxPx()).containsOnly(0.0);
    Kinematics k = KinematicsExtractor.extract(jitter, OptionalDouble.empty());
    assertThat(k.camera().issues()).noneMatch(i -> i.code().equals("CAMERA_MOVED"));
    CameraPath moved = CameraPath.of(swayed(still, 0.02 * lifterPx, true).frames(), lifterPx);
    assertThat(moved.moved()).isTrue();
    assertThat(moved.maxPx()).isBetween(0.02 * lifterPx, 0.02 * lifterPx * Math.hypot(1, 1.4));
    assertThat(moved.dxPx())
        .isEqualTo(
            swayed(still, 0.02 * lifterPx, true).frames().stream()
                .mapToDouble(f -> f.camera().dxPx())
                .toArray());
  }

  @Test
  void withoutTheLiftersSizeTwoPixelsCountAsAMove() {
    PoseTrack still = SyntheticLifter.generate(SetSpec.clean(3, 1)).track();
    assertThat(CameraPath.of(swayed(still, 1.0, true).frames(), Double.NaN).moved()).isFalse();
    assertThat(CameraPath.of(swayed(still, 3.0, true).frames(), Double.NaN).moved()).isTrue();
  }
}
