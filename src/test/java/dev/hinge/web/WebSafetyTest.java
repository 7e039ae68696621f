package dev.hinge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hinge.core.HingeException;
import dev.hinge.journal.Journal;
import dev.hinge.journal.JournalTestSupport;
import dev.hinge.journal.VideoStore;
import dev.hinge.triage.Answers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The server probed as an attacking page and a careless client would: other sites' writes, a
 * rebound DNS name, bodies that are malformed, short or slow, Jetty's own errors, leftovers of a
 * crash. Raw HTTP on a socket where java.net.http will not send the probe.
 */
class WebSafetyTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static final String SET = "{\"exercise\": \"deadlift\", \"loadKg\": 140, \"reps\": 5}";

  @TempDir Path dir;

  static Stream<String> databases() {
    return JournalTestSupport.databases();
  }

  WebServer server(Journal j) {
    return WebServer.start(
        j,
        "127.0.0.1",
        0,
        Optional.empty(),
        Optional.of(
            new WebServer.Uploads(
                new VideoStore(dir.resolve("videos")), UploadTest.SYNTHETIC, 50_000_000, 1)));
  }

  static String head(WebServer s, String requestLine, String... headers) {
    StringBuilder b = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1:" + s.port());
    for (String h : headers) {
      b.append("\r\n").append(h);
    }
    return b.append("\r\nConnection: close").toString();
  }

  static String post(WebServer s, String path, String body, String... headers) {
    List<String> all = new ArrayList<>(List.of(headers));
    all.add("Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length);
    return head(s, "POST " + path + " HTTP/1.1", all.toArray(String[]::new));
  }

  static JsonNode json(RawHttp.Response r) throws Exception {
    assertThat(r.header("content-type")).as(r.body()).startsWith("application/json");
    JsonNode n = JSON.readTree(r.body());
    assertThat(n.get("error").isTextual()).isTrue();
    assertThat(n.get("message").asText()).isNotBlank().doesNotContain("\n");
    return n;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anotherSitesPageCannotWriteToTheJournal(String kind) throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh(kind));
        WebServer s = server(j)) {
      String checkIn = Answers.doms().json();
      // fetch(..., {mode: 'no-cors', headers: {'Content-Type': 'text/plain'}}) from evil.example
      RawHttp.Response noCors =
          RawHttp.send(
              s.port(),
              post(
                  s,
                  "/api/v1/checkins",
                  checkIn,
                  "Content-Type: text/plain;charset=UTF-8",
                  "Origin: https://evil.example",
                  "Sec-Fetch-Site: cross-site"),
              checkIn);
      assertThat(noCors.status()).isEqualTo(403);
      assertThat(json(noCors).get("error").asText()).isEqualTo("cross_site");
      // the same with application/json (a preflight would stop a browser; the server does too)
      RawHttp.Response cors =
          RawHttp.send(
              s.port(),
              post(
                  s,
                  "/api/v1/sets",
                  SET,
                  "Content-Type: application/json",
                  "Origin: http://evil.example"),
              SET);
      assertThat(cors.status()).isEqualTo(403);
      // a same-site page on another port is another origin
      RawHttp.Response otherPort =
          RawHttp.send(
              s.port(),
              post(
                  s,
                  "/api/v1/sets",
                  SET,
                  "Content-Type: application/json",
                  "Origin: http://127.0.0.1:1",
                  "Sec-Fetch-Site: same-site"),
              SET);
      assertThat(otherPort.status()).isEqualTo(403);
      // a cross-origin FormData upload
      String multipart =
          "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.mp4\"\r\n\r\n"
              + "xx\r\n--b--\r\n";
      RawHttp.Response upload =
          RawHttp.send(
              s.port(),
              post(
                  s,
                  "/api/v1/videos",
                  multipart,
                  "Content-Type: multipart/form-data; boundary=b",
                  "Origin: null"),
              multipart);
      assertThat(upload.status()).isEqualTo(403);
      // text/plain without any browser header: not JSON, whoever sends it
      RawHttp.Response plain =
          RawHttp.send(
              s.port(), post(s, "/api/v1/checkins", checkIn, "Content-Type: text/plain"), checkIn);
      assertThat(plain.status()).isEqualTo(415);
      assertThat(json(plain).get("message").asText()).contains("application/json", "text/plain");
      assertThat(j.checkIns().list()).isEmpty();
      assertThat(j.sets().list()).isEmpty();
      // its own pages, and clients that are not browsers, still write
      RawHttp.Response own =
          RawHttp.send(
              s.port(),
              post(
                  s,
                  "/api/v1/checkins",
                  checkIn,
                  "Content-Type: application/json",
                  "Origin: http://127.0.0.1:" + s.port(),
                  "Sec-Fetch-Site: same-origin"),
              checkIn);
      assertThat(own.status()).as(String.valueOf(own)).isEqualTo(201);
      RawHttp.Response script =
          RawHttp.send(
              s.port(), post(s, "/api/v1/sets", SET, "Content-Type: application/json"), SET);
      assertThat(script.status()).as(script.body()).isEqualTo(201);
      assertThat(j.checkIns().list()).hasSize(1);
      assertThat(j.sets().list()).hasSize(1);
    }
  }

  @Test
  void aNameRe_boundToThisMachineCannotReadTheJournal() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = server(j)) {
      String doms = Answers.doms().json();
      j.checkIns()
          .save(
              doms,
              new dev.hinge.triage.TriageEngine()
                  .evaluate(
                      dev.hinge.triage.CheckInParser.parse(doms),
                      new dev.hinge.triage.TrainingContext(Optional.empty())));
      RawHttp.Response evil =
          RawHttp.send(
              s.port(),
              "GET /api/v1/checkins HTTP/1.1\r\nHost: evil.example:"
                  + s.port()
                  + "\r\nConnection: close",
              (String) null);
      assertThat(evil.status()).isEqualTo(421);
      JsonNode body = json(evil);
      assertThat(body.get("error").asText()).isEqualTo("wrong_host");
      assertThat(body.get("message").asText()).contains("evil.example");
      assertThat(evil.body()).doesNotContain("createdAt");
      for (String host :
          new String[] {"127.0.0.1:" + s.port(), "localhost:" + s.port(), "[::1]:" + s.port()}) {
        RawHttp.Response ok =
            RawHttp.send(
                s.port(),
                "GET /api/v1/checkins HTTP/1.1\r\nHost: " + host + "\r\nConnection: close",
                (String) null);
        assertThat(ok.status()).as(host).isEqualTo(200);
      }
    }
  }

  @Test
  void malformedMultipartBodiesAreA400InJson() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = server(j)) {
      String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.mp4\"";
      for (String type :
          new String[] {
            "multipart/form-data",
            "multipart/form-data; boundary=zz",
            "multipart/form-data; boundary=b"
          }) {
        RawHttp.Response r =
            RawHttp.send(s.port(), post(s, "/api/v1/videos", body, "Content-Type: " + type), body);
        assertThat(r.status()).as(type).isEqualTo(400);
        assertThat(json(r).get("message").asText()).as(type).containsIgnoringCase("multipart");
      }
    }
  }

  @Test
  void aBodyShorterThanItsLengthTimesOutFastWithoutStarvingOthers() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = server(j)) {
      ExecutorService pool = Executors.newFixedThreadPool(40);
      try {
        List<Future<RawHttp.Response>> stalled = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          stalled.add(
              pool.submit(
                  () ->
                      RawHttp.send(
                          s.port(),
                          head(
                              s,
                              "POST /api/v1/sets HTTP/1.1",
                              "Content-Type: application/json",
                              "Content-Length: 100"),
                          "{\"reps\"".getBytes(StandardCharsets.UTF_8),
                          30_000)));
        }
        Thread.sleep(500);
        long t0 = System.nanoTime();
        RawHttp.Response profile =
            RawHttp.send(s.port(), head(s, "GET /api/v1/profile HTTP/1.1"), (String) null);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(profile.status()).isEqualTo(200);
        assertThat(ms).as("GET /api/v1/profile while 40 bodies stall").isLessThan(2_000);
        for (Future<RawHttp.Response> f : stalled) {
          RawHttp.Response r = f.get();
          assertThat(r.status()).as(r.body()).isIn(400, 408);
          assertThat(r.millis()).isLessThan(15_000);
          json(r);
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(j.sets().list()).isEmpty();
    }
  }

  @Test
  void jettysOwnErrorsAreJsonToo() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = server(j)) {
      RawHttp.Response longUri =
          RawHttp.send(
              s.port(), head(s, "GET /" + "a".repeat(20_000) + " HTTP/1.1"), (String) null);
      assertThat(longUri.status()).isEqualTo(414);
      json(longUri);
      RawHttp.Response bigHeaders =
          RawHttp.send(
              s.port(), head(s, "GET / HTTP/1.1", "X-Big: " + "b".repeat(20_000)), (String) null);
      assertThat(bigHeaders.status()).isEqualTo(431);
      json(bigHeaders);
      RawHttp.Response garbage =
          RawHttp.send(s.port(), "GARBAGE\u0001 / HTTP/1.1\r\nHost: x", (String) null);
      assertThat(garbage.status()).isEqualTo(400);
      json(garbage);
      String big = "{\"notes\": \"" + "x".repeat(1_100_000) + "\"}";
      RawHttp.Response tooBig =
          RawHttp.send(
              s.port(), post(s, "/api/v1/sets", big, "Content-Type: application/json"), big);
      assertThat(tooBig.status()).isEqualTo(413);
      assertThat(json(tooBig).get("message").asText()).contains("1048576", "JSON");
    }
  }

  @Test
  void anUploadOverTheCapSaysWhichCap() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = server(j)) {
      RawHttp.Response r =
          RawHttp.send(
              s.port(),
              head(
                  s,
                  "POST /api/v1/videos HTTP/1.1",
                  "Content-Type: multipart/form-data; boundary=b",
                  "Content-Length: 3000000000"),
              "--b\r\n".getBytes(StandardCharsets.UTF_8),
              20_000);
      assertThat(r.status()).as(r.body()).isEqualTo(413);
      assertThat(json(r).get("message").asText()).contains("50000000").doesNotContain("1048576");
    }
  }

  @Test
  void idsAreAsciiDigits() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = server(j)) {
      RawHttp.Response r =
          RawHttp.send(
              s.port(),
              head(s, "GET /api/v1/jobs/%D9%A1 HTTP/1.1"), // Arabic-Indic one
              (String) null);
      assertThat(r.status()).isEqualTo(400);
      assertThat(json(r).get("message").asText()).contains("id");
    }
  }

  @Test
  void anEmptyTokenIsRefused() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"))) {
      assertThatThrownBy(() -> WebServer.start(j, "0.0.0.0", 0, Optional.of("")))
          .isInstanceOf(HingeException.class)
          .hasMessageContaining("empty");
      assertThatThrownBy(() -> WebServer.start(j, "127.0.0.1", 0, Optional.of("  ")))
          .isInstanceOf(HingeException.class);
    }
  }

  @Test
  void leftoversOfAnUploadCutShortAreSweptAtStartUp() throws Exception {
    Path videos = dir.resolve("videos");
    Files.createDirectories(videos.resolve(".incoming"));
    Path part = Files.writeString(videos.resolve(".upload-123.part"), "half a video");
    Path spooled = Files.writeString(videos.resolve(".incoming").resolve("MultiPart1.tmp"), "x");
    Path kept = Files.writeString(videos.resolve("notes.txt"), "not ours to delete");
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = server(j)) {
      assertThat(part).doesNotExist();
      assertThat(spooled).doesNotExist();
      assertThat(kept).exists();
    }
  }
}
