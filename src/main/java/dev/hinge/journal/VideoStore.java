package dev.hinge.journal;

import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.video.FfmpegFrameSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Uploaded videos on disk, content-addressed: a file is named by the SHA-256 of its bytes, never by
 * anything the user sent. Uploads are streamed (flat memory), capped, and checked by content
 * (FFmpeg must be able to read a video stream from them) before they are kept.
 */
public final class VideoStore {
  /** An upload over the cap. */
  public static final class TooLargeException extends HingeException {
    private static final long serialVersionUID = 1L;

    public TooLargeException(long cap) {
      super(ErrorKind.INVALID_INPUT, "the upload is larger than the limit of " + cap + " bytes");
    }
  }

  /** A stored video: its hash, size and path. */
  public record Stored(String sha256, long sizeBytes, Path path) {}

  private final Path dir;

  public VideoStore(Path dir) {
    this.dir = dir;
  }

  /**
   * Where the server spools multipart bodies while they arrive ({@code .incoming} in the store):
   * inside the store so that {@link #sweep} finds what a crash left there.
   */
  public Path incoming() {
    Path p = dir.resolve(".incoming");
    try {
      Files.createDirectories(p);
    } catch (IOException e) {
      throw new HingeException(
          ErrorKind.STORAGE, "cannot create " + p + " for uploads: " + e.getMessage(), e);
    }
    return p;
  }

  /**
   * Removes what uploads cut short left behind (a crash, {@code kill -9}, a power cut): partial
   * files ({@code .upload-*.part}) and spooled multipart bodies in {@link #incoming}. Run at
   * start-up, before any upload can be under way; returns how many files it removed.
   */
  public int sweep() {
    int removed = 0;
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (java.util.stream.Stream<Path> parts = Files.list(dir)) {
      for (Path p : (Iterable<Path>) parts::iterator) {
        String name = p.getFileName().toString();
        if (name.startsWith(".upload-") && name.endsWith(".part") && Files.deleteIfExists(p)) {
          removed++;
        }
      }
    } catch (IOException e) {
      throw new HingeException(
          ErrorKind.STORAGE, "cannot clean up " + dir + ": " + e.getMessage(), e);
    }
    Path in = dir.resolve(".incoming");
    if (Files.isDirectory(in)) {
      try (java.util.stream.Stream<Path> spooled = Files.list(in)) {
        for (Path p : (Iterable<Path>) spooled::iterator) {
          if (Files.isRegularFile(p) && Files.deleteIfExists(p)) {
            removed++;
          }
        }
      } catch (IOException e) {
        throw new HingeException(
            ErrorKind.STORAGE, "cannot clean up " + in + ": " + e.getMessage(), e);
      }
    }
    return removed;
  }

  /** The directory the videos are kept in. */
  public Path root() {
    return dir;
  }

  public Path path(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    }
    return dir.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  /**
   * Streams {@code in} to disk while hashing it, refuses it past {@code maxBytes} or when it is not
   * a readable video, and keeps it under its hash (an identical upload is stored once).
   *
   * @throws TooLargeException past the cap
   * @throws HingeException INVALID_INPUT when FFmpeg cannot read a video from it; STORAGE on disk
   *     errors
   */
  public Stored store(InputStream in, long maxBytes) {
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, ".upload-", ".part");
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      long size = 0;
      try (InputStream digesting = new DigestInputStream(in, sha);
          OutputStream out = Files.newOutputStream(tmp)) {
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = digesting.read(buf)) > 0) {
          size += n;
          if (size > maxBytes) {
            throw new TooLargeException(maxBytes);
          }
          out.write(buf, 0, n);
        }
      }
      if (size == 0) {
        throw HingeException.invalidInput("the upload is empty (0 bytes)");
      }
      // content, not name: FFmpeg must find a decodable video stream
      int frames = 0;
      try (FfmpegFrameSource probe = FfmpegFrameSource.open(tmp)) {
        probe.metadata();
        // a still image (a PNG renamed .mp4) opens as a one-frame "video": two frames or more
        for (var f = probe.next(); f.isPresent() && frames < 2; f = probe.next()) {
          frames++;
          probe.release(f.get());
        }
      } catch (HingeException e) {
        throw HingeException.invalidInput(
            "the upload is not a video FFmpeg can read: "
                + e.getMessage().replace(tmp.toString(), "upload"));
      }
      if (frames < 2) {
        throw HingeException.invalidInput(
            "the upload is a still image or an empty video ("
                + frames
                + " frame), not a video of a lift");
      }
      String hex = HexFormat.of().formatHex(sha.digest());
      Path target = path(hex);
      Files.createDirectories(target.getParent());
      if (Files.exists(target)) {
        Files.delete(tmp);
      } else {
        try {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target);
        }
      }
      tmp = null;
      return new Stored(hex, size, target);
    } catch (IOException e) {
      throw new HingeException(
          ErrorKind.STORAGE, "cannot store the upload in " + dir + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the original failure is what matters
        }
      }
    }
  }
}
