package dev.hinge.kinematics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CameraInspectorTest {
  static double[] all(double v, int n) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, v);
    return a;
  }

  @Test
  void shouldersAndHipsOverlappingInThePictureAndAlongTheDepthAreASideView() {
    assertThat(CameraInspector.view(all(0.06, 20), all(1.0, 20)).kind()).isEqualTo(ViewKind.SIDE);
  }

  @Test
  void aWideTorsoIsFrontOrObliqueAndTheShoulderLinesDepthTellsWhich() {
    // a lifter turned 45° looks as wide in the picture as one facing the camera (0.6 of his torso)
    assertThat(CameraInspector.view(all(0.6, 20), all(0.1, 20)).kind()).isEqualTo(ViewKind.FRONT);
    assertThat(CameraInspector.view(all(0.6, 20), all(0.7, 20)).kind()).isEqualTo(ViewKind.OBLIQUE);
    // 30° off the front: half the shoulder line along the depth axis
    assertThat(CameraInspector.view(all(0.6, 20), all(0.45, 20)).kind()).isEqualTo(ViewKind.FRONT);
    assertThat(CameraInspector.view(all(0.6, 20), all(0.55, 20)).kind())
        .isEqualTo(ViewKind.OBLIQUE);
  }

  @Test
  void withoutWorldLandmarksThePicturesWidthsDecide() {
    assertThat(CameraInspector.view(all(0.6, 20), new double[0]).kind()).isEqualTo(ViewKind.FRONT);
    assertThat(CameraInspector.view(all(0.35, 20), new double[0]).kind())
        .isEqualTo(ViewKind.OBLIQUE);
  }
}
