package dev.hinge.cli;

import dev.hinge.core.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress display on stderr, redrawn in place at most every 200 ms; silent when stderr
 * is not a terminal, so logs and pipes stay clean.
 */
final class ProgressLine implements ProgressListener {
  private final PrintWriter err;
  private final boolean enabled = System.console() != null;
  private long lastDrawNs;
  private boolean drawn;

  ProgressLine(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void progress(String stage, double fraction) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDrawNs < 200_000_000L && fraction < 1) {
      return;
    }
    lastDrawNs = now;
    int width = 30;
    int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * width);
    err.print(
        String.format(
            Locale.ROOT,
            "\r%-8s [%s%s] %3.0f%%",
            stage,
            "#".repeat(filled),
            " ".repeat(width - filled),
            fraction * 100));
    err.flush();
    drawn = true;
  }

  void done() {
    if (drawn) {
      err.print("\r" + " ".repeat(50) + "\r");
      err.flush();
    }
  }
}
