package dev.hinge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hinge.journal.AnalysisStore;
import dev.hinge.journal.Journal;
import dev.hinge.journal.JournalTestSupport;
import dev.hinge.journal.ProfileStore;
import dev.hinge.journal.UploadStore;
import dev.hinge.journal.VideoStore;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.pipeline.VideoAnalyzer;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import dev.hinge.testing.GeneratedVideos;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Video uploads through the real server: multipart upload, content check, content-addressed
 * storage, the background job and its progress, and a restart that resumes an interrupted job. The
 * pose stage is stood in for by the synthetic lifter (the models are not needed here); the analysis
 * itself is the real one. The real pose stage runs in {@link BrowserIT}.
 */
class UploadTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  /** The analysis of a synthetic 3-rep set, reporting progress as the pose stage would. */
  static final VideoAnalyzer SYNTHETIC =
      (video, options, progress) -> {
        for (int i = 1; i <= 10; i++) {
          progress.progress("pose", 0.09 * i);
        }
        var track = SyntheticLifter.generate(SetSpec.clean(3, 3)).track();
        return new VideoAnalyzer.Result(AnalysisPipeline.analyze(track, options), track);
      };

  WebServer server(Journal j, VideoAnalyzer analyzer, long maxBytes) {
    return WebServer.start(
        j,
        "127.0.0.1",
        0,
        Optional.empty(),
        Optional.of(
            new WebServer.Uploads(new VideoStore(dir.resolve("videos")), analyzer, maxBytes, 1)));
  }

  static HttpResponse<String> upload(
      WebServer s, String field, String name, byte[] bytes, String loadKg) throws Exception {
    String boundary = "hinge-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (loadKg != null) {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"loadKg\"\r\n\r\n"
                  + loadKg
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + field
                + "\"; filename=\""
                + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(bytes);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/v1/videos"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode get(WebServer s, String path) throws Exception {
    return JSON.readTree(
        HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString())
            .body());
  }

  static JsonNode waitForJob(WebServer s, long id) throws Exception {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      JsonNode job = get(s, "/api/v1/jobs/" + id);
      String status = job.get("status").asText();
      assertThat(status).isIn("queued", "running", "done", "failed");
      if (status.equals("done") || status.equals("failed")) {
        return job;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("job " + id + " did not finish in 30 s");
  }

  byte[] video() throws Exception {
    return Files.readAllBytes(
        GeneratedVideos.write(
            dir.resolve("clip.mp4"), 64, 48, GeneratedVideos.constantRate(15, 30), 0));
  }

  long storedFiles() throws Exception {
    Path videos = dir.resolve("videos");
    if (!Files.exists(videos)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(videos)) {
      return s.filter(Files::isRegularFile).count();
    }
  }

  static Stream<String> databases() {
    return JournalTestSupport.databases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anUploadedVideoIsAnalysedInTheBackgroundAndSaved(String kind) throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh(kind));
        WebServer s = server(j, SYNTHETIC, 10_000_000)) {
      // the lifter's profile: height sets the scale, body mass the back-load estimate
      j.profiles()
          .save(new ProfileStore.Profile(OptionalDouble.of(182), OptionalDouble.of(90), "kg"));
      byte[] bytes = video();
      HttpResponse<String> r = upload(s, "file", "../../etc/my set.mp4", bytes, "140");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
      JsonNode accepted = JSON.readTree(r.body());
      assertThat(accepted.get("status").asText()).isEqualTo("queued");
      long id = accepted.get("id").asLong();
      assertThat(r.headers().firstValue("Location")).contains("/api/v1/jobs/" + id);

      JsonNode done = waitForJob(s, id);
      assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("done");
      assertThat(done.get("progress").asDouble()).isEqualTo(1.0);
      long analysis = done.get("analysisId").asLong();
      JsonNode report = get(s, "/api/v1/analyses/" + analysis);
      assertThat(report.get("reps")).hasSize(3);
      assertThat(report.at("/scale/source").asText()).isEqualTo("lifter_height");
      assertThat(report.at("/reps/0/load/bodyMassKg").asDouble()).isEqualTo(90.0);
      assertThat(j.analyses().list().get(0).loadKg()).isEqualTo(140.0);
      assertThat(j.analyses().list().get(0).videoName()).isEqualTo("my set.mp4");

      // stored once, under its hash, never under the name the client sent
      String sha =
          java.util.HexFormat.of()
              .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
      assertThat(dir.resolve("videos").resolve(sha.substring(0, 2)).resolve(sha))
          .hasBinaryContent(bytes);
      JsonNode again =
          waitForJob(
              s,
              JSON.readTree(upload(s, "file", "again.mp4", bytes, null).body()).get("id").asLong());
      assertThat(again.get("status").asText()).isEqualTo("done");
      assertThat(storedFiles()).isEqualTo(1);
      // the same bytes sent under another name are analysed and listed under that name
      assertThat(
              get(s, "/api/v1/analyses/" + again.get("analysisId").asLong())
                  .at("/video/name")
                  .asText())
          .isEqualTo("again.mp4");
      assertThat(j.analyses().list())
          .extracting(AnalysisStore.AnalysisSummary::videoName)
          .containsExactlyInAnyOrder("my set.mp4", "again.mp4");
    }
  }

  @Test
  void whatIsNotAVideoIsRefusedAndNothingIsKept() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = server(j, SYNTHETIC, 10_000_000)) {
      HttpResponse<String> text =
          upload(
              s,
              "file",
              "set.mp4",
              "deadlift 5x5 @ 140\n".repeat(100).getBytes(StandardCharsets.UTF_8),
              null);
      assertThat(text.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(text.body()).get("message").asText())
          .contains("not a video FFmpeg can read")
          .doesNotContain(dir.toString());

      // a PNG renamed .mp4: FFmpeg opens it as a one-frame video
      java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
      javax.imageio.ImageIO.write(
          new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB),
          "png",
          png);
      HttpResponse<String> still = upload(s, "file", "set.mp4", png.toByteArray(), null);
      assertThat(still.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(still.body()).get("message").asText()).contains("still image");

      HttpResponse<String> wrongField = upload(s, "video", "set.mp4", video(), null);
      assertThat(wrongField.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(wrongField.body()).get("message").asText()).contains("'file'");

      HttpResponse<String> badLoad = upload(s, "file", "set.mp4", video(), "heavy");
      assertThat(badLoad.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(badLoad.body()).get("message").asText()).contains("\"heavy\"");

      assertThat(storedFiles()).isZero();
      assertThat(get(s, "/api/v1/jobs/99").get("error").asText()).isEqualTo("not_found");
    }
  }

  @Test
  void anUploadOverTheCapIsRefused() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = server(j, SYNTHETIC, 2_000)) {
      HttpResponse<String> r = upload(s, "file", "big.mp4", new byte[50_000], null);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
      assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("too_large");
      assertThat(storedFiles()).isZero();
    }
  }

  /**
   * An upload's best rep, drawn from its own video at the floor break, the bar at the knee and
   * lockout, for the page that sets it against the lifter's best set; a set without one is a 404.
   */
  @Test
  void anUploadsBestRepIsDrawnFromItsVideo() throws Exception {
    var track = SyntheticLifter.generate(SetSpec.clean(3, 3)).track();
    byte[] clip =
        Files.readAllBytes(
            GeneratedVideos.write(
                dir.resolve("long.mp4"),
                64,
                48,
                GeneratedVideos.constantRate(track.frames().size(), 30),
                0));
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s =
            WebServer.start(
                j,
                "127.0.0.1",
                0,
                Optional.empty(),
                Optional.of(
                    new WebServer.Uploads(
                        new VideoStore(dir.resolve("videos")), SYNTHETIC, 10_000_000, 1)),
                Optional.of(new dev.hinge.journal.ReportStore(dir.resolve("reports"))))) {
      long id = JSON.readTree(upload(s, "file", "set.mp4", clip, null).body()).get("id").asLong();
      JsonNode job = waitForJob(s, id);
      assertThat(job.get("status").asText()).as("%s", job).isEqualTo("done");
      long analysis = job.get("analysisId").asLong();
      String base = "http://127.0.0.1:" + s.port() + "/analyses/";
      HttpResponse<byte[]> png =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base + analysis + "/best-rep.png")).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(png.statusCode()).isEqualTo(200);
      assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
      java.awt.image.BufferedImage img =
          javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
      assertThat(img.getHeight()).isEqualTo(dev.hinge.report.BestRepStrip.HEIGHT);
      assertThat(img.getWidth()).isEqualTo(3 * 320);
      HttpResponse<String> none =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base + (analysis + 1) + "/best-rep.png")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(none.statusCode()).isEqualTo(404);
      assertThat(JSON.readTree(none.body()).get("message").asText())
          .contains("no picture of the best rep");
    }
  }

  @Test
  void aFailedAnalysisSaysWhy() throws Exception {
    VideoAnalyzer nobody =
        (video, options, progress) -> {
          throw dev.hinge.core.HingeException.unanalyzable(
              "no person found in any of the 15 frames");
        };
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = server(j, nobody, 10_000_000)) {
      long id =
          JSON.readTree(upload(s, "file", "empty-gym.mp4", video(), null).body())
              .get("id")
              .asLong();
      JsonNode job = waitForJob(s, id);
      assertThat(job.get("status").asText()).isEqualTo("failed");
      assertThat(job.get("error").asText()).contains("no person found");
      assertThat(job.has("analysisId")).isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aJobInterruptedByARestartRunsAgainAfterIt(String kind) throws Exception {
    String db = JournalTestSupport.fresh(kind);
    CountDownLatch started = new CountDownLatch(1);
    VideoAnalyzer hangs =
        (video, options, progress) -> {
          started.countDown();
          try {
            Thread.sleep(60_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          throw new IllegalStateException("stopped");
        };
    long id;
    try (Journal j = Journal.open(db)) {
      WebServer s = server(j, hangs, 10_000_000);
      id = JSON.readTree(upload(s, "file", "set.mp4", video(), null).body()).get("id").asLong();
      started.await();
      // the server stops mid-analysis, the way a killed process would leave it: still "running"
      s.close();
      j.uploads().updateJob(id, UploadStore.Job.RUNNING, 0.4, null, null);
    }
    try (Journal j = Journal.open(db);
        WebServer s = server(j, SYNTHETIC, 10_000_000)) {
      JsonNode job = waitForJob(s, id);
      assertThat(job.get("status").asText()).isEqualTo("done");
      assertThat(job.get("analysisId").asLong()).isPositive();
    }
  }
}
