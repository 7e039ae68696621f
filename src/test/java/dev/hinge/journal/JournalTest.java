package dev.hinge.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import dev.hinge.triage.Answers;
import dev.hinge.triage.CheckInParser;
import dev.hinge.triage.TrainingContext;
import dev.hinge.triage.TriageEngine;
import dev.hinge.triage.TriageResult;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The journal against SQLite (a file in a temporary directory) and against a real PostgreSQL server
 * when {@code HINGE_TEST_PG_URL} is set ({@code .ci/run} starts one), each test in a fresh schema.
 */
class JournalTest extends StoreTestBase {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  static String fresh(String kind) throws Exception {
    return JournalTestSupport.fresh(kind);
  }

  static Analysis set(int reps) {
    return AnalysisPipeline.analyze(
        SyntheticLifter.generate(SetSpec.clean(reps, reps)).track(), AnalysisOptions.NONE);
  }

  static TriageResult triage(String answers) {
    return new TriageEngine().evaluate(CheckInParser.parse(answers), TrainingContext.none());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void savedAnalysesAndCheckInsReadBackAndExport(String kind) throws Exception {
    Analysis three = set(3);
    Analysis two = set(2);
    String answers = Answers.doms().json();
    try (Journal j = Journal.open(fresh(kind), DAY)) {
      long a = j.analyses().save(three, OptionalDouble.of(140));
      long b = j.analyses().save(two, OptionalDouble.empty());
      long c = j.checkIns().save(answers, triage(answers));
      assertThat(b).isGreaterThan(a);
      assertThat(c).isPositive();

      List<AnalysisStore.AnalysisSummary> list = j.analyses().list();
      assertThat(list).extracting(AnalysisStore.AnalysisSummary::id).containsExactly(b, a);
      AnalysisStore.AnalysisSummary first = list.get(1);
      assertThat(first.day()).isEqualTo("2026-11-20");
      assertThat(first.fullReps()).isEqualTo(3);
      assertThat(first.loadKg()).isEqualTo(140.0);
      assertThat(first.meanVelocityMps())
          .isCloseTo(
              three.set().meanConcentricVelocityMps(), org.assertj.core.data.Offset.offset(1e-9));
      assertThat(list.get(0).loadKg()).isNull();

      JsonNode report = JSON.readTree(j.analyses().json(a).orElseThrow());
      assertThat(report.get("format").asText()).isEqualTo("hinge.analysis/1");
      assertThat(report.get("reps")).hasSize(3);
      assertThat(j.analyses().json(b + 100)).isEmpty();

      assertThat(j.analyses().reps()).hasSize(5);
      StringBuilder csv = new StringBuilder();
      JournalExport.csv(j, csv);
      List<CSVRecord> rows =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .build()
              .parse(new StringReader(csv.toString()))
              .getRecords();
      assertThat(rows).hasSize(5);
      assertThat(rows.get(0).get("analysis_id")).isEqualTo(Long.toString(a));
      assertThat(rows.get(0).get("load_kg")).isEqualTo("140.0");
      assertThat(rows.get(4).get("load_kg")).isEmpty();
      assertThat(rows).extracting(r -> r.get("rep")).containsExactly("1", "2", "3", "1", "2");

      JsonNode export = JournalExport.json(j);
      assertThat(export.get("analyses")).hasSize(2);
      assertThat(export.get("checkins")).hasSize(1);
      assertThat(export.at("/checkins/0/disposition").asText()).isEqualTo("SELF_CARE");
      assertThat(export.at("/checkins/0/answers/age").asInt()).isEqualTo(30);
    }
  }

  /** A set filmed from the front keeps no back-load figure: none, rather than a few N·m. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aSetFilmedFromTheFrontKeepsNoBackLoadFigure(String kind) throws Exception {
    Analysis front =
        AnalysisPipeline.analyze(
            SyntheticLifter.generate(SetSpec.clean(2, 2).withYaw(88)).track(),
            AnalysisOptions.NONE);
    try (Journal j = Journal.open(fresh(kind), DAY)) {
      j.analyses().save(front, OptionalDouble.empty());
      assertThat(j.analyses().list().get(0).peakMomentNm()).isNull();
      assertThat(j.analyses().reps()).allMatch(r -> r.peakMomentNm() == null);
      assertThat(
              j.analyses()
                  .trainingContext(AnalysisStore.RECENT_TRAINING)
                  .recentSet()
                  .orElseThrow()
                  .peakLumbarMomentNm())
          .isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void faultsAreStoredWithTheirRep(String kind) throws Exception {
    Analysis a = JournalTestSupport.setWithBarDriftOnRep2();
    assertThat(a.reps().get(1).faults()).isNotEmpty();
    try (Journal j = Journal.open(fresh(kind), DAY)) {
      j.analyses().save(a, OptionalDouble.empty());
      assertThat(j.analyses().list().get(0).faults())
          .anyMatch(f -> f.startsWith("rep 2 BAR_DRIFT"));
      assertThat(j.analyses().reps().get(0).faults()).isEmpty();
      assertThat(j.analyses().reps().get(1).faults()).contains("BAR_DRIFT:");

      // a check-in soon after is linked to this set and its faults
      var recent =
          j.analyses().trainingContext(AnalysisStore.RECENT_TRAINING).recentSet().orElseThrow();
      assertThat(recent.repCount()).isEqualTo(2);
      assertThat(recent.faults())
          .anySatisfy(
              f -> {
                assertThat(f.code()).isEqualTo("BAR_DRIFT");
                assertThat(f.reps()).contains(2).doesNotContain(1);
              });
      assertThat(recent.peakLumbarMomentNm()).isPresent();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aSetSavedAWeekAgoIsNotLinkedToTodaysCheckIn(String kind) throws Exception {
    String db = fresh(kind);
    try (Journal j = Journal.open(db, DAY)) {
      j.analyses().save(set(1), OptionalDouble.empty());
      assertThat(j.analyses().trainingContext(AnalysisStore.RECENT_TRAINING).recentSet())
          .isPresent();
    }
    try (Journal j = Journal.open(db, Clock.offset(DAY, java.time.Duration.ofDays(7)))) {
      assertThat(j.analyses().trainingContext(AnalysisStore.RECENT_TRAINING).recentSet()).isEmpty();
    }
  }

  @Test
  void aSqliteJournalKeepsItsDataAcrossRestartsInWalMode() throws Exception {
    String file = fresh("sqlite");
    try (Journal j = Journal.open(file, DAY)) {
      j.analyses().save(set(1), OptionalDouble.of(100));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        var rs = s.executeQuery("PRAGMA journal_mode")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
    }
    try (Journal j = Journal.open(file, DAY)) {
      assertThat(j.analyses().list()).hasSize(1);
      j.analyses().save(set(1), OptionalDouble.of(105));
      assertThat(j.analyses().list()).hasSize(2);
    }
  }

  /**
   * Another program holds the SQLite file locked (an exclusive transaction) past the busy timeout:
   * the save fails with a storage error naming the database, and what was saved before is intact.
   */
  @Test
  void aLockedJournalFailsCleanlyAndLosesNothing() throws Exception {
    String file = fresh("sqlite");
    try (Journal j = Journal.open(file, DAY)) {
      long first = j.analyses().save(set(1), OptionalDouble.of(100));
      try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement s = other.createStatement()) {
        s.execute("PRAGMA busy_timeout=0");
        s.execute("BEGIN EXCLUSIVE");
        assertThatThrownBy(() -> j.analyses().save(set(2), OptionalDouble.of(110)))
            .isInstanceOf(HingeException.class)
            .satisfies(e -> assertThat(((HingeException) e).kind()).isEqualTo(ErrorKind.STORAGE))
            .hasMessageContaining("cannot write to the journal")
            .hasMessageContaining(file)
            .hasMessageContaining("locked");
        s.execute("ROLLBACK");
      }
      assertThat(j.analyses().list())
          .extracting(AnalysisStore.AnalysisSummary::id)
          .containsExactly(first);
      assertThat(j.analyses().reps()).hasSize(1);
      // and the journal works again once the lock is gone
      j.analyses().save(set(2), OptionalDouble.of(110));
      assertThat(j.analyses().list()).hasSize(2);
    }
  }

  @Test
  void aJournalThatCannotBeCreatedSaysWhereAndWhy() throws Exception {
    Path blocker = Files.writeString(dir.resolve("not-a-directory"), "x");
    assertThatThrownBy(() -> Journal.open(blocker.resolve("journal.db").toString()))
        .isInstanceOf(HingeException.class)
        .satisfies(e -> assertThat(((HingeException) e).kind()).isEqualTo(ErrorKind.STORAGE))
        .hasMessageContaining(blocker.toString());
  }

  @Test
  void aDatabaseUrlOtherThanPostgresqlIsRefused() {
    assertThatThrownBy(() -> Journal.open("jdbc:mysql://localhost/hinge"))
        .isInstanceOf(HingeException.class)
        .hasMessageContaining("jdbc:postgresql:")
        .hasMessageContaining("jdbc:mysql://localhost/hinge");
  }

  @Test
  void aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws Exception {
    Path junk = Files.writeString(dir.resolve("notes.txt"), "my training notes, not a database\n");
    assertThatThrownBy(() -> Journal.open(junk.toString()))
        .isInstanceOf(HingeException.class)
        .satisfies(e -> assertThat(((HingeException) e).kind()).isEqualTo(ErrorKind.STORAGE));
    assertThat(Files.readString(junk)).isEqualTo("my training notes, not a database\n");
  }
}
