package dev.hinge.faults;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.kinematics.ViewKind;
import dev.hinge.reps.Phase;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.Rep;
import dev.hinge.reps.RepMetrics;
import java.util.Locale;
import java.util.Optional;

/**
 * What a rule sees of one rep: the set's kinematics, the rep, its metrics, the back's silhouette.
 */
public record RepContext(
    Kinematics kinematics, Rep rep, RepMetrics metrics, Optional<BackCurvatureSource> curvature) {

  public int floorBreakFrame() {
    return rep.floorBreakFrame();
  }

  public int lockoutFrame() {
    return rep.lockoutFrame();
  }

  /** Whether the pull starts below the knees (it has a floor→knee phase). */
  public boolean pullsFromTheFloor() {
    return rep.phase(PhaseName.FLOOR_TO_KNEE).isPresent();
  }

  /** Where the bar passes the knees; the floor break for a pull that starts above them. */
  public int kneeFrame() {
    return rep.phase(PhaseName.FLOOR_TO_KNEE).map(Phase::endFrame).orElse(floorBreakFrame());
  }

  /** The set-up's last second, read by the rules that judge the start of the pull, seconds. */
  static final double SETUP_READ_S = 1.0;

  /**
   * Whether the model lost the pose ({@link Kinematics#lost}) or followed somebody else ({@link
   * Kinematics#otherPerson}) at the start of the pull: from the set-up's last {@link #SETUP_READ_S}
   * to the knee pass. Every rule reads the lifter's position or the bar's start there, so none is
   * judged on such a rep.
   */
  public boolean poseLostAtTheStart() {
    boolean[] lost = kinematics.lost();
    boolean[] other = kinematics.otherPerson();
    int from = Math.max(0, floorBreakFrame() - (int) Math.round(SETUP_READ_S * kinematics.fps()));
    for (int i = from; i <= Math.max(kneeFrame(), floorBreakFrame()); i++) {
      if (lost[i] || other[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The knee's angle at the start of a pull a human body can make: from about 30° (full knee
   * flexion, the heel at the buttock) to 195° (past straight by the most a knee hyperextends).
   */
  static final double KNEE_MIN_DEG = 30;

  static final double KNEE_MAX_DEG = 195;

  /**
   * The hip's (trunk to thigh): from 15° (chest folded onto the thighs) to 200° (straight plus the
   * hip's and lower back's extension together).
   */
  static final double HIP_MIN_DEG = 15;

  static final double HIP_MAX_DEG = 200;

  /**
   * Why the trunk and thighs at the start of the pull are not a human pose, if they are not: a hip
   * angle at the floor break outside what a body can make (a far picture where the model folded the
   * trunk through the thighs: a −136° or 209° hip). Every rule reads the trunk or the thighs there,
   * so none is judged on such a rep; the rep still counts.
   */
  /** Whether a hip angle is one a body can make ({@link #HIP_MIN_DEG}–{@link #HIP_MAX_DEG}). */
  public static boolean humanHip(double deg) {
    return deg >= HIP_MIN_DEG && deg <= HIP_MAX_DEG;
  }

  /** Whether a knee angle is one a body can make ({@link #KNEE_MIN_DEG}–{@link #KNEE_MAX_DEG}). */
  public static boolean humanKnee(double deg) {
    return deg >= KNEE_MIN_DEG && deg <= KNEE_MAX_DEG;
  }

  public Optional<String> implausibleStart() {
    double hip = metrics.hipAngleStartDeg();
    if (humanHip(hip)) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "the landmarks at the start of the pull draw no human pose (hip %.0f°, knee %.0f°; a"
                + " hip makes %.0f–%.0f°): the model lost the lifter's trunk or thighs there",
            hip,
            metrics.kneeAngleStartDeg(),
            HIP_MIN_DEG,
            HIP_MAX_DEG));
  }

  /**
   * Why the legs at the start of the pull are not a human pose, if they are not: a knee angle at
   * the floor break outside what a knee can make (legs drawn backwards: 217–252°). Only the rules
   * that read the knees there (the set-up's squat) are kept off; the back is read without them.
   */
  public Optional<String> implausibleKnee() {
    double knee = metrics.kneeAngleStartDeg();
    if (humanKnee(knee)) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "the knee reads %.0f° at the start of the pull (a knee makes %.0f–%.0f°): the model"
                + " lost the lifter's legs there",
            knee,
            KNEE_MIN_DEG,
            KNEE_MAX_DEG));
  }

  /**
   * 1 for a side view, 0.7 otherwise. The form rules are judged on side views only (the engine
   * skips them on oblique and front views), so this is a guard for a rule that is opened to other
   * views later.
   */
  public double viewFactor() {
    return kinematics.camera().view().kind() == ViewKind.SIDE ? 1.0 : 0.7;
  }

  /**
   * Mean visibility of the joints over the frames, clamped to 0.3–1: hidden landmarks lower a
   * rule's confidence.
   */
  public double visibility(int from, int to, Joint... joints) {
    double sum = 0;
    int n = 0;
    for (Joint j : joints) {
      for (int f = from; f <= to; f++) {
        sum += Math.max(0, Math.min(1, kinematics.visibility(j, f)));
        n++;
      }
    }
    return n == 0 ? 0.5 : Math.max(0.3, sum / n);
  }

  /**
   * Why the bar's path on this rep is too uncertain for a rule that reads it: the hands were seen
   * on less than {@code minShare} of the pull (elsewhere its height came from the shoulders).
   */
  public Optional<String> handsTooLittleSeen(double minShare) {
    double seen = metrics.handsSeenShare();
    if (seen >= minShare) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "the hands were hidden (or not where hanging arms put them) on %.0f %% of the pull"
                + " (at most %.0f %%), so the bar's path is uncertain",
            100 * (1 - seen),
            100 * (1 - minShare)));
  }
}
