package dev.hinge.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.journal.Journal;
import dev.hinge.triage.CheckInParser;
import dev.hinge.triage.CheckInValidationException;
import dev.hinge.triage.FieldError;
import dev.hinge.triage.TrainingContext;
import dev.hinge.triage.TriageEngine;
import dev.hinge.triage.TriageResult;
import dev.hinge.triage.TriageResultJson;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The local web app and REST API over the journal (Javalin). Loopback only unless an access token
 * is configured; then every request must carry it ({@code Authorization: Bearer TOKEN}). Errors are
 * JSON {@code {"error": code, "message": ...}} with the HTTP status of their kind.
 */
public final class WebServer implements AutoCloseable {
  /** JSON bodies larger than this are refused (413). */
  public static final long MAX_JSON_BYTES = 1 << 20;

  static final ObjectMapper JSON = new ObjectMapper();

  private final Javalin app;
  private final Journal journal;

  private WebServer(Javalin app, Journal journal) {
    this.app = app;
    this.journal = journal;
  }

  /**
   * Starts the server on {@code host:port} (port 0 picks a free one).
   *
   * @throws HingeException INVALID_INPUT when asked to listen beyond loopback without a token
   */
  public static WebServer start(Journal journal, String host, int port, Optional<String> token) {
    if (!loopback(host) && token.isEmpty()) {
      throw HingeException.invalidInput(
          "refusing to listen on "
              + host
              + " without an access token: the journal holds health answers; pass --token (or"
              + " HINGE_TOKEN) to serve beyond this machine, or use 127.0.0.1");
    }
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.http.maxRequestSize = MAX_JSON_BYTES;
            });
    token.ifPresent(
        t ->
            app.before(
                ctx -> {
                  String given = Optional.ofNullable(ctx.header("Authorization")).orElse("");
                  if (!constantTimeEquals(given, "Bearer " + t)) {
                    ctx.skipRemainingHandlers();
                    error(ctx, 401, "unauthorized", "missing or wrong access token");
                  }
                }));
    WebServer server = new WebServer(app, journal);
    server.routes();
    app.exception(
        HingeException.class,
        (e, ctx) -> {
          if (e instanceof CheckInValidationException v) {
            ObjectNode body = errorBody(e.kind().code(), e.getMessage());
            ArrayNode fields = body.putArray("fields");
            for (FieldError f : v.errors()) {
              fields.addObject().put("field", f.field()).put("message", f.message());
            }
            ctx.status(400).contentType("application/json").result(body.toString());
          } else {
            error(ctx, e.kind().httpStatus(), e.kind().code(), e.getMessage());
          }
        });
    app.exception(
        Exception.class,
        (e, ctx) -> error(ctx, 500, "internal", "internal error: " + e.getClass().getSimpleName()));
    app.error(
        404,
        ctx -> {
          String body = ctx.result();
          if (body == null || !body.startsWith("{\"error\"")) {
            error(ctx, 404, "not_found", "no such resource: " + ctx.method() + " " + ctx.path());
          }
        });
    app.error(
        413,
        ctx ->
            error(
                ctx,
                413,
                "too_large",
                "the request body is larger than " + MAX_JSON_BYTES + " bytes"));
    app.start(host, port);
    return server;
  }

  public int port() {
    return app.port();
  }

  private void routes() {
    app.get(
        "/api/v1/openapi.json",
        ctx -> ctx.contentType("application/json").result(resource("web/openapi.json")));
    app.get(
        "/", ctx -> ctx.contentType("text/html; charset=utf-8").result(resource("web/index.html")));
    app.get("/api/v1/analyses", this::listAnalyses);
    app.get("/api/v1/analyses/{id}", this::getAnalysis);
    app.get("/api/v1/checkins", this::listCheckIns);
    app.post("/api/v1/checkins", this::postCheckIn);
  }

  private void listAnalyses(Context ctx) {
    ArrayNode out = JSON.createArrayNode();
    for (Journal.AnalysisSummary a : journal.analyses()) {
      ObjectNode o = out.addObject();
      o.put("id", a.id());
      o.put("day", a.day());
      o.put("createdAt", a.createdAt());
      o.put("video", a.videoName());
      o.put("fullReps", a.fullReps());
      o.put("partialReps", a.partialReps());
      putNullable(o, "loadKg", a.loadKg());
      putNullable(o, "meanVelocityMps", a.meanVelocityMps());
      putNullable(o, "peakMomentNm", a.peakMomentNm());
      ArrayNode faults = o.putArray("faults");
      a.faults().forEach(faults::add);
    }
    json(ctx, 200, out);
  }

  private void getAnalysis(Context ctx) {
    long id = id(ctx);
    String report =
        journal
            .analysisJson(id)
            .orElseThrow(
                () -> new HingeException(ErrorKind.NOT_FOUND, "no analysis with id " + id));
    ctx.status(200).contentType("application/json").result(report);
  }

  private void listCheckIns(Context ctx) throws IOException {
    ArrayNode out = JSON.createArrayNode();
    for (Journal.CheckInSummary c : journal.checkIns()) {
      ObjectNode o = out.addObject();
      o.put("id", c.id());
      o.put("createdAt", c.createdAt());
      o.put("disposition", c.disposition());
      o.set("result", JSON.readTree(c.resultJson()));
    }
    json(ctx, 200, out);
  }

  private void postCheckIn(Context ctx) {
    String body = ctx.body();
    TriageResult result =
        new TriageEngine().evaluate(CheckInParser.parse(body), TrainingContext.none());
    long id = journal.saveCheckIn(body, result);
    ObjectNode out = (ObjectNode) TriageResultJson.toNode(result);
    out.put("id", id);
    ctx.header("Location", "/api/v1/checkins/" + id);
    json(ctx, 201, out);
  }

  private static long id(Context ctx) {
    String raw = ctx.pathParam("id");
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw HingeException.invalidInput("an id is a whole number, found '" + raw + "'");
    }
  }

  private static void json(Context ctx, int status, JsonNode body) {
    ctx.status(status).contentType("application/json").result(body.toString());
  }

  private static ObjectNode errorBody(String code, String message) {
    ObjectNode o = JSON.createObjectNode();
    o.put("error", code);
    o.put("message", message);
    return o;
  }

  private static void error(Context ctx, int status, String code, String message) {
    ctx.status(status).contentType("application/json").result(errorBody(code, message).toString());
  }

  private static void putNullable(ObjectNode o, String field, Double v) {
    if (v == null) {
      o.putNull(field);
    } else {
      o.put(field, v);
    }
  }

  private static String resource(String name) {
    try (InputStream in = WebServer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean loopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw HingeException.invalidInput("unknown host to listen on: " + host);
    }
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    app.stop();
  }
}
