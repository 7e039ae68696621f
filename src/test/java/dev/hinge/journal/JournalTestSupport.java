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

  /** A two-rep set whose second rep drifts away from the legs (BAR_DRIFT). */
  public static dev.hinge.pipeline.Analysis setWithBarDriftOnRep2() {
    dev.hinge.synthetic.SetSpec spec =
        new dev.hinge.synthetic.SetSpec(
            7,
            java.util.List.of(
                new dev.hinge.synthetic.SetSpec.RepSpec(1.2, 0.6, 1.2, java.util.Set.of()),
                new dev.hinge.synthetic.SetSpec.RepSpec(
                    1.2, 0.6, 1.2, java.util.Set.of(dev.hinge.faults.FaultCode.BAR_DRIFT))),
            false,
            1.8,
            30,
            4,
            0,
            800,
            0.5,
            0,
            0,
            false,
            false);
    return dev.hinge.pipeline.AnalysisPipeline.analyze(
        dev.hinge.synthetic.SyntheticLifter.generate(spec).track(),
        dev.hinge.pipeline.AnalysisOptions.NONE);
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
