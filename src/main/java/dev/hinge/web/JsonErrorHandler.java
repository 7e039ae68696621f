package dev.hinge.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Jetty's own error answers, given before a request reaches Javalin (a request line or headers past
 * the limits, a malformed request, a body over the size cap), in the API's JSON shape {@code
 * {"error", "message"}} instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
  private final long uploadCap;

  /** {@code uploadCap}: the upload endpoint's cap in bytes, 0 without uploads. */
  JsonErrorHandler(long uploadCap) {
    this.uploadCap = uploadCap;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    return BufferUtil.toBuffer(body(status, reason, null), StandardCharsets.UTF_8);
  }

  @Override
  public void handle(
      String target, Request base, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    base.setHandled(true);
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    byte[] body =
        body(response.getStatus(), message == null ? null : message.toString(), target)
            .getBytes(StandardCharsets.UTF_8);
    response.setContentType("application/json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** The JSON body for a status, with a message that says which limit was passed. */
  String body(int status, String reason, String path) {
    String code;
    String message;
    switch (status) {
      case 400 -> {
        code = "bad_request";
        message = "malformed HTTP request" + (reason == null ? "" : ": " + reason);
      }
      case 408 -> {
        code = "timeout";
        message = "the request stopped arriving before it was complete";
      }
      case 413 -> {
        code = "too_large";
        message = Limits.tooLarge(path, uploadCap);
      }
      case 414 -> {
        code = "uri_too_long";
        message = "the request line (its URI) is longer than the 8192 bytes this server reads";
      }
      case 431 -> {
        code = "headers_too_large";
        message = "the request headers are larger than the 8192 bytes this server reads";
      }
      default -> {
        code = "error";
        message = "HTTP " + status + (reason == null ? "" : ": " + reason);
      }
    }
    ObjectNode o = ApiJson.MAPPER.createObjectNode();
    o.put("error", code);
    o.put("message", RequestGuard.printable(message));
    return o.toString();
  }
}
