package dev.hinge.bench;

import dev.hinge.app.UploadedVideos;
import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.journal.Journal;
import dev.hinge.journal.ReportStore;
import dev.hinge.journal.UploadStore;
import dev.hinge.journal.VideoStore;
import dev.hinge.pipeline.VideoAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Uploads per minute through the job queue with N {@code hinge worker} processes on this machine: a
 * fresh journal (a temporary SQLite file, or a new schema on a PostgreSQL server), N worker
 * processes started and reported on the queue, then {@code uploads} copies of a video queued at
 * once as the web server queues them; the clock runs from the first upload to the last analysis
 * saved. The workers' start (JVM, models) is not counted: it happens once per process.
 */
public final class JobsBench {
  /** One measured row. */
  public record Row(int workers, int uploads, int failed, double seconds) {
    public double perMinute() {
      return uploads * 60.0 / seconds;
    }
  }

  /** The bench queues; its workers, in their own processes, analyse. */
  private static final VideoAnalyzer NOTHING =
      (video, options, progress) -> {
        throw new IllegalStateException("the bench's own process analyses nothing");
      };

  private final List<String> hinge;
  private final PrintWriter log;

  /**
   * @param hinge the command that starts {@code hinge} (java, class path, main class), to which
   *     {@code worker ...} is appended
   * @param log where progress goes (stderr)
   */
  public JobsBench(List<String> hinge, PrintWriter log) {
    this.hinge = List.copyOf(hinge);
    this.log = log;
  }

  /**
   * Measures {@code uploads} analyses of {@code video} by {@code workers} worker processes, each
   * running one analysis at a time, on a fresh journal: a SQLite file, or a new schema on the
   * PostgreSQL server of {@code postgresUrl}.
   */
  public Row run(Path video, int workers, int uploads, Optional<String> postgresUrl)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("hinge-bench-jobs");
    String schema = "hinge_bench_" + UUID.randomUUID().toString().replace("-", "");
    String db =
        postgresUrl.map(u -> withSchema(u, schema)).orElse(dir.resolve("journal.db").toString());
    postgresUrl.ifPresent(u -> sql(u, "CREATE SCHEMA " + schema));
    List<Process> started = new ArrayList<>();
    try (Journal journal = Journal.open(db);
        UploadedVideos queue =
            new UploadedVideos(
                journal,
                new VideoStore(dir.resolve("videos")),
                NOTHING,
                Long.MAX_VALUE,
                Optional.of(new ReportStore(dir.resolve("reports"))))) {
      for (int i = 0; i < workers; i++) {
        List<String> cmd = new ArrayList<>(hinge);
        cmd.addAll(
            List.of(
                "worker",
                "--db",
                db,
                "--videos",
                dir.resolve("videos").toString(),
                "--reports",
                dir.resolve("reports").toString(),
                "--workers",
                "1"));
        started.add(
            new ProcessBuilder(cmd)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("worker-" + i + ".log").toFile())
                .start());
      }
      awaitWorkers(queue, workers, started, dir);
      long t0 = System.nanoTime();
      List<Long> jobs = new ArrayList<>();
      for (int i = 0; i < uploads; i++) {
        try (InputStream in = Files.newInputStream(video)) {
          jobs.add(queue.accept(in, "bench-" + i + ".mp4", null).jobId());
        }
      }
      int failed = 0;
      for (long id : jobs) {
        UploadStore.Job job = awaitJob(journal, id, started, dir);
        if (!job.status().equals(UploadStore.Job.DONE)) {
          failed++;
          log.printf("bench: job %d failed: %s%n", id, job.error());
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      log.printf(
          Locale.ROOT, "bench: %d worker(s): %d uploads in %.1f s%n", workers, uploads, seconds);
      log.flush();
      return new Row(workers, uploads, failed, seconds);
    } finally {
      for (Process p : started) {
        p.destroy();
      }
      for (Process p : started) {
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      }
      postgresUrl.ifPresent(u -> sql(u, "DROP SCHEMA " + schema + " CASCADE"));
      delete(dir);
    }
  }

  private void awaitWorkers(UploadedVideos queue, int n, List<Process> started, Path dir)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (queue.workers().stream().filter(w -> w.running()).count() < n) {
      alive(started, dir);
      if (System.nanoTime() > deadline) {
        throw new HingeException(
            ErrorKind.ENVIRONMENT, "the " + n + " worker(s) did not start in 120 s");
      }
      Thread.sleep(200);
    }
  }

  private UploadStore.Job awaitJob(Journal journal, long id, List<Process> started, Path dir)
      throws InterruptedException {
    while (true) {
      UploadStore.Job job = journal.uploads().job(id).orElseThrow();
      if (job.status().equals(UploadStore.Job.DONE)
          || job.status().equals(UploadStore.Job.FAILED)) {
        return job;
      }
      alive(started, dir);
      Thread.sleep(100);
    }
  }

  private static void alive(List<Process> started, Path dir) {
    for (int i = 0; i < started.size(); i++) {
      if (!started.get(i).isAlive()) {
        String why;
        try {
          why = Files.readString(dir.resolve("worker-" + i + ".log")).strip();
        } catch (IOException e) {
          why = e.getMessage();
        }
        throw new HingeException(
            ErrorKind.ENVIRONMENT,
            "worker " + (i + 1) + " exited with " + started.get(i).exitValue() + ": " + why);
      }
    }
  }

  static String withSchema(String url, String schema) {
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static void sql(String url, String statement) {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(statement);
    } catch (java.sql.SQLException e) {
      throw new HingeException(
          ErrorKind.STORAGE, "bench: " + statement + " failed: " + e.getMessage(), e);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
