package dev.hinge.core;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's directories, following the XDG Base Directory specification: {@code
 * $XDG_CACHE_HOME/hinge} (models), {@code $XDG_DATA_HOME/hinge} (journal, uploaded videos). {@code
 * HINGE_CACHE_DIR} and {@code HINGE_DATA_DIR} override both, for tests and unusual set-ups.
 */
public record AppDirs(Path cache, Path data) {

  /** The directories for the current user and environment. */
  public static AppDirs forUser() {
    return from(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** Resolves the directories from an environment and a home directory; pure, for tests. */
  public static AppDirs from(Map<String, String> env, Path home) {
    Path cache =
        firstSet(env, "HINGE_CACHE_DIR")
            .orElseGet(
                () ->
                    firstSet(env, "XDG_CACHE_HOME")
                        .map(p -> p.resolve("hinge"))
                        .orElse(home.resolve(".cache").resolve("hinge")));
    Path data =
        firstSet(env, "HINGE_DATA_DIR")
            .orElseGet(
                () ->
                    firstSet(env, "XDG_DATA_HOME")
                        .map(p -> p.resolve("hinge"))
                        .orElse(home.resolve(".local").resolve("share").resolve("hinge")));
    return new AppDirs(cache, data);
  }

  /** Where pose models are cached. */
  public Path models() {
    return cache.resolve("models");
  }

  private static java.util.Optional<Path> firstSet(Map<String, String> env, String name) {
    String v = env.get(name);
    // XDG: a relative path is invalid and must be ignored
    if (v == null || v.isBlank() || !Path.of(v).isAbsolute()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Path.of(v));
  }
}
