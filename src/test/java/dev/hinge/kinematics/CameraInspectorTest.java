package dev.hinge.kinematics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.Landmark;
import dev.hinge.pose.ModelInfo;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.VideoInfo;
import dev.hinge.pose.WorldLandmark;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * A standing lifter whose shoulders and hips are {@code widthPx} apart across the picture (torso
   * 200 px long) and whose shoulder line lies {@code depthShare} along the camera's depth axis.
   */
  static PoseFrame standing(int i, double widthPx, double depthShare) {
    List<Landmark> image = new ArrayList<>();
    List<WorldLandmark> world = new ArrayList<>();
    double dz = depthShare * 0.4;
    double dx = Math.sqrt(0.4 * 0.4 - dz * dz);
    for (BodyLandmark b : BodyLandmark.values()) {
      boolean left = b.name().startsWith("LEFT_");
      boolean shoulderOrHip = b.name().endsWith("SHOULDER") || b.name().endsWith("HIP");
      double x = 500 + (left ? widthPx / 2 : -widthPx / 2);
      double y = b.name().endsWith("SHOULDER") ? 300 : 500;
      image.add(new Landmark(shoulderOrHip ? x : 500, y, 0, 0.9, 0.9));
      world.add(new WorldLandmark(left ? dx / 2 : -dx / 2, 0, left ? dz / 2 : -dz / 2, 0.9));
    }
    return new PoseFrame(i, i * 33.3, 1.0, image, world);
  }

  @Test
  void framesOfASideViewClipWithTheLifterTurnedToTheCameraAreMarked() {
    List<PoseFrame> frames = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      frames.add(i < 6 ? standing(i, 10, 1.0) : standing(i, 120, 0.1));
    }
    boolean[] present = new boolean[10];
    java.util.Arrays.fill(present, true);
    present[9] = false;
    boolean[] turned = CameraInspector.turned(frames, present, new View(ViewKind.SIDE, 0.9));
    assertThat(turned)
        .containsExactly(false, false, false, false, false, false, true, true, true, false);
    // a clip filmed from the front has no side-on pose to turn from
    assertThat(CameraInspector.turned(frames, present, new View(ViewKind.FRONT, 0.9)))
        .containsOnly(false);
  }

  @Test
  void hipsAndShouldersOutOfThePictureInTooManyFramesAreReported() {
    // ten side-on frames in a 1000×800 picture; on three the hips lie left of the picture
    List<PoseFrame> frames = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      PoseFrame f = standing(i, 10, 1.0);
      if (i >= 7) {
        List<Landmark> image = new ArrayList<>(f.image());
        for (BodyLandmark b : List.of(BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP)) {
          Landmark l = image.get(b.ordinal());
          image.set(b.ordinal(), new Landmark(-40, l.y(), 0, l.visibility(), l.presence()));
        }
        f = new PoseFrame(i, f.tMs(), 1.0, image, f.world());
      }
      frames.add(f);
    }
    boolean[] present = new boolean[10];
    java.util.Arrays.fill(present, true);
    PoseTrack track =
        new PoseTrack(
            new VideoInfo("edge.mp4", 1000, 800, 30, 0, 333), new ModelInfo("m", "x"), frames);
    CameraCheck c = CameraInspector.inspect(track, frames, present, 30);
    assertThat(c.torsoInFrame()).isCloseTo(0.7, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(c.torsoOk()).isFalse();
    assertThat(c.headOk()).isTrue();
    assertThat(c.issues()).extracting(CameraCheck.Issue::code).contains("TORSO_OUT_OF_FRAME");
    // all ten inside: no issue
    CameraCheck inside =
        CameraInspector.inspect(
            track, frames.subList(0, 7), java.util.Arrays.copyOf(present, 7), 30);
    assertThat(inside.torsoOk()).isTrue();
    assertThat(inside.issues())
        .extracting(CameraCheck.Issue::code)
        .doesNotContain("TORSO_OUT_OF_FRAME");
  }

  @Test
  void theSideScoreBlendsThePicturesWidthsWithTheShoulderLinesDepth() {
    assertThat(CameraInspector.sideScore(0.2, Double.NaN)).isEqualTo(1.0);
    assertThat(CameraInspector.sideScore(0.5, Double.NaN)).isEqualTo(0.0);
    assertThat(CameraInspector.sideScore(0.35, 1.0))
        .isCloseTo(0.7, org.assertj.core.api.Assertions.within(1e-9));
  }
}
