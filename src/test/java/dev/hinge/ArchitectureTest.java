package dev.hinge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules: domain packages are pure; only the edges (cli, web, bench) know about each
 * other; both edges change the journal through the use cases ({@code dev.hinge.app}) only.
 */
class ArchitectureTest {
  static final Path MAIN = Path.of("src/main/java/dev/hinge");
  static final List<String> EDGES = List.of("cli", "web", "bench");

  @Test
  void domainPackagesNeverImportTheEdges() throws IOException {
    List<String> offenders;
    try (Stream<Path> files = Files.walk(MAIN)) {
      offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !EDGES.contains(MAIN.relativize(p).getName(0).toString()))
              .filter(
                  p -> {
                    try {
                      String src = Files.readString(p);
                      return EDGES.stream().anyMatch(e -> src.contains("dev.hinge." + e + "."));
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .map(Path::toString)
              .toList();
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void theWebEdgeDoesNotReachIntoTheCli() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN.resolve("web"))) {
      assertThat(
              files
                  .filter(p -> p.toString().endsWith(".java"))
                  .filter(
                      p -> {
                        try {
                          return Files.readString(p).contains("dev.hinge.cli.");
                        } catch (IOException e) {
                          throw new java.io.UncheckedIOException(e);
                        }
                      }))
          .isEmpty();
    }
  }

  /**
   * {@code eval} measures the pipeline from outside: only the command line and its own injections
   * use it, and it does not reach back into the injections (no cycle).
   */
  @Test
  void onlyTheCommandLineAndTheInjectionsUseEvalAndEvalDoesNotUseThem() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      List<String> offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(
                  p -> {
                    String pkg = MAIN.relativize(p).getParent().toString().replace('\\', '/');
                    try {
                      String src = Files.readString(p);
                      if (pkg.equals("eval")) {
                        return src.contains("dev.hinge.eval.inject.");
                      }
                      return !pkg.equals("cli")
                          && !pkg.startsWith("eval")
                          && src.contains("import dev.hinge.eval.");
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .map(Path::toString)
              .toList();
      assertThat(offenders).isEmpty();
    }
  }

  /** The journal's writes: an edge that called them would keep a second copy of a use case. */
  static final List<String> WRITES =
      List.of(
          ".saveAnalysis(",
          ".saveCheckIn(",
          ".addSet(",
          ".saveProfile(",
          ".importSets(",
          ".addVideo(",
          ".createJob(",
          ".updateJob(");

  @Test
  void theEdgesChangeTheJournalThroughTheUseCasesOnly() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      List<String> offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> List.of("cli", "web").contains(MAIN.relativize(p).getName(0).toString()))
              .filter(
                  p -> {
                    try {
                      String src = Files.readString(p);
                      return WRITES.stream().anyMatch(src::contains);
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .map(Path::toString)
              .toList();
      assertThat(offenders).isEmpty();
    }
  }

  /** The use cases are called by the edges and call the domain: never the other way round. */
  @Test
  void theUseCasesAreUsedByTheEdgesOnly() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      List<String> offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(
                  p -> {
                    String top = MAIN.relativize(p).getName(0).toString();
                    if (top.equals("app") || EDGES.contains(top)) {
                      return false;
                    }
                    try {
                      return Files.readString(p).contains("dev.hinge.app.");
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .map(Path::toString)
              .toList();
      assertThat(offenders).isEmpty();
    }
  }
}
