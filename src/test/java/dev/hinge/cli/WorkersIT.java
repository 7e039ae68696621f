package dev.hinge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hinge.journal.JournalTestSupport;
import dev.hinge.testing.Fixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out as deployed (docs/deploy.md), on the real PostgreSQL that {@code .ci/setup} starts and
 * with the real pose pipeline: a web-only server ({@code hinge serve --workers 0}) and {@code hinge
 * worker} processes sharing its database and video directory. Each upload is analysed exactly once
 * whichever worker takes it; a worker killed with {@code kill -9} mid-job leaves the job to
 * another.
 */
class WorkersIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final Pattern SERVING = Pattern.compile("on (http://127\\.0\\.0\\.1:\\d+)/");
  static final Pattern DONE = Pattern.compile("job (\\d+): done, analysis (\\d+)");

  @TempDir Path dir;
  final List<Hinge> started = new ArrayList<>();

  /** A running {@code hinge} process whose stderr is kept, line by line. */
  static final class Hinge {
    final Process process;
    final List<String> err = new ArrayList<>();

    Hinge(Process process) {
      this.process = process;
      Thread t =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                  for (String line; (line = r.readLine()) != null; ) {
                    synchronized (err) {
                      err.add(line);
                    }
                  }
                } catch (java.io.IOException e) {
                  // the process is gone
                }
              });
      t.setDaemon(true);
      t.start();
    }

    List<String> err() {
      synchronized (err) {
        return List.copyOf(err);
      }
    }

    /** The first match of {@code p} on stderr, waiting up to {@code seconds} for it. */
    Matcher await(Pattern p, int seconds) throws InterruptedException {
      long deadline = System.nanoTime() + seconds * 1_000_000_000L;
      while (System.nanoTime() < deadline) {
        for (String line : err()) {
          Matcher m = p.matcher(line);
          if (m.find()) {
            return m;
          }
        }
        assertThat(process.isAlive()).as("still running; stderr: %s", err()).isTrue();
        Thread.sleep(100);
      }
      throw new AssertionError("no " + p + " in " + seconds + " s; stderr: " + err());
    }

    /** The jobs this process finished, as the ids its log names. */
    Set<Long> done() {
      Set<Long> ids = new HashSet<>();
      for (String line : err()) {
        Matcher m = DONE.matcher(line);
        if (m.find()) {
          assertThat(ids.add(Long.parseLong(m.group(1)))).as("job done twice: %s", line).isTrue();
        }
      }
      return ids;
    }
  }

  Hinge hinge(String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    // the server and the workers share one data directory: the video store and the reports
    pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
    Hinge h = new Hinge(pb.start());
    started.add(h);
    return h;
  }

  @AfterEach
  void stop() throws InterruptedException {
    for (Hinge h : started) {
      h.process.destroy();
    }
    for (Hinge h : started) {
      if (!h.process.waitFor(20, TimeUnit.SECONDS)) {
        h.process.destroyForcibly();
      }
    }
  }

  static String pg() throws Exception {
    return JournalTestSupport.fresh("postgresql");
  }

  static JsonNode get(String base, String path) throws Exception {
    return JSON.readTree(
        HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString())
            .body());
  }

  static long upload(String base, Path video) throws Exception {
    String boundary = "hinge-" + UUID.randomUUID();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + video.getFileName()
                + "\"\r\nContent-Type: video/mp4\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(Files.readAllBytes(video));
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/videos"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    return JSON.readTree(r.body()).get("id").asLong();
  }

  static JsonNode waitFor(String base, long job, String status, int seconds) throws Exception {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    JsonNode j = null;
    while (System.nanoTime() < deadline) {
      j = get(base, "/api/v1/jobs/" + job);
      String s = j.get("status").asText();
      if (s.equals(status) || s.equals("done") || s.equals("failed")) {
        return j;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("job " + job + " not " + status + " in " + seconds + " s: " + j);
  }

  @Test
  void aWebOnlyServerAndTwoWorkersAnalyseTwentyUploadsEachExactlyOnce() throws Exception {
    String db = pg();
    Hinge server = hinge("serve", "--db", db, "--workers", "0", "--port", "0");
    String base = server.await(SERVING, 60).group(1);
    Hinge a = hinge("worker", "--db", db, "--workers", "1");
    Hinge b = hinge("worker", "--db", db, "--workers", "1");
    Path clip = Fixtures.video("jc_good.mp4");
    List<Long> jobs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      jobs.add(upload(base, clip));
    }
    Set<Long> analyses = new HashSet<>();
    for (long job : jobs) {
      JsonNode j = waitFor(base, job, "done", 600);
      assertThat(j.get("status").asText()).as("job %d: %s", job, j).isEqualTo("done");
      analyses.add(j.get("analysisId").asLong());
    }
    assertThat(analyses).as("one analysis per upload").hasSize(20);
    assertThat(get(base, "/api/v1/analyses")).hasSize(20);
    // a worker logs a job done just after it marks it so
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (a.done().size() + b.done().size() < 20 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    Set<Long> byA = a.done();
    Set<Long> byB = b.done();
    assertThat(byA).as("both workers took jobs").isNotEmpty();
    assertThat(byB).as("both workers took jobs").isNotEmpty();
    assertThat(byA).doesNotContainAnyElementsOf(byB);
    Set<Long> all = new HashSet<>(byA);
    all.addAll(byB);
    assertThat(all).containsExactlyInAnyOrderElementsOf(jobs);
    assertThat(server.done()).as("the web-only server analyses nothing").isEmpty();
    JsonNode workers = get(base, "/api/v1/workers");
    assertThat(workers).hasSize(2);
    assertThat(workers.findValuesAsText("name")).allMatch(n -> n.startsWith("worker on "));
  }

  @Test
  void aJobWhoseWorkerIsKilledMidwayIsFinishedByAnother() throws Exception {
    String db = pg();
    Hinge server = hinge("serve", "--db", db, "--workers", "0", "--port", "0");
    String base = server.await(SERVING, 60).group(1);
    Hinge doomed = hinge("worker", "--db", db, "--workers", "1");
    long job = upload(base, Fixtures.video("formfit_deadlift.mp4"));
    doomed.await(Pattern.compile("job " + job + ": analysing"), 60);
    JsonNode running = waitFor(base, job, "running", 30);
    assertThat(running.get("status").asText()).isEqualTo("running");
    doomed.process.destroyForcibly(); // SIGKILL: no shutdown hook, no goodbye to the queue
    assertThat(doomed.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    Hinge rescuer = hinge("worker", "--db", db, "--workers", "1");
    JsonNode j = waitFor(base, job, "done", 240);
    assertThat(j.get("status").asText()).as("%s", j).isEqualTo("done");
    rescuer.await(Pattern.compile("job " + job + ": done"), 10);
    assertThat(rescuer.done()).containsExactly(job);
    assertThat(doomed.done()).isEmpty();
    assertThat(get(base, "/api/v1/analyses")).hasSize(1);
  }
}
