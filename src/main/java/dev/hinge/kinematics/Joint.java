package dev.hinge.kinematics;

import dev.hinge.pose.BodyLandmark;

/** The body points the analysis follows; each merges the person's left and right landmark. */
public enum Joint {
  NOSE(BodyLandmark.NOSE, BodyLandmark.NOSE),
  EAR(BodyLandmark.LEFT_EAR, BodyLandmark.RIGHT_EAR),
  SHOULDER(BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER),
  ELBOW(BodyLandmark.LEFT_ELBOW, BodyLandmark.RIGHT_ELBOW),
  WRIST(BodyLandmark.LEFT_WRIST, BodyLandmark.RIGHT_WRIST),
  HIP(BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP),
  KNEE(BodyLandmark.LEFT_KNEE, BodyLandmark.RIGHT_KNEE),
  ANKLE(BodyLandmark.LEFT_ANKLE, BodyLandmark.RIGHT_ANKLE),
  HEEL(BodyLandmark.LEFT_HEEL, BodyLandmark.RIGHT_HEEL),
  TOE(BodyLandmark.LEFT_FOOT_INDEX, BodyLandmark.RIGHT_FOOT_INDEX);

  private final BodyLandmark left;
  private final BodyLandmark right;

  Joint(BodyLandmark left, BodyLandmark right) {
    this.left = left;
    this.right = right;
  }

  public BodyLandmark left() {
    return left;
  }

  public BodyLandmark right() {
    return right;
  }
}
