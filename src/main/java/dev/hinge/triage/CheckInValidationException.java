package dev.hinge.triage;

import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import java.util.List;
import java.util.stream.Collectors;

/** The check-in's answers are not usable; lists every problem found, not just the first. */
public final class CheckInValidationException extends HingeException {
  private static final long serialVersionUID = 1L;
  private final transient List<FieldError> errors;

  public CheckInValidationException(List<FieldError> errors) {
    super(
        ErrorKind.INVALID_INPUT,
        "invalid check-in answers ("
            + errors.size()
            + " problem"
            + (errors.size() == 1 ? "" : "s")
            + "): "
            + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
