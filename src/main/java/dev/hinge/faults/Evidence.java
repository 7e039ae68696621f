package dev.hinge.faults;

/** What a finding rests on: the metric, its value, the threshold crossed, and the frames. */
public record Evidence(String metric, double value, double threshold, int fromFrame, int toFrame) {

  /** {@code v} to one decimal, as evidence reports an angle or a distance in cm. */
  static double oneDecimal(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /** {@code v} to two decimals, as evidence reports a ratio or a speed. */
  static double twoDecimals(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
