package dev.hinge.reps;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import java.util.Arrays;
import java.util.OptionalDouble;

/** Measures a detected rep. */
public final class RepMeasurer {
  /** The floor break's acceleration is read in this window after the bar leaves the floor. */
  static final double FLOOR_BREAK_WINDOW_MS = 250;

  /** The bar's early speed is read over this long after the floor break. */
  static final double FLOOR_BREAK_SPEED_MS = 150;

  private RepMeasurer() {}

  public static RepMetrics measure(Kinematics k, Rep rep) {
    int a = rep.floorBreakFrame();
    int b = rep.lockoutFrame();
    double concMs = k.t(b) - k.t(a);
    double rise = k.barUpM()[b] - k.barUpM()[a];
    double peak = 0;
    for (int j = a; j <= b; j++) {
      peak = Math.max(peak, k.barVelocityMps()[j]);
    }
    OptionalDouble ecc =
        rep.phase(PhaseName.DESCENT)
            .filter(p -> p.endFrame() < k.frameCount() && p.endMs() > p.startMs())
            .map(p -> OptionalDouble.of(p.endMs() - p.startMs()))
            .orElse(OptionalDouble.empty());
    int kneeFrame = rep.phase(PhaseName.FLOOR_TO_KNEE).map(Phase::endFrame).orElse(a);
    double hipRise = k.up(Joint.HIP, kneeFrame) - k.up(Joint.HIP, a);
    double shoulderRise = k.up(Joint.SHOULDER, kneeFrame) - k.up(Joint.SHOULDER, a);
    double ratio = kneeFrame == a ? 1.0 : Math.min(10.0, hipRise / Math.max(0.01, shoulderRise));
    Phase lock = rep.phase(PhaseName.LOCKOUT).orElse(new Phase(PhaseName.LOCKOUT, b, b, 0, 0));
    double trunkLock = Series.medianOf(k.trunkDeg(), lock.startFrame(), lock.endFrame());
    // the feet stay planted through a pull, but their landmarks hide behind the plates: measure
    // from where mid-foot sits over the whole pull, not from each frame's guess
    double midFoot = Series.medianOf(k.midFootForwardM(), a, b);
    double[] wrist = k.forward(Joint.WRIST);
    double drift = 0;
    int driftFrame = a;
    for (int j = a; j <= b; j++) {
      double d = Math.abs(wrist[j] - midFoot);
      if (d > drift) {
        drift = d;
        driftFrame = j;
      }
    }
    double acc = floorBreakAcceleration(k, a, b);
    // read from the first frame the bar really moves, so a boundary a frame early does not dilute
    // it
    int moving = a;
    while (moving < b && k.barVelocityMps()[moving] < 0.1 * peak) {
      moving++;
    }
    int early = moving;
    while (early < b && k.t(early) - k.t(moving) < FLOOR_BREAK_SPEED_MS) {
      early++;
    }
    double meanVelocity = concMs > 0 ? rise / (concMs / 1000.0) : 0;
    double earlySpeed =
        early > moving
            ? (k.barUpM()[early] - k.barUpM()[moving]) / ((k.t(early) - k.t(moving)) / 1000.0)
            : 0;
    double speedRatio = meanVelocity > 0 ? earlySpeed / meanVelocity : 0;
    double head = Series.medianOf(k.headDeg(), a, kneeFrame);
    double standingChord = standingChord(k, rep, lock);
    double minChord = Double.POSITIVE_INFINITY;
    for (int j = a; j <= kneeFrame; j++) {
      minChord = Math.min(minChord, k.trunkChordM()[j]);
    }
    RepMetrics.Builder m =
        RepMetrics.builder()
            .concentricMs(concMs)
            .eccentricMs(ecc)
            .meanConcentricVelocityMps(meanVelocity)
            .peakConcentricVelocityMps(peak)
            .barRiseM(rise)
            .trunkAngleFloorDeg(k.trunkDeg()[a])
            .trunkAngleLockoutDeg(trunkLock)
            // one frame's knee angle can jump when a shin is half hidden: the median of three
            .kneeAngleStartDeg(
                Series.medianOf(
                    k.kneeDeg(), Math.max(0, a - 1), Math.min(k.frameCount() - 1, a + 1)))
            .thighElevationStartDeg(thighElevation(k, a))
            .hipAngleStartDeg(k.hipDeg()[a])
            .hipShoulderRiseRatio(ratio)
            .trunkAngleChangeEarlyDeg(k.trunkDeg()[kneeFrame] - k.trunkDeg()[a])
            .barDrift(100 * drift, driftFrame)
            .floorBreakAccelerationMps2(acc)
            .floorBreakSpeedRatio(speedRatio)
            .headAngleDeg(head)
            .trunkChordRatio(minChord / standingChord);
    if (rep.missed()) {
      // read only here: the set's lockout height takes the whole clip's bar range
      m.riseToLockoutM(BarRange.of(k).map(r -> r.topM() - k.barUpM()[a]).orElse(rise));
    }
    return m.build();
  }

  /**
   * The largest gain in bar speed over {@link FloorBreak#ACCELERATION_SPAN_MS} early in the pull,
   * m/s².
   */
  static double floorBreakAcceleration(Kinematics k, int a, int b) {
    double[] v = k.barVelocityMps();
    double acc = 0;
    // a yank's jump in speed can straddle the detected floor break: start one span before it
    int start = a;
    while (start > 0 && k.t(a) - k.t(start - 1) <= FloorBreak.ACCELERATION_SPAN_MS) {
      start--;
    }
    int j2 = start;
    for (int j = start; j < b && k.t(j) - k.t(a) <= FLOOR_BREAK_WINDOW_MS; j++) {
      while (j2 < b && k.t(j2) - k.t(j) < FloorBreak.ACCELERATION_SPAN_MS) {
        j2++;
      }
      double dt = (k.t(j2) - k.t(j)) / 1000.0;
      if (dt > 0) {
        acc = Math.max(acc, (v[j2] - v[j]) / dt);
      }
    }
    return acc;
  }

  /** The thigh's angle above horizontal, median over the floor break and its neighbours. */
  static double thighElevation(Kinematics k, int a) {
    int from = Math.max(0, a - 1);
    int to = Math.min(k.frameCount() - 1, a + 1);
    double[] e = new double[to - from + 1];
    for (int j = from; j <= to; j++) {
      double dy = k.up(Joint.HIP, j) - k.up(Joint.KNEE, j);
      double dx = Math.abs(k.forward(Joint.HIP, j) - k.forward(Joint.KNEE, j));
      e[j - from] = Math.toDegrees(Math.atan2(dy, dx));
    }
    return Series.medianOf(e, 0, e.length - 1);
  }

  /** The hip–shoulder distance standing tall: this rep's lockout, else the clip's longest. */
  private static double standingChord(Kinematics k, Rep rep, Phase lock) {
    if (!rep.partial() && lock.endFrame() > lock.startFrame()) {
      return Series.medianOf(k.trunkChordM(), lock.startFrame(), lock.endFrame());
    }
    double[] c = k.trunkChordM().clone();
    Arrays.sort(c);
    return c[(int) Math.round(0.95 * (c.length - 1))];
  }
}
