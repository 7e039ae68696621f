package dev.hinge.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * How many requests without a body run at once. The server keeps many threads so that clients
 * sending a body slowly (or never finishing it) cannot take them all while they wait for bytes;
 * requests that have nothing to wait for share a few permits, so a hundred busy clients do not make
 * a hundred threads fight over two cores. Waiting threads sleep, in arrival order.
 */
final class RequestGate implements Filter {
  private final Semaphore permits;

  RequestGate(int running) {
    this.permits = new Semaphore(running, true);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (hasBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    permits.acquireUninterruptibly();
    try {
      chain.doFilter(request, response);
    } finally {
      permits.release();
    }
  }

  /** A request that says it sends a body: its thread may wait on the client. */
  static boolean hasBody(ServletRequest request) {
    return request.getContentLengthLong() > 0
        || (request instanceof jakarta.servlet.http.HttpServletRequest h
            && h.getHeader("Transfer-Encoding") != null);
  }
}
