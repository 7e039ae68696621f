package dev.hinge.kinematics;

import java.util.Arrays;

/**
 * The bar's height from the hands where they are seen and hang from the shoulders as they do in a
 * deadlift, and from the shoulders where they are not. Through set-up, pull, lockout and descent
 * the arms hang straight, so the hands sit an arm's length below the shoulders and rise exactly as
 * much as the shoulders do; the shoulders are large, high landmarks that plates, other people and
 * the picture's edge rarely hide, while the hands are small and often behind the near plate (on
 * real clips of the development set BlazePose put them on the plate's hub, or at the chest, for a
 * second or more, and the reps vanished or were split).
 *
 * <p>A hand sample is trusted when the wrist is visible and its distance below the shoulders is at
 * most {@link #LONGER_M} more or {@link #SHORTER_M} less than its clip median; each run of
 * untrusted samples is bridged by the shoulders' own motion, offset so that it meets the trusted
 * hands at both ends without a step. On clips where the hands are seen throughout, nothing changes.
 */
public final class BarFusion {
  /** Wrists below this visibility are not trusted. */
  static final double MIN_VISIBILITY = 0.5;

  /**
   * Hands further below the shoulders than their clip median by more than this cannot hang from
   * them (the arms are already straight): a landmark that slid onto the plate or the floor.
   */
  public static final double LONGER_M = 0.10;

  /**
   * Hands closer to the shoulders by more than this are not where hanging arms put them: bent
   * elbows while the hips shoot up and the bar still rests, a shrug, arms 20–30° off vertical take
   * up to about 15 cm; a hand drawn at the chest or on the hub takes more.
   */
  public static final double SHORTER_M = 0.20;

  private BarFusion() {}

  /** The fused height and which frames took it from the shoulders. */
  public record Fused(double[] barUpM, boolean[] fromShoulders) {}

  /**
   * @param kneeUp the knees' height, per frame: the hands seen below it were on a bar that rests
   */
  public static Fused fuse(
      double[] shoulderUp,
      double[] wristUp,
      double[] wristVisibility,
      double[] kneeUp,
      boolean[] present) {
    int n = shoulderUp.length;
    double[] gap = new double[n];
    double[] seen = new double[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      gap[i] = shoulderUp[i] - wristUp[i];
      if (present[i] && wristVisibility[i] >= MIN_VISIBILITY) {
        seen[m++] = gap[i];
      }
    }
    boolean[] fromShoulders = new boolean[n];
    if (m == 0) {
      return new Fused(wristUp.clone(), fromShoulders);
    }
    double[] sorted = Arrays.copyOf(seen, m);
    Arrays.sort(sorted);
    double typical = sorted[m / 2];
    boolean[] trusted = new boolean[n];
    for (int i = 0; i < n; i++) {
      trusted[i] =
          present[i]
              && wristVisibility[i] >= MIN_VISIBILITY
              && gap[i] - typical <= LONGER_M
              && typical - gap[i] <= SHORTER_M;
    }
    // the bar rests on its plates: no shoulder dip takes it lower than the hands were seen there,
    // below the knees; hands seen only higher up were never seen on a bar that rests
    double floor = Double.POSITIVE_INFINITY;
    for (int k = 0; k < n; k++) {
      if (trusted[k] && wristUp[k] < kneeUp[k]) {
        floor = Math.min(floor, wristUp[k]);
      }
    }
    if (floor == Double.POSITIVE_INFINITY) {
      floor = Double.NEGATIVE_INFINITY;
    }
    double[] bar = wristUp.clone();
    int i = 0;
    while (i < n) {
      if (trusted[i]) {
        i++;
        continue;
      }
      int a = i;
      while (i < n && !trusted[i]) {
        i++;
      }
      int b = i - 1; // [a, b] untrusted
      double before = a > 0 ? gap[a - 1] : (i < n ? gap[i] : typical);
      double after = i < n ? gap[i] : before;
      for (int k = a; k <= b; k++) {
        double w = (k - a + 1) / (double) (b - a + 2);
        bar[k] = Math.max(floor, shoulderUp[k] - (before + (after - before) * w));
        fromShoulders[k] = true;
      }
    }
    return new Fused(bar, fromShoulders);
  }
}
