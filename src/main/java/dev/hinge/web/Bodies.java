package dev.hinge.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.Optional;

/**
 * Request bodies read so that a failure to read one is the client's, not the server's: a body that
 * stops arriving (fewer bytes than its Content-Length) is a 408 after the idle timeout, one that
 * cannot be read a 400. Javalin would answer both with an empty 500.
 */
final class Bodies {
  private Bodies() {}

  /** The body bound strictly to {@code type} ({@link ApiJson}). */
  static <T> T as(Context ctx, Class<T> type) {
    try {
      return ctx.bodyAsClass(type);
    } catch (Exception e) { // Javalin (Kotlin) throws the servlet's IOException unchecked
      throw unreadable(e);
    }
  }

  /** The body as text. */
  static String text(Context ctx) {
    try {
      return ctx.body();
    } catch (Exception e) { // as above
      throw unreadable(e);
    }
  }

  /**
   * What a failure to read the request body is answered with; {@code e} itself if it is not one.
   */
  static RuntimeException unreadable(Exception e) {
    Optional<IOException> io = ioFailure(e);
    if (io.isEmpty()) {
      return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
    if (timedOut(io.get())) {
      return new HttpRefusal(
          408,
          "timeout",
          "the request body stopped arriving (nothing for "
              + Limits.IDLE_TIMEOUT_MS / 1000
              + " s): fewer bytes than its Content-Length");
    }
    return new HttpRefusal(
        400, "bad_request", "the request body could not be read: " + oneLine(io.get()));
  }

  /** The I/O failure behind {@code e}, when it came from reading the request. */
  static Optional<IOException> ioFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return Optional.of(io);
      }
      if (t instanceof jakarta.servlet.ServletException && t.getCause() == null) {
        return Optional.of(new IOException(t.getMessage()));
      }
    }
    return Optional.empty();
  }

  static boolean timedOut(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.util.concurrent.TimeoutException
          || t instanceof java.net.SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return RequestGuard.printable(m.replace('\n', ' ').replace('\r', ' '));
  }
}
