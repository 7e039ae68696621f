package dev.hinge.journal;

import dev.hinge.core.AtomicFiles;
import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one-file HTML reports of saved analyses, on disk next to the journal ({@code
 * reports/<analysis id>.html}), and the annotated videos of uploads ({@code <id>.mp4}): they carry
 * key frames, charts and video, too big and too binary for the database.
 */
public final class ReportStore {
  private final Path dir;

  public ReportStore(Path dir) {
    this.dir = dir;
  }

  public void write(long analysisId, AtomicFiles.Writer writer) {
    try {
      AtomicFiles.write(path(analysisId), writer);
    } catch (UncheckedIOException e) {
      throw new HingeException(ErrorKind.STORAGE, e.getMessage(), e);
    }
  }

  public Optional<Path> find(long analysisId) {
    return existing(path(analysisId));
  }

  /** Where the annotated video of an analysis is kept ({@code <id>.mp4}). */
  public Path videoPath(long analysisId) {
    try {
      Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new HingeException(
          ErrorKind.STORAGE, "cannot create " + dir + ": " + e.getMessage(), e);
    }
    return dir.resolve(analysisId + ".mp4");
  }

  /** The annotated video of an analysis, when one was written. */
  public Optional<Path> findVideo(long analysisId) {
    return existing(dir.resolve(analysisId + ".mp4"));
  }

  /** Writes the picture of an analysis's best rep ({@code <id>-best.png}). */
  public void writeBestRep(long analysisId, byte[] png) {
    write(dir, analysisId + "-best.png", png);
  }

  /** The picture of an analysis's best rep, when one was written. */
  public Optional<Path> findBestRep(long analysisId) {
    return existing(dir.resolve(analysisId + "-best.png"));
  }

  private static Optional<Path> existing(Path p) {
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  private static void write(Path dir, String name, byte[] bytes) {
    try {
      AtomicFiles.write(dir.resolve(name), out -> out.write(bytes));
    } catch (UncheckedIOException e) {
      throw new HingeException(ErrorKind.STORAGE, e.getMessage(), e);
    }
  }

  private Path path(long analysisId) {
    return dir.resolve(analysisId + ".html");
  }
}
