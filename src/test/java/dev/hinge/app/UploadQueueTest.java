package dev.hinge.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.journal.AnalysisStore;
import dev.hinge.journal.Journal;
import dev.hinge.journal.JournalTestSupport;
import dev.hinge.journal.UploadStore;
import dev.hinge.journal.VideoStore;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.pipeline.VideoAnalyzer;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import dev.hinge.testing.GeneratedVideos;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Uploads on the job queue (JobRunr in the journal's database), on SQLite and on the real
 * PostgreSQL: each upload analysed exactly once, a failure that is not the input's run again, bad
 * input failed once, jobs from the journal's old job table queued after the upgrade. The pose stage
 * is stood in for by the synthetic lifter; the analysis and the queue are the real ones.
 */
class UploadQueueTest {
  @TempDir Path dir;

  static Stream<String> databases() {
    return JournalTestSupport.databases();
  }

  /** A synthetic 3-rep set, counting the analyses it does. */
  static VideoAnalyzer counting(AtomicInteger calls) {
    return (video, options, progress) -> {
      calls.incrementAndGet();
      progress.progress("pose", 0.5);
      var track = SyntheticLifter.generate(SetSpec.clean(3, 3)).track();
      return new VideoAnalyzer.Result(AnalysisPipeline.analyze(track, options), track);
    };
  }

  byte[] video(int seed) throws Exception {
    return Files.readAllBytes(
        GeneratedVideos.write(
            dir.resolve("clip" + seed + ".mp4"),
            64,
            48,
            GeneratedVideos.constantRate(15, 30),
            seed));
  }

  UploadedVideos uploads(Journal j, VideoAnalyzer analyzer) {
    return new UploadedVideos(
        j, new VideoStore(dir.resolve("videos")), analyzer, 10_000_000, Optional.empty());
  }

  static UploadStore.Job waitFor(Journal j, long id, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      UploadStore.Job job = j.uploads().job(id).orElseThrow();
      if (job.status().equals(UploadStore.Job.DONE)
          || job.status().equals(UploadStore.Job.FAILED)) {
        return job;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job " + id + " did not finish in " + seconds + " s");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void twentyUploadsOnTwoWorkersAreEachAnalysedExactlyOnce(String kind) throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (Journal j = Journal.open(JournalTestSupport.fresh(kind));
        UploadedVideos u = uploads(j, counting(calls))) {
      byte[] bytes = video(0);
      List<Long> jobs =
          Stream.iterate(0, i -> i + 1)
              .limit(20)
              .map(i -> u.accept(new ByteArrayInputStream(bytes), "set" + i + ".mp4", null).jobId())
              .toList();
      // every process queues what it finds unqueued when it starts: never twice
      u.resume();
      u.resume();
      u.startWorkers(2, "test");
      Set<Long> analyses = new HashSet<>();
      for (long id : jobs) {
        UploadStore.Job done = waitFor(j, id, 120);
        assertThat(done.status()).isEqualTo(UploadStore.Job.DONE);
        analyses.add(done.analysisId());
      }
      assertThat(analyses).hasSize(20);
      assertThat(j.analyses().list()).hasSize(20);
      assertThat(calls.get()).isEqualTo(20);
      assertThat(u.workers())
          .singleElement()
          .satisfies(
              w -> {
                assertThat(w.threads()).isEqualTo(2);
                assertThat(w.name()).startsWith("test on ");
                assertThat(w.running()).isTrue();
              });
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aFailureThatIsNotTheInputsRunsAgainAndBadInputFailsOnce(String kind) throws Exception {
    AtomicInteger calls = new AtomicInteger();
    AtomicInteger tries = new AtomicInteger();
    AtomicInteger badCalls = new AtomicInteger();
    VideoAnalyzer good = counting(calls);
    VideoAnalyzer analyzer =
        (video, options, progress) -> {
          if (options.loadKg().isPresent()) {
            // the upload with a load is bad input: no lifter in it
            badCalls.incrementAndGet();
            throw HingeException.unanalyzable("no person found in any of the 15 frames");
          }
          if (tries.incrementAndGet() == 1) {
            // the first try meets a database hiccup
            throw new HingeException(ErrorKind.STORAGE, "the journal's database went away");
          }
          return good.analyze(video, options, progress);
        };
    try (Journal j = Journal.open(JournalTestSupport.fresh(kind));
        UploadedVideos u = uploads(j, analyzer)) {
      long retried = u.accept(new ByteArrayInputStream(video(1)), "set.mp4", null).jobId();
      long bad = u.accept(new ByteArrayInputStream(video(2)), "gym.mp4", "100").jobId();
      u.startWorkers(1, "test");
      UploadStore.Job done = waitFor(j, retried, 60);
      assertThat(done.status()).isEqualTo(UploadStore.Job.DONE);
      assertThat(tries.get()).as("tried again after the hiccup").isEqualTo(2);
      assertThat(calls.get()).as("analysed once").isEqualTo(1);
      UploadStore.Job failed = waitFor(j, bad, 60);
      assertThat(failed.status()).isEqualTo(UploadStore.Job.FAILED);
      assertThat(failed.error()).isEqualTo("no person found in any of the 15 frames");
      // a retry would come 3 s after the failure and a poll (5 s) later at most
      Thread.sleep(9_000);
      assertThat(badCalls.get()).as("bad input is not retried").isEqualTo(1);
      assertThat(j.uploads().job(bad).orElseThrow().status()).isEqualTo(UploadStore.Job.FAILED);
    }
  }

  /**
   * A worker killed after it saved an analysis and before it marked the job done: the job's record
   * holds the analysis (saved in the same transaction), so the try after marks it done and does not
   * analyse the video again.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aJobWhoseAnalysisWasSavedIsNotAnalysedAgain(String kind) throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (Journal j = Journal.open(JournalTestSupport.fresh(kind));
        UploadedVideos u = uploads(j, counting(calls))) {
      long id = u.accept(new ByteArrayInputStream(video(4)), "set.mp4", null).jobId();
      long saved =
          j.inTransaction(
              () -> {
                long a =
                    j.analyses()
                        .save(JournalTestSupport.setWithBarDriftOnRep2(), OptionalDouble.empty());
                j.uploads().updateJob(id, UploadStore.Job.RUNNING, 0.99, a, null);
                return a;
              });
      // then the queue gave the job another try (the master saw the worker's reports stop)
      j.uploads().requeue(id);
      assertThat(j.uploads().job(id).orElseThrow().analysisId()).isEqualTo(saved);
      u.startWorkers(1, "test");
      UploadStore.Job done = waitFor(j, id, 60);
      assertThat(done.status()).isEqualTo(UploadStore.Job.DONE);
      assertThat(done.analysisId()).isEqualTo(saved);
      assertThat(calls.get()).as("not analysed again").isZero();
      assertThat(j.analyses().list()).hasSize(1);
    }
  }

  /**
   * A journal from before the queue (schema version 7) with a queued and an interrupted job in its
   * own job table: after the upgrade both are queued and analysed, once.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void jobsQueuedUnderTheOldTableAreMigrated(String kind) throws Exception {
    String db = JournalTestSupport.fresh(kind);
    boolean postgres = db.startsWith("jdbc:");
    String url = postgres ? db : "jdbc:sqlite:" + db;
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration")
        .placeholders(
            Map.of(
                "id",
                postgres
                    ? "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
                    : "INTEGER PRIMARY KEY AUTOINCREMENT"))
        .target("7")
        .load()
        .migrate();
    VideoStore store = new VideoStore(dir.resolve("videos"));
    VideoStore.Stored stored = store.store(new ByteArrayInputStream(video(3)), 10_000_000);
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO videos (sha256, size_bytes, original_name, created_at) VALUES ('"
              + stored.sha256()
              + "', "
              + stored.sizeBytes()
              + ", 'old.mp4', '2026-11-01T10:00:00Z')");
      for (String status : List.of("queued", "running")) {
        s.execute(
            "INSERT INTO jobs (video_id, status, progress, created_at, updated_at, upload_name)"
                + " VALUES (1, '"
                + status
                + "', 0.3, '2026-11-01T10:00:00Z', '2026-11-01T10:00:01Z', 'old.mp4')");
      }
    }
    AtomicInteger calls = new AtomicInteger();
    try (Journal j = Journal.open(db);
        UploadedVideos u =
            new UploadedVideos(j, store, counting(calls), 10_000_000, Optional.empty())) {
      assertThat(j.uploads().jobs(UploadStore.Job.QUEUED))
          .singleElement()
          .extracting(UploadStore.Job::runnerId)
          .isNull();
      u.resume();
      u.resume();
      u.startWorkers(2, "test");
      Supplier<List<UploadStore.Job>> both =
          () -> List.of(j.uploads().job(1).orElseThrow(), j.uploads().job(2).orElseThrow());
      waitFor(j, 1, 60);
      waitFor(j, 2, 60);
      assertThat(both.get())
          .allSatisfy(
              job -> {
                assertThat(job.status()).isEqualTo(UploadStore.Job.DONE);
                assertThat(job.runnerId()).isNotNull();
              });
      assertThat(calls.get()).isEqualTo(2);
      assertThat(j.analyses().list())
          .extracting(AnalysisStore.AnalysisSummary::videoName)
          .containsOnly("old.mp4");
    }
  }
}
