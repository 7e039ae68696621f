package dev.hinge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void aFailedWriteLeavesNeitherTheTargetNorATemporaryFile() throws IOException {
    Path target = dir.resolve("out.json");
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write("{\"half\":".getBytes());
                      throw new IllegalStateException("decoder failed");
                    }))
        .hasMessage("decoder failed");
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aFailedWriteKeepsThePreviousContent() throws IOException {
    Path target = dir.resolve("out.json");
    AtomicFiles.writeString(target, "old");
    assertThatThrownBy(
        () ->
            AtomicFiles.write(
                target,
                out -> {
                  out.write("new".getBytes());
                  throw new IOException("disk full");
                }));
    assertThat(Files.readString(target)).isEqualTo("old");
  }
}
