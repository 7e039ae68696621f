package dev.hinge.faults;

/** How far past its threshold a fault went. */
public enum Severity {
  MILD,
  MODERATE,
  SEVERE;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Weight for ranking what to fix first. */
  public int weight() {
    return ordinal() + 1;
  }
}
