package dev.hinge.cli;

import dev.hinge.core.ErrorKind;

/**
 * Hinge's exit codes. 0 success, 1 an unexpected internal error, 2 a usage error (bad options), and
 * one code per {@link ErrorKind}: 3 invalid input, 4 nothing to analyse, 5 something missing on
 * this machine (models, npm), 6 storage unusable, 7 not found.
 */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int USAGE = 2;

  private ExitCodes() {}

  public static int of(ErrorKind kind) {
    return kind.exitCode();
  }
}
