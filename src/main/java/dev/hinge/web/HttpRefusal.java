package dev.hinge.web;

/**
 * A request refused by the web layer itself with an HTTP status that no {@link
 * dev.hinge.core.ErrorKind} stands for (408: the body stopped arriving), answered in the API's JSON
 * error shape.
 */
final class HttpRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  HttpRefusal(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }
}
