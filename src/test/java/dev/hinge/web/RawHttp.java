package dev.hinge.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand on a socket, for what java.net.http will not send: a foreign {@code
 * Host}, a body shorter than its {@code Content-Length}, a request line or headers past the limits.
 */
final class RawHttp {
  /** A response: status, headers (lower-case names) and body; status 0 when none came. */
  record Response(int status, Map<String, String> headers, String body, long millis) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private RawHttp() {}

  /** Sends {@code head} (request line and headers, CRLF-separated, without the blank line). */
  static Response send(int port, String head, byte[] body, int timeoutMs) throws IOException {
    long t0 = System.nanoTime();
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(timeoutMs);
      OutputStream out = s.getOutputStream();
      out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return read(s.getInputStream(), t0);
    }
  }

  static Response send(int port, String head, String body) throws IOException {
    return send(port, head, body == null ? null : body.getBytes(StandardCharsets.UTF_8), 20_000);
  }

  private static Response read(InputStream in, long t0) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try {
      int n;
      while ((n = in.read(buf)) > 0) {
        all.write(buf, 0, n);
        if (complete(all.toString(StandardCharsets.UTF_8))) {
          break;
        }
      }
    } catch (SocketTimeoutException | java.net.SocketException e) {
      // whatever came before the timeout or the reset is the answer
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/") || end < 0) {
      return new Response(0, Map.of(), text, ms);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int c = lines[i].indexOf(':');
      if (c > 0) {
        headers.put(
            lines[i].substring(0, c).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(c + 1).trim());
      }
    }
    return new Response(status, headers, text.substring(end + 4), ms);
  }

  /** Whether a full response (head and a Content-Length body) has arrived. */
  private static boolean complete(String text) {
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    String head = text.substring(0, end).toLowerCase(Locale.ROOT);
    int i = head.indexOf("content-length:");
    if (i < 0) {
      return false;
    }
    int eol = head.indexOf("\r\n", i);
    long length =
        Long.parseLong(
            head.substring(i + "content-length:".length(), eol < 0 ? head.length() : eol).trim());
    return text.getBytes(StandardCharsets.UTF_8).length - (end + 4) >= length;
  }
}
