package dev.hinge.core;

import java.util.Objects;

/**
 * A failure the user can act on. The message states the rule that was broken and the value that was
 * found, e.g. {@code "video has no frames (decoded 0 of 450)"}; the kind decides the exit code or
 * HTTP status at the edge.
 */
public class HingeException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorKind kind;

  public HingeException(ErrorKind kind, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public HingeException(ErrorKind kind, String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public ErrorKind kind() {
    return kind;
  }

  public static HingeException invalidInput(String message) {
    return new HingeException(ErrorKind.INVALID_INPUT, message);
  }

  public static HingeException invalidInput(String message, Throwable cause) {
    return new HingeException(ErrorKind.INVALID_INPUT, message, cause);
  }

  public static HingeException unanalyzable(String message) {
    return new HingeException(ErrorKind.UNANALYZABLE, message);
  }

  public static HingeException environment(String message) {
    return new HingeException(ErrorKind.ENVIRONMENT, message);
  }

  public static HingeException environment(String message, Throwable cause) {
    return new HingeException(ErrorKind.ENVIRONMENT, message, cause);
  }
}
