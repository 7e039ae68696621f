package dev.hinge.faults;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.kinematics.ViewKind;
import dev.hinge.reps.Phase;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.Rep;
import dev.hinge.reps.RepMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The fault rules. Thresholds are starting points from BIOMECHANICS.md, kept as named constants;
 * each rule has three levels (mild, moderate, severe).
 */
public final class FaultDetector {
  /** Hip rise over shoulder rise until the bar passes the knees. */
  static final double[] HIP_RISE_RATIO = {1.2, 1.8, 2.6};

  /** ... together with the trunk tipping more horizontal by at least this much. */
  static final double HIPS_SHOOT_TRUNK_DEG = 3.0;

  /** Knee angle at the floor below these is a squat, not a hinge. */
  static final double[] SQUAT_KNEE_DEG = {80, 72, 64};

  /**
   * Hip–shoulder distance early in the pull against standing (spine bent either way). Set wide: on
   * real BlazePose tracks the hip landmark shifts when the lifter bends, and a clean pull (jc_good)
   * read 0.92.
   */
  static final double[] ROUNDED_CHORD = {0.88, 0.84, 0.80};

  /** ... rounding moves the ear forward of the trunk line; arching moves it back. */
  static final double ROUNDED_HEAD_DEG = -8;

  static final double[] ARCHED_CHORD = {0.88, 0.84, 0.80};
  static final double ARCHED_HEAD_DEG = 10;

  /** Trunk leaning back past vertical at lockout (negative degrees). */
  static final double[] HYPEREXTENSION_DEG = {8, 14, 20};

  /**
   * Largest horizontal distance of the hands from mid-foot during the pull; the wrist sits a few
   * centimetres off the bar and mid-foot is estimated, so a clean pull can read 10 cm.
   */
  static final double[] BAR_DRIFT_CM = {13, 18, 25};

  /** The bar's speed over its first 150 ms against the rep's mean: a yank starts fast. */
  static final double[] JERK_SPEED_RATIO = {1.2, 1.6, 2.0};

  /** Mean concentric velocity near the deadlift's minimum velocity threshold (~0.14 m/s). */
  static final double[] GRIND_MPS = {0.30, 0.22, 0.17};

  /** Head against trunk, extension (cranked up) or flexion (tucked). */
  static final double[] HEAD_DEG = {40, 55, 70};

  /** Confidence of keypoint-only spine rules: the spine itself is not seen. */
  static final double SPINE_GEOMETRY_CONFIDENCE = 0.5;

  static final double SPINE_SILHOUETTE_CONFIDENCE = 0.75;

  private FaultDetector() {}

  public static List<Fault> detect(
      Kinematics k,
      Rep rep,
      RepMetrics m,
      Map<FaultCode, String> skipped,
      Optional<BackCurvatureSource> curvature) {
    List<Fault> out = new ArrayList<>();
    int a = rep.floorBreakFrame();
    int b = rep.lockoutFrame();
    Phase early = rep.phase(PhaseName.FLOOR_TO_KNEE).orElse(null);
    int kneeFrame = early == null ? a : early.endFrame();
    double view = k.camera().view().kind() == ViewKind.SIDE ? 1.0 : 0.7;

    if (early != null && !skipped.containsKey(FaultCode.HIPS_SHOOT_UP)) {
      if (m.trunkAngleChangeEarlyDeg() >= HIPS_SHOOT_TRUNK_DEG) {
        level(m.hipShoulderRiseRatio(), HIP_RISE_RATIO, true)
            .ifPresent(
                s ->
                    out.add(
                        Fault.of(
                            FaultCode.HIPS_SHOOT_UP,
                            s,
                            0.85 * view * vis(k, a, kneeFrame, Joint.HIP, Joint.SHOULDER),
                            PhaseName.FLOOR_TO_KNEE,
                            new Evidence(
                                "hipShoulderRiseRatio",
                                r2(m.hipShoulderRiseRatio()),
                                HIP_RISE_RATIO[0],
                                a,
                                kneeFrame))));
      }
    }
    if (early != null && !skipped.containsKey(FaultCode.SQUATTING_THE_DEADLIFT)) {
      level(m.kneeAngleStartDeg(), SQUAT_KNEE_DEG, false)
          .ifPresent(
              s ->
                  out.add(
                      Fault.of(
                          FaultCode.SQUATTING_THE_DEADLIFT,
                          s,
                          0.8 * view * vis(k, a, a, Joint.HIP, Joint.KNEE, Joint.ANKLE),
                          PhaseName.SETUP,
                          new Evidence(
                              "kneeAngleStartDeg",
                              r1(m.kneeAngleStartDeg()),
                              SQUAT_KNEE_DEG[0],
                              a,
                              a))));
    }
    spine(k, rep, m, skipped, curvature, a, kneeFrame, view, out);
    if (!rep.partial() && !skipped.containsKey(FaultCode.LOCKOUT_HYPEREXTENSION)) {
      Phase lock = rep.phase(PhaseName.LOCKOUT).orElse(null);
      if (lock != null) {
        level(-m.trunkAngleLockoutDeg(), HYPEREXTENSION_DEG, true)
            .ifPresent(
                s ->
                    out.add(
                        Fault.of(
                            FaultCode.LOCKOUT_HYPEREXTENSION,
                            s,
                            0.8 * view * vis(k, lock.startFrame(), lock.endFrame(), Joint.HIP),
                            PhaseName.LOCKOUT,
                            new Evidence(
                                "trunkAngleLockoutDeg",
                                r1(m.trunkAngleLockoutDeg()),
                                -HYPEREXTENSION_DEG[0],
                                lock.startFrame(),
                                lock.endFrame()))));
      }
    }
    if (!skipped.containsKey(FaultCode.BAR_DRIFT)) {
      level(m.barDriftCm(), BAR_DRIFT_CM, true)
          .ifPresent(
              s ->
                  out.add(
                      Fault.of(
                          FaultCode.BAR_DRIFT,
                          s,
                          0.75 * view * vis(k, a, b, Joint.WRIST, Joint.HEEL, Joint.TOE),
                          phaseAt(rep, m.barDriftFrame()),
                          new Evidence(
                              "barDriftCm",
                              r1(m.barDriftCm()),
                              BAR_DRIFT_CM[0],
                              m.barDriftFrame(),
                              m.barDriftFrame()))));
    }
    // when the hips shoot up the legs snap straight and the bar jumps with them: that is the
    // hips' fault, not a separate yank, so it is not reported twice
    boolean hipsShot = out.stream().anyMatch(x -> x.code() == FaultCode.HIPS_SHOOT_UP);
    if (early != null && !hipsShot && !skipped.containsKey(FaultCode.JERKING_THE_BAR)) {
      level(m.floorBreakSpeedRatio(), JERK_SPEED_RATIO, true)
          .ifPresent(
              s ->
                  out.add(
                      Fault.of(
                          FaultCode.JERKING_THE_BAR,
                          s,
                          0.75 * vis(k, a, kneeFrame, Joint.WRIST),
                          PhaseName.FLOOR_TO_KNEE,
                          new Evidence(
                              "floorBreakSpeedRatio",
                              r2(m.floorBreakSpeedRatio()),
                              JERK_SPEED_RATIO[0],
                              a,
                              kneeFrame))));
    }
    if (!rep.partial() && !skipped.containsKey(FaultCode.TOO_HEAVY)) {
      level(m.meanConcentricVelocityMps(), GRIND_MPS, false)
          .ifPresent(
              s ->
                  out.add(
                      Fault.of(
                          FaultCode.TOO_HEAVY,
                          s,
                          0.7 * vis(k, a, b, Joint.WRIST) / (1 + k.scale().uncertaintyPct() / 100),
                          PhaseName.KNEE_TO_LOCKOUT,
                          new Evidence(
                              "meanConcentricVelocityMps",
                              r2(m.meanConcentricVelocityMps()),
                              GRIND_MPS[0],
                              a,
                              b))));
    }
    if (early != null && !skipped.containsKey(FaultCode.HEAD_POSITION)) {
      double head = m.headAngleDeg();
      level(Math.abs(head), HEAD_DEG, true)
          .ifPresent(
              s ->
                  out.add(
                      Fault.of(
                          FaultCode.HEAD_POSITION,
                          s,
                          0.6 * view * vis(k, a, kneeFrame, Joint.EAR, Joint.SHOULDER),
                          PhaseName.FLOOR_TO_KNEE,
                          new Evidence(
                              head > 0 ? "headExtensionDeg" : "headFlexionDeg",
                              r1(Math.abs(head)),
                              HEAD_DEG[0],
                              a,
                              kneeFrame))));
    }
    return out;
  }

  private static void spine(
      Kinematics k,
      Rep rep,
      RepMetrics m,
      Map<FaultCode, String> skipped,
      Optional<BackCurvatureSource> curvature,
      int a,
      int kneeFrame,
      double view,
      List<Fault> out) {
    OptionalDouble bend =
        curvature.map(c -> peakBend(c, a, kneeFrame)).orElse(OptionalDouble.empty());
    if (bend.isPresent()) {
      double deg = bend.getAsDouble();
      double[] thr = {15, 25, 35};
      if (deg > 0 && !skipped.containsKey(FaultCode.ROUNDED_BACK)) {
        level(deg, thr, true)
            .ifPresent(
                s ->
                    out.add(
                        Fault.of(
                            FaultCode.ROUNDED_BACK,
                            s,
                            SPINE_SILHOUETTE_CONFIDENCE * view,
                            PhaseName.FLOOR_TO_KNEE,
                            new Evidence("backFlexionDeg", r1(deg), thr[0], a, kneeFrame))));
      } else if (deg < 0 && !skipped.containsKey(FaultCode.OVER_ARCHED_BACK)) {
        level(-deg, thr, true)
            .ifPresent(
                s ->
                    out.add(
                        Fault.of(
                            FaultCode.OVER_ARCHED_BACK,
                            s,
                            SPINE_SILHOUETTE_CONFIDENCE * view,
                            PhaseName.FLOOR_TO_KNEE,
                            new Evidence("backExtensionDeg", r1(-deg), thr[0], a, kneeFrame))));
      }
      return;
    }
    if (rep.phase(PhaseName.FLOOR_TO_KNEE).isEmpty()) {
      return;
    }
    double conf =
        SPINE_GEOMETRY_CONFIDENCE
            * view
            * vis(k, a, kneeFrame, Joint.EAR, Joint.SHOULDER, Joint.HIP);
    double chord = m.trunkChordRatio();
    if (m.headAngleDeg() <= ROUNDED_HEAD_DEG && !skipped.containsKey(FaultCode.ROUNDED_BACK)) {
      level(chord, ROUNDED_CHORD, false)
          .ifPresent(
              s ->
                  out.add(
                      Fault.of(
                          FaultCode.ROUNDED_BACK,
                          s,
                          conf,
                          PhaseName.FLOOR_TO_KNEE,
                          new Evidence(
                              "trunkChordRatio", r2(chord), ROUNDED_CHORD[0], a, kneeFrame))));
    } else if (m.headAngleDeg() >= ARCHED_HEAD_DEG
        && !skipped.containsKey(FaultCode.OVER_ARCHED_BACK)) {
      level(chord, ARCHED_CHORD, false)
          .ifPresent(
              s ->
                  out.add(
                      Fault.of(
                          FaultCode.OVER_ARCHED_BACK,
                          s,
                          conf,
                          PhaseName.FLOOR_TO_KNEE,
                          new Evidence(
                              "trunkChordRatio", r2(chord), ARCHED_CHORD[0], a, kneeFrame))));
    }
  }

  private static OptionalDouble peakBend(BackCurvatureSource c, int from, int to) {
    double best = 0;
    boolean any = false;
    for (int j = from; j <= to; j++) {
      OptionalDouble d = c.bendDeg(j);
      if (d.isPresent()) {
        any = true;
        if (Math.abs(d.getAsDouble()) > Math.abs(best)) {
          best = d.getAsDouble();
        }
      }
    }
    return any ? OptionalDouble.of(best) : OptionalDouble.empty();
  }

  /** The level reached by {@code value} against three thresholds (above or below them). */
  static Optional<Severity> level(double value, double[] thr, boolean above) {
    Severity s = null;
    for (int i = 0; i < 3; i++) {
      if (above ? value > thr[i] : value < thr[i]) {
        s = Severity.values()[i];
      }
    }
    return Optional.ofNullable(s);
  }

  private static PhaseName phaseAt(Rep rep, int frame) {
    for (Phase p : rep.phases()) {
      if (p.name() != PhaseName.SETUP && frame >= p.startFrame() && frame <= p.endFrame()) {
        return p.name();
      }
    }
    return PhaseName.KNEE_TO_LOCKOUT;
  }

  /** Mean visibility of the joints over the frames: hidden landmarks lower the confidence. */
  private static double vis(Kinematics k, int from, int to, Joint... joints) {
    double sum = 0;
    int n = 0;
    for (Joint j : joints) {
      for (int f = from; f <= to; f++) {
        sum += Math.max(0, Math.min(1, k.visibility(j, f)));
        n++;
      }
    }
    return n == 0 ? 0.5 : Math.max(0.3, sum / n);
  }

  private static double r1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static double r2(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
