package dev.hinge.load;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.kinematics.ViewKind;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Top-down planar model from the hands to L5/S1. Mass fractions and centre-of-mass positions are de
 * Leva's (1996) adjustments of Zatsiorsky–Seluyanov (male values): head+neck 6.94 %, upper and
 * middle trunk 32.29 % (the part above L5/S1), upper arm 2.71 %, forearm 1.62 %, hand 0.61 % per
 * side. The extensor moment is Σ m·(g + a_y)·Δx − m·a_x·Δy over the masses above L5/S1 and the bar
 * at the hands; compression ≈ moment / erector moment arm + the weight's component along the trunk.
 */
public final class LumbarLoadModel {
  static final double G = 9.81;
  static final double ACCELERATION_CUTOFF_HZ = 3.0;
  static final double HEAD_NECK = 0.0694;
  static final double TRUNK_ABOVE_L5 = 0.1596 + 0.1633;
  static final double UPPER_ARM = 2 * 0.0271;
  static final double FOREARM = 2 * 0.0162;
  static final double HAND = 2 * 0.0061;

  /** L5/S1 lies this share of the way from the hip joints to the shoulders. */
  static final double L5_ALONG_TRUNK = 0.10;

  /** Centre of mass of the trunk above L5/S1, as a share of L5/S1 → shoulder. */
  static final double TRUNK_COM = 0.55;

  static final double UPPER_ARM_COM = 0.5772;
  static final double FOREARM_COM = 0.4574;

  /** Erector spinae moment arm at L5/S1 (≈ 5–6 cm). */
  static final double ERECTOR_ARM_M = 0.055;

  /** Body mass from stature when not given: BMI 24. */
  static final double ESTIMATED_BMI = 24.0;

  static final double ERECTOR_ARM_UNCERTAINTY_PCT = 15;
  static final double SEGMENT_UNCERTAINTY_PCT = 10;
  static final double GIVEN_MASS_UNCERTAINTY_PCT = 3;
  static final double ESTIMATED_MASS_UNCERTAINTY_PCT = 25;

  /** Why a front view gets no estimate. */
  static final String FRONT_VIEW =
      "the camera sees the lifter from the front: the back's load comes from how far the trunk"
          + " and the bar reach ahead of the spine, which only a side view shows";

  private LumbarLoadModel() {}

  /** Moment (N·m) and compression (N) per frame over [from, to]. */
  public static double[][] series(
      Kinematics k, int from, int to, double bodyMassKg, OptionalDouble barKg) {
    double bar = barKg.orElse(0);
    int n = to - from + 1;
    double[] moment = new double[n];
    double[] compression = new double[n];
    double[][] ax = new double[5][];
    double[][] ay = new double[5][];
    double[][] px = new double[5][n];
    double[][] py = new double[5][n];
    double[] l5x = new double[n];
    double[] l5y = new double[n];
    double[] masses = {
      HEAD_NECK * bodyMassKg,
      TRUNK_ABOVE_L5 * bodyMassKg,
      UPPER_ARM * bodyMassKg,
      FOREARM * bodyMassKg,
      HAND * bodyMassKg + bar
    };
    for (int i = 0; i < n; i++) {
      int f = from + i;
      double hx = k.forward(Joint.HIP, f);
      double hy = k.up(Joint.HIP, f);
      double sx = k.forward(Joint.SHOULDER, f);
      double sy = k.up(Joint.SHOULDER, f);
      double ex = k.forward(Joint.ELBOW, f);
      double ey = k.up(Joint.ELBOW, f);
      double wx = k.forward(Joint.WRIST, f);
      double wy = k.up(Joint.WRIST, f);
      l5x[i] = hx + L5_ALONG_TRUNK * (sx - hx);
      l5y[i] = hy + L5_ALONG_TRUNK * (sy - hy);
      px[0][i] = k.forward(Joint.EAR, f);
      py[0][i] = k.up(Joint.EAR, f);
      px[1][i] = l5x[i] + TRUNK_COM * (sx - l5x[i]);
      py[1][i] = l5y[i] + TRUNK_COM * (sy - l5y[i]);
      px[2][i] = sx + UPPER_ARM_COM * (ex - sx);
      py[2][i] = sy + UPPER_ARM_COM * (ey - sy);
      px[3][i] = ex + FOREARM_COM * (wx - ex);
      py[3][i] = ey + FOREARM_COM * (wy - ey);
      px[4][i] = wx;
      py[4][i] = wy;
    }
    double[] t = java.util.Arrays.copyOfRange(k.tMs(), from, to + 1);
    // second derivatives amplify landmark jitter: smooth harder (3 Hz) for the inertial terms
    dev.hinge.kinematics.ZeroPhaseFilter smooth =
        new dev.hinge.kinematics.ZeroPhaseFilter(ACCELERATION_CUTOFF_HZ, k.fps());
    for (int s = 0; s < 5; s++) {
      double[] sx = smooth.apply(px[s]);
      double[] sy = smooth.apply(py[s]);
      ax[s] =
          dev.hinge.kinematics.Derivative.central(
              dev.hinge.kinematics.Derivative.central(sx, t), t);
      ay[s] =
          dev.hinge.kinematics.Derivative.central(
              dev.hinge.kinematics.Derivative.central(sy, t), t);
    }
    for (int i = 0; i < n; i++) {
      double m = 0;
      double weight = 0;
      for (int s = 0; s < 5; s++) {
        double dx = px[s][i] - l5x[i];
        double dy = py[s][i] - l5y[i];
        double fy = masses[s] * (G + ay[s][i]);
        m += fy * dx - masses[s] * ax[s][i] * dy;
        weight += fy;
      }
      double trunkFromVertical = Math.toRadians(k.trunkDeg()[from + i]);
      moment[i] = m;
      compression[i] = Math.max(0, m) / ERECTOR_ARM_M + weight * Math.cos(trunkFromVertical);
    }
    return new double[][] {moment, compression};
  }

  /** The rep's estimate over the frames from the floor break to the end of the descent. */
  public static LoadEstimate estimate(
      Kinematics k,
      int from,
      int to,
      int floorBreak,
      OptionalDouble bodyMassKg,
      OptionalDouble barKg) {
    boolean massEstimated = bodyMassKg.isEmpty();
    double mass = bodyMassKg.orElse(ESTIMATED_BMI * k.statureM() * k.statureM());
    if (k.camera().view().kind() == ViewKind.FRONT) {
      // from the front the trunk's lean and the bar's distance ahead of the spine are depth: the
      // planar model would read a few N·m where a side view reads 70-160 (the development set)
      return new LoadEstimate(
          0,
          0,
          0,
          0,
          0,
          barKg.isPresent(),
          Math.round(mass * 10) / 10.0,
          massEstimated,
          Optional.of(FRONT_VIEW));
    }
    double[][] s = series(k, from, to, mass, barKg);
    double peakM = 0;
    double peakC = 0;
    double impulse = 0;
    for (int i = 0; i < s[0].length; i++) {
      peakM = Math.max(peakM, s[0][i]);
      peakC = Math.max(peakC, s[1][i]);
      if (i > 0) {
        impulse +=
            0.5
                * (Math.max(0, s[0][i]) + Math.max(0, s[0][i - 1]))
                * (k.t(from + i) - k.t(from + i - 1))
                / 1000.0;
      }
    }
    double massU = massEstimated ? ESTIMATED_MASS_UNCERTAINTY_PCT : GIVEN_MASS_UNCERTAINTY_PCT;
    // with a bar the body's share (and its mass uncertainty) matters less; keep it simple and safe
    double scaleU = k.scale().uncertaintyPct();
    double u =
        Math.sqrt(
            massU * massU
                + scaleU * scaleU
                + SEGMENT_UNCERTAINTY_PCT * SEGMENT_UNCERTAINTY_PCT
                + ERECTOR_ARM_UNCERTAINTY_PCT * ERECTOR_ARM_UNCERTAINTY_PCT);
    int fb = Math.max(0, Math.min(s[0].length - 1, floorBreak - from));
    return new LoadEstimate(
        Math.round(peakM),
        Math.round(peakC),
        Math.round(s[0][fb]),
        Math.round(impulse),
        Math.round(u),
        barKg.isPresent(),
        Math.round(mass * 10) / 10.0,
        massEstimated,
        Optional.empty());
  }
}
