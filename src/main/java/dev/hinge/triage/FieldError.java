package dev.hinge.triage;

/** One problem with a check-in's answers: the field (dotted path) and what is wrong with it. */
public record FieldError(String field, String message) {
  @Override
  public String toString() {
    return field + ": " + message;
  }
}
