package dev.hinge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
          ".analyses().save(",
          ".checkIns().save(",
          ".sets().log(",
          ".profiles().save(",
          ".sets().importSets(",
          ".uploads().addVideo(",
          ".uploads().createJob(",
          ".uploads().updateJob(",
          ".uploads().assignRunner(");

  /** Each record kind has its store; the journal opens the database and hands the stores out. */
  @Test
  void theJournalIsSplitIntoOneStorePerRecordKind() throws IOException {
    Path journal = MAIN.resolve("journal");
    for (String store :
        List.of("AnalysisStore", "SetStore", "CheckInStore", "UploadStore", "ProfileStore")) {
      assertThat(journal.resolve(store + ".java")).exists();
      assertThat(Files.readAllLines(journal.resolve(store + ".java")).size())
          .as("%s stays small", store)
          .isLessThan(400);
    }
    String src = Files.readString(journal.resolve("Journal.java"));
    assertThat(src).doesNotContain("INSERT ").doesNotContain("SELECT ").doesNotContain("UPDATE ");
    assertThat(src.lines().count()).isLessThan(300);
  }

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
                      // as written, chains may break across lines
                      String src = Files.readString(p).replaceAll("\\s+", "");
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

  /**
   * The packages' dependencies (top-level packages under dev.hinge, from the imports and fully
   * qualified names in the sources): package to the packages it uses.
   */
  static Map<String, Set<String>> packageGraph(Path main) throws IOException {
    Map<String, Set<String>> graph = new TreeMap<>();
    Pattern ref = Pattern.compile("dev\\.hinge\\.([a-z]+)\\.");
    try (Stream<Path> files = Files.walk(main)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path rel = main.relativize(p);
        if (rel.getNameCount() < 2) {
          continue;
        }
        String pkg = rel.getName(0).toString();
        Set<String> uses = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
        Matcher m = ref.matcher(Files.readString(p));
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            uses.add(m.group(1));
          }
        }
      }
    }
    return graph;
  }

  /** The cycles in {@code graph}: its strongly connected components of two or more (Tarjan). */
  static List<List<String>> cycles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new HashSet<>();
    List<List<String>> out = new ArrayList<>();
    for (String v : graph.keySet()) {
      if (!index.containsKey(v)) {
        strongConnect(v, graph, index, low, stack, onStack, out);
      }
    }
    return out;
  }

  private static void strongConnect(
      String v,
      Map<String, Set<String>> graph,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      List<List<String>> out) {
    index.put(v, index.size());
    low.put(v, index.get(v));
    stack.push(v);
    onStack.add(v);
    for (String w : graph.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        strongConnect(w, graph, index, low, stack, onStack, out);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      List<String> component = new ArrayList<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) {
        Collections.sort(component);
        out.add(component);
      }
    }
  }

  /** No package reaches back into one that uses it, however far round (farm-studio look). */
  @Test
  void noPackageCycles() throws IOException {
    Map<String, Set<String>> graph = packageGraph(MAIN);
    assertThat(graph).containsKeys("pose", "pipeline", "report", "journal", "jobs", "app");
    assertThat(cycles(graph)).as("package cycles in %s", graph).isEmpty();
  }

  /** The check fails on a cycle it is shown: the pose <-> pipeline cycle as it once was. */
  @Test
  void theCycleCheckFindsTheCyclesItIsShown() {
    Map<String, Set<String>> once = new TreeMap<>();
    once.put("core", Set.of());
    once.put("pose", Set.of("core", "pipeline"));
    once.put("pipeline", Set.of("core", "pose", "reps"));
    once.put("reps", Set.of("core"));
    once.put("report", Set.of("pipeline", "journal"));
    once.put("journal", Set.of("report"));
    assertThat(cycles(once))
        .containsExactlyInAnyOrder(List.of("pipeline", "pose"), List.of("journal", "report"));
    once.put("pose", Set.of("core"));
    once.put("journal", Set.of("core"));
    assertThat(cycles(once)).isEmpty();
  }
}
