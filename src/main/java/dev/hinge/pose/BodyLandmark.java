package dev.hinge.pose;

/** BlazePose's 33 body landmarks, in model order. Odd indices are the person's left side. */
public enum BodyLandmark {
  NOSE,
  LEFT_EYE_INNER,
  LEFT_EYE,
  LEFT_EYE_OUTER,
  RIGHT_EYE_INNER,
  RIGHT_EYE,
  RIGHT_EYE_OUTER,
  LEFT_EAR,
  RIGHT_EAR,
  MOUTH_LEFT,
  MOUTH_RIGHT,
  LEFT_SHOULDER,
  RIGHT_SHOULDER,
  LEFT_ELBOW,
  RIGHT_ELBOW,
  LEFT_WRIST,
  RIGHT_WRIST,
  LEFT_PINKY,
  RIGHT_PINKY,
  LEFT_INDEX,
  RIGHT_INDEX,
  LEFT_THUMB,
  RIGHT_THUMB,
  LEFT_HIP,
  RIGHT_HIP,
  LEFT_KNEE,
  RIGHT_KNEE,
  LEFT_ANKLE,
  RIGHT_ANKLE,
  LEFT_HEEL,
  RIGHT_HEEL,
  LEFT_FOOT_INDEX,
  RIGHT_FOOT_INDEX;

  public static final int COUNT = 33;

  /**
   * Ankle-to-shoulder length (shank + thigh + trunk) as a fraction of stature (Drillis and Contini
   * segment proportions). Segment lengths do not change with posture, so their sum gives a person's
   * standing height whatever he is doing: the analysis scales a clip by it, the camera's measure
   * sizes the plate it looks past.
   */
  public static final double ANKLE_TO_SHOULDER_PER_STATURE = 0.779;

  public int index() {
    return ordinal();
  }
}
