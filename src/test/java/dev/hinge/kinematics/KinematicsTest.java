package dev.hinge.kinematics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
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
}
