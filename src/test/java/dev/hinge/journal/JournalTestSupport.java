package dev.hinge.journal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Fresh journal locations for tests: a SQLite file in a temporary directory, or a new schema on the
 * PostgreSQL server named by {@code HINGE_TEST_PG_URL} ({@code .ci/run} starts one).
 */
public final class JournalTestSupport {
  private static Path dir;

  private JournalTestSupport() {}

  /** The databases to run against: SQLite always, PostgreSQL when a server is configured. */
  public static Stream<String> databases() {
    return System.getenv("HINGE_TEST_PG_URL") == null
        ? Stream.of("sqlite")
        : Stream.of("sqlite", "postgresql");
  }

  public static synchronized String fresh(String kind) throws Exception {
    if (kind.equals("sqlite")) {
      if (dir == null) {
        dir = Files.createTempDirectory("hinge-journal-test");
        dir.toFile().deleteOnExit();
      }
      return dir.resolve("journal-" + UUID.randomUUID() + ".db").toString();
    }
    String url = System.getenv("HINGE_TEST_PG_URL");
    assumeTrue(url != null, "HINGE_TEST_PG_URL is not set");
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
