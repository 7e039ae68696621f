package dev.hinge.kinematics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.pose.Landmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import dev.hinge.testing.TrackEdits;
import dev.hinge.video.CameraRoll;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class KinematicsTest {
  @Test
  void theZeroPhaseFilterDoesNotShiftTheFloorBreak() {
    // a ramp starting at sample 100: a causal filter would start it several samples late
    double[] x = new double[300];
    for (int i = 100; i < 300; i++) {
      x[i] = (i - 100) * 0.01;
    }
    double[] y = new ZeroPhaseFilter(6, 30).apply(x);
    assertThat(y[150]).isCloseTo(x[150], within(0.005));
    assertThat(y[90]).isCloseTo(0.0, within(0.01));
  }

  @Test
  void facingAndViewAreReadFromTheLandmarks() {
    Kinematics right =
        KinematicsExtractor.extract(
            SyntheticLifter.generate(SetSpec.clean(1, 1)).track(), OptionalDouble.empty());
    SetSpec leftSpec = SetSpec.clean(1, 1);
    leftSpec = new SetSpec(1, leftSpec.reps(), false, 1.78, 30, 3.5, 0, 800, 0.8, 0, 0, true, true);
    Kinematics left =
        KinematicsExtractor.extract(
            SyntheticLifter.generate(leftSpec).track(), OptionalDouble.empty());
    assertThat(right.facing()).isEqualTo(Facing.RIGHT);
    assertThat(left.facing()).isEqualTo(Facing.LEFT);
    assertThat(right.camera().view().kind()).isEqualTo(ViewKind.SIDE);
    assertThat(right.camera().view().confidence()).isGreaterThan(0.8);
    Kinematics oblique =
        KinematicsExtractor.extract(
            SyntheticLifter.generate(SetSpec.clean(1, 1).withYaw(40)).track(),
            OptionalDouble.empty());
    assertThat(oblique.camera().view().kind()).isEqualTo(ViewKind.OBLIQUE);
    Kinematics front =
        KinematicsExtractor.extract(
            SyntheticLifter.generate(SetSpec.clean(1, 1).withYaw(88)).track(),
            OptionalDouble.empty());
    assertThat(front.camera().view().kind()).isEqualTo(ViewKind.FRONT);
  }

  @Test
  void theHeightGivenSetsTheScaleWithinTwoPercent() {
    var track = SyntheticLifter.generate(SetSpec.clean(2, 1)).track();
    Kinematics k = KinematicsExtractor.extract(track, OptionalDouble.of(178));
    assertThat(k.scale().source()).isEqualTo(ScaleSource.LIFTER_HEIGHT);
    assertThat(k.statureM()).isCloseTo(1.78, within(0.036));
    Kinematics w = KinematicsExtractor.extract(track, OptionalDouble.empty());
    assertThat(w.scale().source()).isEqualTo(ScaleSource.WORLD_LANDMARKS);
    assertThat(w.scale().metresPerPixel())
        .isCloseTo(k.scale().metresPerPixel(), within(0.03 * k.scale().metresPerPixel()));
  }

  @Test
  void aLowFrameRateIsFlagged() {
    Kinematics k =
        KinematicsExtractor.extract(
            SyntheticLifter.generate(SetSpec.clean(3, 1).withFps(15)).track(),
            OptionalDouble.empty());
    assertThat(k.camera().issues()).extracting(CameraCheck.Issue::code).contains("LOW_FRAME_RATE");
  }

  /**
   * A phone turned 6° clockwise turns the trunk's and the thigh's angles from the picture's
   * vertical by as much; with the roll the room's lines read ({@link CameraRoll}) the analysis
   * takes them against the room's vertical again, and a roll the lines did not say clearly is left
   * alone.
   */
  @Test
  void aTurnedCameraIsLevelledByTheRollTheRoomsLinesRead() {
    PoseTrack level = SyntheticLifter.generate(SetSpec.clean(3, 1)).track();
    PoseTrack turned = turned(level, 6);
    CameraRoll.Estimate clear = new CameraRoll.Estimate(6, 12, 8, 3, 0.4);
    CameraRoll.Estimate unsure = new CameraRoll.Estimate(6, 12, 8, 1, 0.0);
    Kinematics k0 = KinematicsExtractor.extract(level, OptionalDouble.of(178));
    Kinematics kTurned = KinematicsExtractor.extract(turned, OptionalDouble.of(178));
    Kinematics kLevelled =
        KinematicsExtractor.extract(
            TrackEdits.withRoll(turned, Optional.of(clear)), OptionalDouble.of(178));
    Kinematics kUnsure =
        KinematicsExtractor.extract(
            TrackEdits.withRoll(turned, Optional.of(unsure)), OptionalDouble.of(178));
    int worstTurned = 0;
    double turnedOff = 0;
    double levelledOff = 0;
    for (int i = 0; i < k0.frameCount(); i++) {
      if (!k0.present()[i]) {
        continue;
      }
      double off = Math.abs(kTurned.trunkDeg()[i] - k0.trunkDeg()[i]);
      if (off > turnedOff) {
        turnedOff = off;
        worstTurned = i;
      }
      levelledOff = Math.max(levelledOff, Math.abs(kLevelled.trunkDeg()[i] - k0.trunkDeg()[i]));
      assertThat(kUnsure.trunkDeg()[i]).isEqualTo(kTurned.trunkDeg()[i]);
    }
    assertThat(turnedOff).as("frame %d", worstTurned).isCloseTo(6.0, within(0.5));
    assertThat(levelledOff).isLessThan(0.1);
  }

  /** The track as a camera turned {@code deg} clockwise about the picture's centre draws it. */
  static PoseTrack turned(PoseTrack t, double deg) {
    double c = Math.cos(Math.toRadians(deg));
    double s = Math.sin(Math.toRadians(deg));
    double ox = 0.5 * t.video().width();
    double oy = 0.5 * t.video().height();
    List<PoseFrame> frames = new ArrayList<>();
    for (PoseFrame f : t.frames()) {
      List<Landmark> image = new ArrayList<>();
      for (Landmark l : f.image()) {
        double x = l.x() - ox;
        double y = l.y() - oy;
        image.add(
            new Landmark(
                ox + x * c - y * s, oy + x * s + y * c, l.z(), l.visibility(), l.presence()));
      }
      frames.add(
          new PoseFrame(f.index(), f.tMs(), f.presence(), image, f.world(), f.back(), f.camera()));
    }
    return new PoseTrack(t.video(), t.model(), frames);
  }
}
