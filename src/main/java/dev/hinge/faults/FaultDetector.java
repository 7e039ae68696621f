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

  /**
   * The thigh's angle above horizontal at the floor break below these is a squat, not a hinge: the
   * hips start about as low as the knees. Clean pulls on the fixtures read 18° (jc_good, a low-hip
   * puller) to 39° (formfit_deadlift); the lifter in jc_nico_blocked, hips at knee height, 9°.
   */
  static final double[] SQUAT_THIGH_DEG = {12, 8, 4};

  /**
   * Hip–shoulder distance early in the pull against standing, for a rounded back seen from
   * landmarks alone. Set wide: on real BlazePose tracks the hip landmark slides up the pelvis when
   * the lifter bends, so clean pulls read 0.75 (formfit_deadlift) to 0.97 (jc_good); the rule also
   * needs the head dropped forward of the trunk line.
   */
  static final double[] ROUNDED_CHORD = {0.90, 0.85, 0.80};

  /**
   * ... and the head dropped well forward of the trunk line: rounding carries the ear down with the
   * upper back. Clean pulls on the fixtures read -13 to +24 degrees; the rounded jc_bad -33.
   */
  static final double ROUNDED_HEAD_DEG = -20;

  /**
   * Hip and knee seen at least this well (mean of both sides; the far leg is always half hidden)
   * before the thigh's angle is trusted.
   */
  static final double MIN_THIGH_VISIBILITY = 0.4;

  /** Trunk leaning back past vertical at lockout (negative degrees). */
  static final double[] HYPEREXTENSION_DEG = {8, 14, 20};

  /**
   * Largest horizontal distance of the hands from mid-foot during the pull; the wrist sits a few
   * centimetres off the bar and mid-foot is estimated, so a clean pull can read 10 cm.
   */
  static final double[] BAR_DRIFT_CM = {14, 19, 26};

  /** The bar's speed over its first 150 ms against the rep's mean: a yank starts fast. */
  static final double[] JERK_SPEED_RATIO = {1.3, 1.6, 1.9};

  /**
   * ... and it gets there at once: the bar's largest gain in speed over 100 ms around the floor
   * break (RepMeasurer). A lifter who takes the slack out and squeezes the bar up can still start
   * briskly (clean fixture pulls read speed ratios up to 1.44) but gains speed gently: 1.5 to 4.5
   * m/s² on the fixture clips, from the official solution's tracks and Hinge's own; synthetic yanks
   * read 6.0 m/s² and more (120 seeds).
   */
  static final double JERK_MIN_ACCELERATION_MPS2 = dev.hinge.reps.RepDetector.YANK_MPS2;

  /**
   * Mean concentric velocity near the deadlift's minimum velocity threshold (0.14 ± 0.05 m/s at a
   * 1RM, Helms et al. 2017). A controlled, deliberately slow demonstration pull (formfit_deadlift)
   * reads 0.21 m/s from a camera, so the mild level starts below that; camera speeds carry the
   * scale's uncertainty (about 12 %), which lowers the confidence.
   */
  static final double[] GRIND_MPS = {0.20, 0.17, 0.14};

  /**
   * ... and the bar never got going: a grind crawls all the way, while a deliberately slow pull
   * still speeds up through lockout (formfit_deadlift: mean 0.19 m/s, peak 0.67 m/s).
   */
  static final double GRIND_PEAK_MPS = dev.hinge.reps.RepDetector.GRIND_PEAK_MPS;

  /** Head against trunk, extension (cranked up) or flexion (tucked). */
  static final double[] HEAD_DEG = {40, 55, 70};

  /** Confidence of keypoint-only spine rules: the spine itself is not seen. */
  static final double SPINE_GEOMETRY_CONFIDENCE = 0.5;

  /**
   * Confidence of the silhouette rules: lower than for the exact metrics, because the mask's edge
   * is the clothed back, not the spine, and the measure's neutral reading comes from the fixtures.
   * It is multiplied by the view factor and the share of the back's contour that was found.
   */
  static final double SPINE_SILHOUETTE_CONFIDENCE = 0.6;

  /**
   * The back's silhouette bend ({@code dev.hinge.pose.BackSilhouette}; median over the judged
   * frames) above which the back counts as rounded. A neutral back does not read 0: the contour
   * between the hip and shoulder landmarks starts on the buttocks and ends on the shoulder blades,
   * so the clean floor→knee pulls on the fixtures read −27° to −6° (medians over the judged frames;
   * single frames −60° to +19°), the slightly rounded upper back of the RDL clip +21°, and the
   * rounded jc_bad +68°.
   */
  static final double[] ROUNDED_BEND_DEG = {30, 40, 50};

  /**
   * ... and the extension (negative bend, in degrees of magnitude) beyond which it counts as
   * over-arched: 13° past the most extended clean pull's median (−27°), about 20° past a typical
   * neutral (−20°). No fixture shows an arched back, so these are starting points, set to keep the
   * clean pulls clear.
   */
  static final double[] ARCHED_BEND_DEG = {40, 50, 60};

  /** Measured frames needed in the judged span before the silhouette is used. */
  static final int MIN_BEND_FRAMES = 3;

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
    if (early != null
        && !skipped.containsKey(FaultCode.SQUATTING_THE_DEADLIFT)
        && !notJudged(k, rep).containsKey(FaultCode.SQUATTING_THE_DEADLIFT)) {
      level(m.thighElevationStartDeg(), SQUAT_THIGH_DEG, false)
          .ifPresent(
              s ->
                  out.add(
                      Fault.of(
                          FaultCode.SQUATTING_THE_DEADLIFT,
                          s,
                          0.8 * view * vis(k, a, a, Joint.HIP, Joint.KNEE),
                          PhaseName.SETUP,
                          new Evidence(
                              "thighElevationStartDeg",
                              r1(m.thighElevationStartDeg()),
                              SQUAT_THIGH_DEG[0],
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
    if (early != null
        && !hipsShot
        && m.floorBreakAccelerationMps2() >= JERK_MIN_ACCELERATION_MPS2
        && !skipped.containsKey(FaultCode.JERKING_THE_BAR)) {
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
    if (rep.missed() && !skipped.containsKey(FaultCode.TOO_HEAVY)) {
      // the clearest sign of a bar too heavy: the lifter could not finish the pull
      double[] range = dev.hinge.reps.RepDetector.barRange(k);
      double needed = range.length == 0 ? m.barRiseM() : range[1] - k.barUpM()[a];
      out.add(
          Fault.of(
              FaultCode.TOO_HEAVY,
              Severity.SEVERE,
              0.8 * vis(k, a, b, Joint.WRIST),
              rep.phase(PhaseName.KNEE_TO_LOCKOUT).isPresent()
                  ? PhaseName.KNEE_TO_LOCKOUT
                  : PhaseName.FLOOR_TO_KNEE,
              new Evidence("barRiseM", r2(m.barRiseM()), r2(needed), a, b)));
    } else if (!rep.partial()
        && m.peakConcentricVelocityMps() < GRIND_PEAK_MPS
        && !skipped.containsKey(FaultCode.TOO_HEAVY)) {
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

  /**
   * The rules this rep's own frames cannot support, with the reason: on top of the set-level {@link
   * Judgements}, which look at the camera. Reported so that a missing fault never reads as a clean
   * bill.
   */
  public static Map<FaultCode, String> notJudged(Kinematics k, Rep rep) {
    Map<FaultCode, String> out = new java.util.EnumMap<>(FaultCode.class);
    int a = rep.floorBreakFrame();
    if (rep.phase(PhaseName.FLOOR_TO_KNEE).isPresent()) {
      double knee = meanVisibility(k, Joint.KNEE, a - 1, a + 1);
      if (knee < MIN_THIGH_VISIBILITY) {
        out.put(
            FaultCode.SQUATTING_THE_DEADLIFT,
            String.format(
                java.util.Locale.ROOT,
                "the knees are hidden at the floor break (visibility %.2f, needs %.2f), so the"
                    + " hips' height against them is unknown",
                knee,
                MIN_THIGH_VISIBILITY));
      }
    }
    return out;
  }

  /**
   * {@link #notJudged(Kinematics, Rep)}, plus the back's silhouette when a source is given but too
   * few of the rep's judged frames were measured: the arch is then not judged (a rounded back falls
   * back to head–shoulder–hip geometry).
   */
  public static Map<FaultCode, String> notJudged(
      Kinematics k, Rep rep, Optional<BackCurvatureSource> curvature) {
    Map<FaultCode, String> out = notJudged(k, rep);
    if (curvature.isPresent()) {
      int a = rep.floorBreakFrame();
      int kneeFrame = rep.phase(PhaseName.FLOOR_TO_KNEE).map(Phase::endFrame).orElse(a);
      int[] span = silhouetteSpan(rep, a, kneeFrame);
      if (windowBend(curvature.get(), span[0], span[1]).isEmpty()) {
        out.put(
            FaultCode.OVER_ARCHED_BACK,
            "the back's silhouette was not seen clearly early in the pull (frames "
                + span[0]
                + "–"
                + span[1]
                + ")");
      }
    }
    return out;
  }

  private static double meanVisibility(Kinematics k, Joint j, int from, int to) {
    int lo = Math.max(0, from);
    int hi = Math.min(k.frameCount() - 1, to);
    double sum = 0;
    for (int f = lo; f <= hi; f++) {
      sum += k.visibility(j, f);
    }
    return sum / (hi - lo + 1);
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
    // a pull that starts above the knees (a partial from blocks or mid-shin) is judged where it
    // starts: a rounded back shows there as well
    PhaseName where =
        rep.phase(PhaseName.FLOOR_TO_KNEE).isPresent()
            ? PhaseName.FLOOR_TO_KNEE
            : PhaseName.KNEE_TO_LOCKOUT;
    int[] span = silhouetteSpan(rep, a, kneeFrame);
    Optional<double[]> bend = curvature.flatMap(c -> windowBend(c, span[0], span[1]));
    if (bend.isPresent()) {
      double deg = bend.get()[0];
      double conf = SPINE_SILHOUETTE_CONFIDENCE * view * bend.get()[1];
      if (deg > 0 && !skipped.containsKey(FaultCode.ROUNDED_BACK)) {
        level(deg, ROUNDED_BEND_DEG, true)
            .ifPresent(
                s ->
                    out.add(
                        Fault.of(
                            FaultCode.ROUNDED_BACK,
                            s,
                            conf,
                            where,
                            new Evidence(
                                "backBendDeg", r1(deg), ROUNDED_BEND_DEG[0], span[0], span[1]))));
      } else if (deg < 0 && !skipped.containsKey(FaultCode.OVER_ARCHED_BACK)) {
        level(-deg, ARCHED_BEND_DEG, true)
            .ifPresent(
                s ->
                    out.add(
                        Fault.of(
                            FaultCode.OVER_ARCHED_BACK,
                            s,
                            conf,
                            where,
                            new Evidence(
                                "backBendDeg", r1(deg), -ARCHED_BEND_DEG[0], span[0], span[1]))));
      }
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
                          where,
                          new Evidence(
                              "trunkChordRatio", r2(chord), ROUNDED_CHORD[0], a, kneeFrame))));
    }
  }

  /**
   * The frames over which the back's silhouette is judged: floor break to knee height; for a pull
   * that starts above the knees, the first half of its knee-to-lockout phase (standing tall, the
   * silhouette reads the buttocks and shoulder blades, not the spine).
   */
  static int[] silhouetteSpan(Rep rep, int a, int kneeFrame) {
    if (rep.phase(PhaseName.FLOOR_TO_KNEE).isPresent()) {
      return new int[] {a, kneeFrame};
    }
    Phase up = rep.phase(PhaseName.KNEE_TO_LOCKOUT).orElse(null);
    if (up == null) {
      return new int[] {a, a};
    }
    int from = Math.max(a, up.startFrame());
    return new int[] {from, Math.max(from, (from + up.endFrame()) / 2)};
  }

  /**
   * The median bend over the span and the mean quality of the frames it came from, when at least
   * {@link #MIN_BEND_FRAMES} frames (or all of a shorter span) were measured.
   */
  static Optional<double[]> windowBend(BackCurvatureSource c, int from, int to) {
    double[] v = new double[Math.max(0, to - from + 1)];
    int n = 0;
    double quality = 0;
    for (int j = from; j <= to; j++) {
      OptionalDouble d = c.bendDeg(j);
      if (d.isPresent()) {
        v[n++] = d.getAsDouble();
        quality += c.quality(j);
      }
    }
    if (n == 0 || n < Math.min(MIN_BEND_FRAMES, v.length)) {
      return Optional.empty();
    }
    java.util.Arrays.sort(v, 0, n);
    double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return Optional.of(new double[] {median, quality / n});
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
