package dev.hinge.pose.runtime;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What native code writes to the process's stderr while an action runs, filtered: file descriptor 2
 * is pointed at a temporary file (libc's {@code dup2}, through JNA), and afterwards the lines kept
 * are written to the real stderr. Native libraries that log with {@code fprintf(stderr, …)} and no
 * level to set (TensorFlow Lite 2.6) are kept from the user this way; Java's own writes to {@code
 * System.err} in that window are kept and replayed, not lost. Where libc cannot be reached
 * (Windows), the action runs unfiltered.
 */
final class NativeStderr {
  private static final Logger LOG = LoggerFactory.getLogger(NativeStderr.class);
  private static final int STDERR = 2;
  private static final int O_WRONLY = 1;
  private static final Object LOCK = new Object();

  /** The few libc calls needed. */
  interface LibC extends Library {
    int open(String path, int flags);

    int dup(int fd);

    int dup2(int from, int to);

    int close(int fd);
  }

  private static volatile LibC libc;

  private NativeStderr() {}

  /** Runs {@code action}; of what it writes to stderr, only the lines {@code keep} accepts stay. */
  static <T> T filtered(Supplier<T> action, Predicate<String> keep) {
    LibC c = libc();
    if (c == null) {
      return action.get();
    }
    synchronized (LOCK) {
      Path tmp;
      try {
        tmp = Files.createTempFile("hinge-stderr", ".log");
      } catch (IOException e) {
        return action.get();
      }
      int saved = -1;
      int fd = -1;
      try {
        System.err.flush();
        fd = c.open(tmp.toString(), O_WRONLY);
        saved = fd < 0 ? -1 : c.dup(STDERR);
        if (saved < 0 || c.dup2(fd, STDERR) < 0) {
          return action.get();
        }
        try {
          return action.get();
        } finally {
          System.err.flush();
          c.dup2(saved, STDERR);
        }
      } finally {
        if (saved >= 0) {
          c.close(saved);
        }
        if (fd >= 0) {
          c.close(fd);
        }
        replay(tmp, keep, System.err);
      }
    }
  }

  private static void replay(Path tmp, Predicate<String> keep, PrintStream err) {
    try {
      for (String line : Files.readAllLines(tmp, StandardCharsets.UTF_8)) {
        if (keep.test(line)) {
          err.println(line);
        }
      }
      err.flush();
    } catch (IOException e) {
      LOG.debug("cannot read back captured stderr {}", tmp, e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        LOG.debug("cannot remove {}", tmp, e);
      }
    }
  }

  private static LibC libc() {
    if (!Platform.isLinux() && !Platform.isMac()) {
      return null;
    }
    LibC c = libc;
    if (c == null) {
      try {
        c = Native.load("c", LibC.class);
        libc = c;
      } catch (UnsatisfiedLinkError | RuntimeException e) {
        LOG.debug("libc not reachable through JNA; native stderr left as it is", e);
        return null;
      }
    }
    return c;
  }
}
