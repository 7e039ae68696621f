package dev.hinge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hinge.journal.Journal;
import dev.hinge.journal.JournalTestSupport;
import dev.hinge.journal.VideoStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The served OpenAPI document is true to the server: each operation is probed with the requests the
 * server refuses (a foreign Host, no token, another site's page, the wrong body type, a malformed,
 * oversized or stalled body, a bad or unknown id) and every status it answers must be declared on
 * that operation, with a body of the Error schema; every API call of the web pages is described.
 */
class OpenApiDocumentTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String TOKEN = "s3cret";
  static final long UPLOAD_CAP = 10_000;

  @TempDir Path dir;

  /** One operation of the document. */
  record Operation(String method, String path, JsonNode spec) {
    String target(String id) {
      return "/api/v1" + path.replace("{id}", id);
    }

    boolean hasId() {
      return path.contains("{id}");
    }

    boolean writes() {
      return RequestGuard.changes(method);
    }

    boolean multipart() {
      return spec.at("/requestBody/content").has("multipart/form-data");
    }

    String contentType() {
      return multipart() ? "multipart/form-data; boundary=b" : "application/json";
    }

    boolean declares(int status) {
      return spec.path("responses").has(Integer.toString(status));
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static List<Operation> operations(JsonNode doc) {
    List<Operation> ops = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> p = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> methods = p.getValue().fields();
          methods.hasNext(); ) {
        Map.Entry<String, JsonNode> m = methods.next();
        ops.add(new Operation(m.getKey().toUpperCase(Locale.ROOT), p.getKey(), m.getValue()));
      }
    }
    return ops;
  }

  WebServer server(Journal j, Optional<String> token) {
    return WebServer.start(
        j,
        "127.0.0.1",
        0,
        token,
        Optional.of(
            new WebServer.Uploads(
                new VideoStore(dir.resolve("videos")), UploadTest.SYNTHETIC, UPLOAD_CAP, 1)));
  }

  static JsonNode document(WebServer s, String... headers) throws Exception {
    RawHttp.Response r =
        RawHttp.send(s.port(), head(s, "GET", "/api/v1/openapi.json", headers), "");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  static String head(WebServer s, String method, String target, String... headers) {
    StringBuilder b =
        new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + s.port());
    for (String h : headers) {
      if (h.startsWith("Host: ")) {
        b = new StringBuilder(method + " " + target + " HTTP/1.1\r\n" + h);
      }
    }
    for (String h : headers) {
      if (!h.startsWith("Host: ")) {
        b.append("\r\n").append(h);
      }
    }
    return b.append("\r\nConnection: close").toString();
  }

  /** What one probe found: the operation, what was sent, and the answer. */
  record Probe(Operation op, String what, int expected, RawHttp.Response answer) {}

  static Probe probe(
      WebServer s, Operation op, String what, int expected, String id, String body, String... h)
      throws Exception {
    List<String> headers = new ArrayList<>(List.of(h));
    headers.add("Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length);
    return new Probe(
        op,
        what,
        expected,
        RawHttp.send(
            s.port(),
            head(s, op.method(), op.target(id), headers.toArray(String[]::new)),
            body.getBytes(StandardCharsets.UTF_8),
            20_000));
  }

  /** The problems of a probe: another status than expected, undeclared, or not an Error body. */
  static List<String> problems(Probe p) {
    List<String> out = new ArrayList<>();
    String where = p.op() + " (" + p.what() + ")";
    int status = p.answer().status();
    if (status != p.expected()) {
      out.add(where + ": expected " + p.expected() + ", got " + status + " " + p.answer().body());
      return out;
    }
    if (!p.op().declares(status)) {
      out.add(where + ": answers " + status + ", which the document does not declare");
    }
    if (status >= 400) {
      try {
        JsonNode body = JSON.readTree(p.answer().body());
        if (!body.path("error").isTextual() || !body.path("message").isTextual()) {
          out.add(where + ": the " + status + " body is not an Error: " + p.answer().body());
        }
      } catch (Exception e) {
        out.add(where + ": the " + status + " body is not JSON: " + p.answer().body());
      }
    }
    return out;
  }

  @Test
  void everyStatusTheServerAnswersIsDeclaredOnItsOperation() throws Exception {
    List<Probe> probes = new ArrayList<>();
    String checkIn = dev.hinge.triage.Answers.doms().json();
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"))) {
      try (WebServer s = server(j, Optional.of(TOKEN))) {
        List<Operation> ops = operations(document(s, "Authorization: Bearer " + TOKEN));
        assertThat(ops).hasSizeGreaterThanOrEqualTo(13);
        for (Operation op : ops) {
          String body = op.writes() ? "{}" : "";
          String type = "Content-Type: " + op.contentType();
          probes.add(probe(s, op, "no token", 401, "1", body, type));
          probes.add(
              probe(
                  s,
                  op,
                  "a rebound name",
                  421,
                  "1",
                  body,
                  type,
                  "Host: evil.example:" + s.port(),
                  "Authorization: Bearer " + TOKEN));
        }
      }
      try (WebServer s = server(j, Optional.empty())) {
        for (Operation op : operations(document(s))) {
          String type = "Content-Type: " + op.contentType();
          if (!op.writes() && !op.hasId()) {
            probes.add(probe(s, op, "a plain read", 200, "1", ""));
          }
          if (op.hasId()) {
            probes.add(probe(s, op, "an id that is not digits", 400, "x", ""));
            probes.add(probe(s, op, "an unknown id", 404, "999999", ""));
          }
          if (!op.writes()) {
            continue;
          }
          probes.add(
              probe(
                  s,
                  op,
                  "another site's page",
                  403,
                  "1",
                  "{}",
                  type,
                  "Origin: https://evil.example"));
          probes.add(
              probe(
                  s,
                  op,
                  "the wrong body type",
                  415,
                  "1",
                  "{}",
                  "Content-Type: " + (op.multipart() ? "application/json" : "text/plain")));
          probes.add(
              probe(
                  s,
                  op,
                  "a malformed body",
                  400,
                  "1",
                  op.multipart()
                      ? "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.mp4\""
                      : "{\"age\": ",
                  type));
          if (op.multipart()) {
            probes.add(
                new Probe(
                    op,
                    "a body over the cap",
                    413,
                    RawHttp.send(
                        s.port(),
                        head(
                            s,
                            op.method(),
                            op.target("1"),
                            type,
                            "Content-Length: " + (UPLOAD_CAP + 2_000_000)),
                        "--b\r\n".getBytes(StandardCharsets.UTF_8),
                        20_000)));
          } else {
            probes.add(
                probe(
                    s,
                    op,
                    "a body over the cap",
                    413,
                    "1",
                    "{\"notes\": \"" + "x".repeat((int) WebServer.MAX_JSON_BYTES) + "\"}",
                    type));
          }
        }
        probes.add(
            probe(
                s,
                new Operation("POST", "/checkins", document(s).at("/paths/~1checkins/post")),
                "valid answers",
                201,
                "1",
                checkIn,
                "Content-Type: application/json"));
      }
    }
    List<String> problems = new ArrayList<>();
    probes.forEach(p -> problems.addAll(problems(p)));
    assertThat(probes).hasSizeGreaterThan(40);
    assertThat(problems).as("answers that openapi.json does not describe").isEmpty();
  }

  @Test
  void aBodyThatStopsArrivingIsA408WhereverOneIsRead() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = server(j, Optional.empty())) {
      List<Operation> writes = operations(document(s)).stream().filter(Operation::writes).toList();
      assertThat(writes).hasSize(4);
      ExecutorService pool = Executors.newFixedThreadPool(writes.size());
      try {
        List<Future<RawHttp.Response>> stalled = new ArrayList<>();
        for (Operation op : writes) {
          String start = op.multipart() ? "--b\r\nContent-Disposition: form-data; na" : "{\"a";
          stalled.add(
              pool.submit(
                  () ->
                      RawHttp.send(
                          s.port(),
                          head(
                              s,
                              op.method(),
                              op.target("1"),
                              "Content-Type: " + op.contentType(),
                              "Content-Length: 5000"),
                          start.getBytes(StandardCharsets.UTF_8),
                          30_000)));
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < writes.size(); i++) {
          problems.addAll(
              problems(new Probe(writes.get(i), "a stalled body", 408, stalled.get(i).get())));
        }
        assertThat(problems).as("answers that openapi.json does not describe").isEmpty();
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** A call in a page: {@code fetch('/api/v1/...', {method: 'POST'...})} or an XHR open. */
  static final Pattern CALL =
      Pattern.compile(
          "(?:fetch\\(|xhr\\.open\\('([A-Z]+)',\\s*)'/api/v1(/[a-z/]*)'(?:\\s*\\+\\s*[a-zA-Z]+)?"
              + "(?:,\\s*\\{\\s*method:\\s*'([A-Z]+)')?");

  @Test
  void everyApiCallTheWebPagesMakeIsDescribed() throws Exception {
    JsonNode paths;
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = WebServer.start(j, "127.0.0.1", 0, Optional.empty())) {
      paths = document(s).get("paths");
    }
    TreeSet<String> calls = new TreeSet<>();
    try (Stream<Path> pages = Files.list(Path.of("src/main/resources/web"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
        Matcher m = CALL.matcher(Files.readString(page));
        while (m.find()) {
          String method = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : "GET";
          // '/api/v1/jobs/' + id: a path with its id parameter
          String path = m.group(2).endsWith("/") ? m.group(2) + "{id}" : m.group(2);
          calls.add(method + " " + path);
        }
      }
    }
    assertThat(calls)
        .as("the pages' API calls")
        .contains("GET /analyses", "POST /videos", "GET /jobs/{id}", "PUT /profile");
    List<String> missing = new ArrayList<>();
    for (String call : calls) {
      String[] mp = call.split(" ");
      if (!paths.path(mp[1]).has(mp[0].toLowerCase(Locale.ROOT))) {
        missing.add(call);
      }
    }
    assertThat(missing).as("API calls of the pages that openapi.json does not describe").isEmpty();
  }
}
