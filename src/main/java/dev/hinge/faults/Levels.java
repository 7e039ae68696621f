package dev.hinge.faults;

import java.util.Optional;

/**
 * A rule's three thresholds, mild, moderate and severe, which a value passes going {@code above}
 * them or below them.
 */
public record Levels(double mild, double moderate, double severe, boolean above) {

  public static Levels above(double mild, double moderate, double severe) {
    return new Levels(mild, moderate, severe, true);
  }

  public static Levels below(double mild, double moderate, double severe) {
    return new Levels(mild, moderate, severe, false);
  }

  /** The highest level {@code value} passes, if any. */
  public Optional<Severity> of(double value) {
    double[] thresholds = {mild, moderate, severe};
    Severity s = null;
    for (int i = 0; i < thresholds.length; i++) {
      if (above ? value > thresholds[i] : value < thresholds[i]) {
        s = Severity.values()[i];
      }
    }
    return Optional.ofNullable(s);
  }
}
