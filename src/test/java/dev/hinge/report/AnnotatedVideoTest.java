package dev.hinge.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.video.CameraShift;
import org.junit.jupiter.api.Test;

/**
 * The bar's path on the annotated video follows the room, not the picture, when the camera moves.
 */
class AnnotatedVideoTest {
  @Test
  void anEarlierPointMovesWithTheCameraIntoThisFramesPicture() {
    double[] p =
        AnnotatedVideo.Painter.inPicture(
            new double[] {400, 300}, new CameraShift(10, -5), new CameraShift(-20, 15));
    // the camera moved the picture 30 px left and 20 px down since: so did the spot of the room
    assertThat(p).containsExactly(370, 320);
    assertThat(
            AnnotatedVideo.Painter.inPicture(
                new double[] {400, 300}, CameraShift.NONE, CameraShift.NONE))
        .containsExactly(400, 300);
  }
}
