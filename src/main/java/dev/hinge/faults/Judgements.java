package dev.hinge.faults;

import dev.hinge.kinematics.CameraCheck;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which fault rules the camera set-up supports ({@link FaultRule#needs()}); the rest are
 * skipped with the reason of their first unmet need.
 */
public final class Judgements {
  private Judgements() {}

  /**
   * @param backSilhouette whether a back-curvature source (segmentation) is available; without it
   *     an arched lower back cannot be judged
   */
  public static Map<FaultCode, String> skipped(CameraCheck camera, boolean backSilhouette) {
    Map<FaultCode, String> out = new EnumMap<>(FaultCode.class);
    for (FaultCode code : FaultCode.values()) {
      for (Requirement need : Requirement.values()) {
        Optional<String> why =
            code.rule().needs().contains(need)
                ? need.unmet(camera, backSilhouette)
                : Optional.empty();
        if (why.isPresent()) {
          out.put(code, why.get());
          break;
        }
      }
    }
    return out;
  }

  public static List<SkippedJudgement> describe(Map<FaultCode, String> skipped) {
    List<SkippedJudgement> out = new ArrayList<>();
    skipped.forEach((c, why) -> out.add(new SkippedJudgement(c.name(), why)));
    return out;
  }
}
