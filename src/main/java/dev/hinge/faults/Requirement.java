package dev.hinge.faults;

import dev.hinge.kinematics.CameraCheck;
import dev.hinge.kinematics.ViewKind;
import java.util.Locale;
import java.util.Optional;

/**
 * What a rule needs the camera set-up to show. A rule whose need is not met is skipped for the
 * whole set, with the reason of its first unmet need in this order.
 */
public enum Requirement {
  SIDE_VIEW {
    @Override
    Optional<String> unmet(CameraCheck camera, boolean backSilhouette) {
      ViewKind view = camera.view().kind();
      if (view != ViewKind.FRONT && view != ViewKind.UNKNOWN) {
        return Optional.empty();
      }
      return Optional.of(
          "needs a side view; the camera sees the lifter from the "
              + (view == ViewKind.FRONT ? "front" : "an unknown angle"));
    }
  },
  FRAME_RATE {
    @Override
    Optional<String> unmet(CameraCheck camera, boolean backSilhouette) {
      return camera.frameRateOk()
          ? Optional.empty()
          : Optional.of(
              String.format(
                  Locale.ROOT,
                  "needs at least %.0f fps to time the floor break; the video has %.1f",
                  CameraCheck.MIN_FPS,
                  camera.fps()));
    }
  },
  HEAD {
    @Override
    Optional<String> unmet(CameraCheck camera, boolean backSilhouette) {
      return camera.headOk()
          ? Optional.empty()
          : Optional.of("the head is out of frame or hidden in too many frames");
    }
  },
  BACK_SILHOUETTE {
    @Override
    Optional<String> unmet(CameraCheck camera, boolean backSilhouette) {
      return backSilhouette
          ? Optional.empty()
          : Optional.of(
              "needs the back's silhouette: body landmarks alone cannot tell an arched lower back"
                  + " from a neutral one (an arch at lockout is judged as LOCKOUT_HYPEREXTENSION)");
    }
  },
  FEET {
    @Override
    Optional<String> unmet(CameraCheck camera, boolean backSilhouette) {
      return camera.feetOk()
          ? Optional.empty()
          : Optional.of("the feet are out of frame, so mid-foot is unknown");
    }
  },
  HANDS {
    @Override
    Optional<String> unmet(CameraCheck camera, boolean backSilhouette) {
      return camera.handsOk()
          ? Optional.empty()
          : Optional.of("the hands (bar) are out of frame in too many frames");
    }
  };

  /**
   * Why this camera set-up does not meet the need, if it does not.
   *
   * @param backSilhouette whether a back-curvature source (segmentation) is available
   */
  abstract Optional<String> unmet(CameraCheck camera, boolean backSilhouette);
}
