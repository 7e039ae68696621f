package dev.hinge.reps;

/** The phases of one rep, in order. */
public enum PhaseName {
  SETUP,
  FLOOR_TO_KNEE,
  KNEE_TO_LOCKOUT,
  LOCKOUT,
  DESCENT;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
