package dev.hinge.faults;

import dev.hinge.kinematics.CameraCheck;
import dev.hinge.kinematics.ViewKind;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a rule needs the camera set-up to show. A rule whose need is not met is skipped for the
 * whole set, with the reason of its first unmet need in this order.
 */
public enum Requirement {
  SIDE_VIEW(
      s -> s.view() == ViewKind.SIDE,
      s ->
          "needs a side view; the camera sees the lifter "
              + switch (s.view()) {
                case FRONT -> "from the front";
                case OBLIQUE ->
                    "at an angle, which foreshortens the angles and distances in the picture";
                default -> "from an unknown angle";
              }),
  FRAME_RATE(
      s -> s.camera().frameRateOk(),
      s ->
          String.format(
              Locale.ROOT,
              "needs at least %.0f fps to time the floor break; the video has %.1f",
              CameraCheck.MIN_FPS,
              s.camera().fps())),
  HEAD(s -> s.camera().headOk(), s -> "the head is out of frame or hidden in too many frames"),
  BACK_SILHOUETTE(
      SetUp::backSilhouette,
      s ->
          "needs the back's silhouette: body landmarks alone cannot tell an arched lower back"
              + " from a neutral one (an arch at lockout is judged as LOCKOUT_HYPEREXTENSION)"),
  FEET(s -> s.camera().feetOk(), s -> "the feet are out of frame, so mid-foot is unknown"),
  TORSO(
      s -> s.camera().torsoOk(),
      s ->
          "the hips or shoulders are out of frame in too many frames, so the back's angle and"
              + " shape cannot be read"),
  HANDS(s -> s.camera().handsOk(), s -> "the hands (bar) are out of frame in too many frames"),
  LIFTER_SIZE(
      s -> s.camera().lifterSizeOk(),
      s ->
          String.format(
              Locale.ROOT,
              "the lifter is %.0f px tall in the picture: too coarse for this judgement (it needs"
                  + " %.0f px or more); film closer or at a higher resolution",
              s.camera().lifterPx(),
              CameraCheck.MIN_LIFTER_PX));

  /** The camera set-up, and whether a back-curvature source (segmentation) is available. */
  private record SetUp(CameraCheck camera, boolean backSilhouette) {
    ViewKind view() {
      return camera.view().kind();
    }
  }

  private final Predicate<SetUp> met;
  private final Function<SetUp, String> why;

  Requirement(Predicate<SetUp> met, Function<SetUp, String> why) {
    this.met = met;
    this.why = why;
  }

  /** Why this camera set-up does not meet the need, if it does not. */
  Optional<String> unmet(CameraCheck camera, boolean backSilhouette) {
    SetUp s = new SetUp(camera, backSilhouette);
    return met.test(s) ? Optional.empty() : Optional.of(why.apply(s));
  }
}
