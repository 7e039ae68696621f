package dev.hinge.core;

/**
 * Why an operation could not go on. The edges map each kind to an exit code (CLI) or an HTTP status
 * (web); the domain only says which kind of failure it is.
 */
public enum ErrorKind {
  /** The input is malformed, unreadable, of the wrong format or out of range. */
  INVALID_INPUT(3, 400),
  /** The input is well formed but nothing can be judged from it (no person, too short, ...). */
  UNANALYZABLE(4, 422),
  /** Something the program needs is missing on this machine (models, npm, a native library). */
  ENVIRONMENT(5, 503),
  /** The journal's storage cannot be used (locked, unwritable, failed migration). */
  STORAGE(6, 503),
  /** The thing asked for does not exist (an id, a file named on the command line). */
  NOT_FOUND(7, 404);

  private final int exitCode;
  private final int httpStatus;

  ErrorKind(int exitCode, int httpStatus) {
    this.exitCode = exitCode;
    this.httpStatus = httpStatus;
  }

  public int exitCode() {
    return exitCode;
  }

  public int httpStatus() {
    return httpStatus;
  }

  /** The stable machine-readable code, e.g. {@code invalid_input}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
