package dev.hinge.pipeline;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the lifter told us: stature (sets the scale), bar load (adds the bar to the back-load
 * estimate) and body mass (else estimated from stature). The optional back-curvature source
 * overrides the one built from the track's own silhouette measures ({@link SilhouetteCurvature}).
 */
public record AnalysisOptions(
    OptionalDouble heightCm,
    OptionalDouble loadKg,
    OptionalDouble bodyMassKg,
    Optional<dev.hinge.faults.BackCurvatureSource> backCurvature) {

  public static final AnalysisOptions NONE =
      new AnalysisOptions(
          OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty());

  public AnalysisOptions {
    check("height", heightCm, 100, 250, "cm");
    check("bar load", loadKg, 0, 600, "kg");
    check("body mass", bodyMassKg, 25, 300, "kg");
  }

  public AnalysisOptions(
      OptionalDouble heightCm, OptionalDouble loadKg, OptionalDouble bodyMassKg) {
    this(heightCm, loadKg, bodyMassKg, Optional.empty());
  }

  private static void check(String what, OptionalDouble v, double min, double max, String unit) {
    if (v.isPresent() && !(v.getAsDouble() >= min && v.getAsDouble() <= max)) {
      throw dev.hinge.core.HingeException.invalidInput(
          String.format(
              java.util.Locale.ROOT,
              "%s must be between %.0f and %.0f %s, found %s",
              what,
              min,
              max,
              unit,
              v.getAsDouble()));
    }
  }
}
