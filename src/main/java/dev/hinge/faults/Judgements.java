package dev.hinge.faults;

import dev.hinge.kinematics.CameraCheck;
import dev.hinge.kinematics.ViewKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Decides which fault rules the camera set-up supports; the rest are skipped with a reason. */
public final class Judgements {
  private Judgements() {}

  public static Map<FaultCode, String> skipped(CameraCheck camera) {
    return skipped(camera, false);
  }

  /**
   * @param backSilhouette whether a back-curvature source (segmentation) is available; without it
   *     an arched lower back cannot be judged
   */
  public static Map<FaultCode, String> skipped(CameraCheck camera, boolean backSilhouette) {
    Map<FaultCode, String> out = new EnumMap<>(FaultCode.class);
    ViewKind view = camera.view().kind();
    if (view == ViewKind.FRONT || view == ViewKind.UNKNOWN) {
      String why =
          "needs a side view; the camera sees the lifter from the "
              + (view == ViewKind.FRONT ? "front" : "an unknown angle");
      for (FaultCode c : FaultCode.values()) {
        if (c != FaultCode.TOO_HEAVY && c != FaultCode.JERKING_THE_BAR) {
          out.put(c, why);
        }
      }
    }
    if (!camera.frameRateOk()) {
      out.putIfAbsent(
          FaultCode.JERKING_THE_BAR,
          String.format(
              java.util.Locale.ROOT,
              "needs at least %.0f fps to time the floor break; the video has %.1f",
              CameraCheck.MIN_FPS,
              camera.fps()));
    }
    if (!camera.headOk()) {
      String why = "the head is out of frame or hidden in too many frames";
      out.putIfAbsent(FaultCode.HEAD_POSITION, why);
      out.putIfAbsent(FaultCode.ROUNDED_BACK, why);
      out.putIfAbsent(FaultCode.OVER_ARCHED_BACK, why);
    }
    if (!backSilhouette) {
      out.putIfAbsent(
          FaultCode.OVER_ARCHED_BACK,
          "needs the back's silhouette: body landmarks alone cannot tell an arched lower back from"
              + " a neutral one (an arch at lockout is judged as LOCKOUT_HYPEREXTENSION)");
    }
    if (!camera.feetOk()) {
      out.putIfAbsent(FaultCode.BAR_DRIFT, "the feet are out of frame, so mid-foot is unknown");
    }
    if (!camera.handsOk()) {
      String why = "the hands (bar) are out of frame in too many frames";
      out.putIfAbsent(FaultCode.BAR_DRIFT, why);
      out.putIfAbsent(FaultCode.JERKING_THE_BAR, why);
      out.putIfAbsent(FaultCode.TOO_HEAVY, why);
    }
    return out;
  }

  public static List<SkippedJudgement> describe(Map<FaultCode, String> skipped) {
    List<SkippedJudgement> out = new ArrayList<>();
    skipped.forEach((c, why) -> out.add(new SkippedJudgement(c.name(), why)));
    return out;
  }
}
