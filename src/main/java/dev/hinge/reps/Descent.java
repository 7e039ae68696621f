package dev.hinge.reps;

import java.util.Optional;

/**
 * Where the descent starts and ends: the ends of its speed ramp, or where the lifter leaves his
 * lockout.
 */
final class Descent {
  private Descent() {}

  /** The descent's first and last frames. */
  record Ends(int start, int end) {}

  /**
   * Sharpens the coarse descent of {@code c}, which reaches the floor, after the lockout at {@code
   * lockout}: its start is where the speed ramp of the way down starts ({@link
   * RampFit#rampStartFitted}) or, where the lifter stood still at lockout ({@code standing}), where
   * he leaves that pose ({@link RestFit#restEnd}); its end where the ramp ends ({@link
   * RampFit#rampEnd}) when that is within {@link Motion#slack} of the coarse end.
   */
  static Ends sharpen(Motion m, CoarsePull c, int lockout, Optional<double[]> standing) {
    double[] v = m.speed();
    int start = c.descentStart();
    int end = c.descentEnd();
    double vDown = 0;
    for (int j = start; j <= end; j++) {
      vDown = Math.max(vDown, v[j]);
    }
    int fitted = RampFit.rampStartFitted(v, Math.max(lockout, start - 10), end, vDown);
    // a fit that lands past the descent's end (a speed ramp too ragged to fit) keeps the coarse
    // start
    start = fitted < end ? Math.max(lockout, fitted) : start;
    if (standing.isPresent()) {
      int ds = RestFit.restEnd(m.pose(), standing.get(), c.fallHigh(), lockout, RestFit.LEVEL_M);
      if (ds >= lockout && Math.abs(ds - c.descentStart()) <= m.slack()) {
        start = ds;
      }
    }
    // like the pull's ends, the ramp's end moves at most the slack from the coarse end: a fit
    // far past it runs into the next pull (touch and go, the speed never near zero at the bottom)
    int fittedEnd = RampFit.rampEnd(v, end, start, vDown);
    if (Math.abs(fittedEnd - c.descentEnd()) <= m.slack()) {
      end = fittedEnd;
    }
    end = Math.max(start + 1, Math.min(m.frameCount() - 1, end));
    return new Ends(start, end);
  }
}
