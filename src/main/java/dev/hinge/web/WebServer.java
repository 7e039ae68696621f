package dev.hinge.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.core.JsonFields;
import dev.hinge.journal.Journal;
import dev.hinge.journal.ReportStore;
import dev.hinge.journal.VideoStore;
import dev.hinge.pipeline.VideoAnalyzer;
import dev.hinge.triage.CheckInParser;
import dev.hinge.triage.CheckInValidationException;
import dev.hinge.triage.FieldError;
import dev.hinge.triage.Questionnaire;
import dev.hinge.triage.TriageEngine;
import dev.hinge.triage.TriageResult;
import dev.hinge.triage.TriageResultJson;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The local web app and REST API over the journal (Javalin). Loopback only unless an access token
 * is configured; then every request must carry it ({@code Authorization: Bearer TOKEN}). Errors are
 * JSON {@code {"error": code, "message": ...}} with the HTTP status of their kind.
 */
public final class WebServer implements AutoCloseable {
  /** Chart.js from its webjar, bundled in the jar at build time: no build step, no network. */
  static final String CHART_JS = "META-INF/resources/webjars/chart.js/4.4.7/dist/chart.umd.js";

  /** JSON bodies larger than this are refused (413). */
  public static final long MAX_JSON_BYTES = 1 << 20;

  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Video uploads: where they are stored, what analyses them, the size cap and how many analyses
   * run at once.
   */
  public record Uploads(VideoStore store, VideoAnalyzer analyzer, long maxBytes, int workers) {
    /** The default cap: 2 GB. */
    public static final long DEFAULT_MAX_BYTES = 2_000_000_000L;
  }

  private final Javalin app;
  private final Journal journal;
  private final Optional<Uploads> uploads;
  private final Optional<JobRunner> jobs;
  private final Optional<ReportStore> reports;

  private WebServer(
      Javalin app, Journal journal, Optional<Uploads> uploads, Optional<ReportStore> reports) {
    this.app = app;
    this.journal = journal;
    this.uploads = uploads;
    this.reports = reports;
    this.jobs =
        uploads.map(
            u ->
                new JobRunner(journal, u.store(), u.analyzer(), Math.max(1, u.workers()), reports));
  }

  /**
   * Starts the server on {@code host:port} (port 0 picks a free one).
   *
   * @throws HingeException INVALID_INPUT when asked to listen beyond loopback without a token
   */
  public static WebServer start(Journal journal, String host, int port, Optional<String> token) {
    return start(journal, host, port, token, Optional.empty());
  }

  /** As above, with video uploads analysed in the background when {@code uploads} is given. */
  public static WebServer start(
      Journal journal, String host, int port, Optional<String> token, Optional<Uploads> uploads) {
    return start(journal, host, port, token, uploads, Optional.empty());
  }

  /**
   * As above, serving (and, for uploads, writing) the analyses' HTML reports from {@code reports}.
   */
  public static WebServer start(
      Journal journal,
      String host,
      int port,
      Optional<String> token,
      Optional<Uploads> uploads,
      Optional<ReportStore> reports) {
    if (token.isPresent() && token.get().isBlank()) {
      throw HingeException.invalidInput(
          "the access token is empty: an empty token protects nothing; pass a token (--token or"
              + " HINGE_TOKEN) or leave it out to listen on loopback only");
    }
    if (!loopback(host) && token.isEmpty()) {
      throw HingeException.invalidInput(
          "refusing to listen on "
              + host
              + " without an access token: the journal holds health answers; pass --token (or"
              + " HINGE_TOKEN) to serve beyond this machine, or use 127.0.0.1");
    }
    uploads.ifPresent(u -> u.store().sweep());
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.http.maxRequestSize = MAX_JSON_BYTES;
              // a blocked read of a slow body holds a thread until the idle timeout: enough
              // threads that dozens of them do not starve the rest (idle ones cost nothing),
              // while the requests without a body run a few per core (RequestGate)
              int cores = Runtime.getRuntime().availableProcessors();
              config.jetty.threadPool =
                  new org.eclipse.jetty.util.thread.QueuedThreadPool(
                      MAX_THREADS, Math.max(4, cores));
              config.jetty.modifyServer(
                  server -> server.setErrorHandler(new JsonErrorHandler(uploads)));
              config.jetty.modifyServletContextHandler(
                  handler -> {
                    handler.setErrorHandler(new JsonErrorHandler(uploads));
                    handler.addFilter(
                        new org.eclipse.jetty.servlet.FilterHolder(
                            new RequestGate(Math.max(16, 8 * cores))),
                        "/*",
                        java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
                  });
              uploads.ifPresent(
                  u -> {
                    // multipart bodies are spooled to disk by Jetty past 1 MB: the heap stays
                    // flat; in the store's own folder, swept at start-up after a crash
                    config.jetty.multipartConfig.cacheDirectory(
                        u.store().incoming().toAbsolutePath().toString());
                    config.jetty.multipartConfig.maxFileSize(u.maxBytes(), SizeUnit.BYTES);
                    config.jetty.multipartConfig.maxTotalRequestSize(
                        u.maxBytes() + MULTIPART_OVERHEAD_BYTES, SizeUnit.BYTES);
                    config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
                  });
            });
    WebServer server = new WebServer(app, journal, uploads, reports);
    // the Host header, the token, then where a change comes from and what it sends
    java.util.concurrent.atomic.AtomicReference<RequestGuard> guard =
        new java.util.concurrent.atomic.AtomicReference<>();
    app.before(
        ctx -> {
          RequestGuard g = guard.get();
          if (g == null) {
            g = RequestGuard.forServer(host, ctx.port());
            guard.compareAndSet(null, g);
          }
          Optional<RequestGuard.Refusal> refused = g.checkHost(ctx.header("Host"));
          if (refused.isEmpty() && token.isPresent()) {
            String given = Optional.ofNullable(ctx.header("Authorization")).orElse("");
            if (!constantTimeEquals(given, "Bearer " + token.get())) {
              refused =
                  Optional.of(
                      new RequestGuard.Refusal(
                          401, "unauthorized", "missing or wrong access token"));
            }
          }
          if (refused.isEmpty()) {
            refused =
                g.checkChange(
                    ctx.method().name(),
                    ctx.header("Origin"),
                    ctx.header("Sec-Fetch-Site"),
                    ctx.contentType(),
                    ctx.path().equals(VIDEOS)
                        ? RequestGuard.Body.MULTIPART
                        : RequestGuard.Body.JSON);
          }
          refused.ifPresent(
              r -> {
                ctx.skipRemainingHandlers();
                error(ctx, r.status(), r.code(), r.message());
              });
        });
    server.routes();
    app.exception(
        HingeException.class,
        (e, ctx) -> {
          if (e instanceof VideoStore.TooLargeException) {
            error(ctx, 413, "too_large", e.getMessage());
          } else if (e instanceof CheckInValidationException v) {
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
    app.exception(HttpRefusal.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
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
        ctx -> {
          String body = ctx.result();
          if (body == null || !body.startsWith("{\"error\"")) {
            error(ctx, 413, "too_large", tooLargeMessage(ctx.path(), uploads));
          }
        });
    app.start(host, port);
    for (org.eclipse.jetty.server.Connector c : app.jettyServer().server().getConnectors()) {
      if (c instanceof org.eclipse.jetty.server.AbstractConnector a) {
        a.setIdleTimeout(IDLE_TIMEOUT_MS);
      }
    }
    server.jobs.ifPresent(JobRunner::resume);
    return server;
  }

  /**
   * The upload endpoint: a multipart body; every other endpoint that changes something reads JSON.
   */
  static final String VIDEOS = "/api/v1/videos";

  /**
   * A connection that sends nothing for this long is closed: a body shorter than its
   * Content-Length, or a client gone quiet, frees its thread in seconds. A phone on a slow network
   * still sends something every few hundred milliseconds.
   */
  static final long IDLE_TIMEOUT_MS = 5_000;

  /** Room for the multipart framing and the form's other fields around the video. */
  static final long MULTIPART_OVERHEAD_BYTES = 1_000_000;

  /** Request threads: stalled bodies hold one each until the idle timeout. */
  static final int MAX_THREADS = 200;

  /** What a 413 says: the cap of the endpoint asked, uploads' or JSON bodies'. */
  static String tooLargeMessage(String path, Optional<Uploads> uploads) {
    if (path != null && path.equals(VIDEOS) && uploads.isPresent()) {
      return "the upload is larger than the limit of "
          + uploads.get().maxBytes()
          + " bytes (hinge serve --max-upload-mb)";
    }
    return "the request body is larger than "
        + MAX_JSON_BYTES
        + " bytes, the limit for JSON bodies";
  }

  /**
   * The request body as text. A body that stops arriving (fewer bytes than its Content-Length) is a
   * 408 after {@link #IDLE_TIMEOUT_MS}, one that cannot be read a 400: Javalin would answer both
   * with an empty 500.
   */
  static String readBody(Context ctx) {
    try {
      return ctx.body();
    } catch (Exception e) { // Javalin (Kotlin) throws the servlet's IOException unchecked
      throw unreadable(e);
    }
  }

  /**
   * What a failure to read the request body is answered with; {@code e} itself if it is not one.
   */
  static RuntimeException unreadable(Exception e) {
    Optional<IOException> io = bodyFailure(e);
    if (io.isEmpty()) {
      return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
    if (timedOut(io.get())) {
      return new HttpRefusal(
          408,
          "timeout",
          "the request body stopped arriving (nothing for "
              + IDLE_TIMEOUT_MS / 1000
              + " s): fewer bytes than its Content-Length");
    }
    return new HttpRefusal(
        400, "bad_request", "the request body could not be read: " + oneLine(io.get()));
  }

  /** The I/O failure behind {@code e} when it came from reading the request body. */
  static Optional<IOException> bodyFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return Optional.of(io);
      }
      if (t instanceof jakarta.servlet.ServletException && t.getCause() == null) {
        return Optional.of(new IOException(t.getMessage()));
      }
    }
    return Optional.empty();
  }

  private static boolean timedOut(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.util.concurrent.TimeoutException
          || t instanceof java.net.SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return RequestGuard.printable(m.replace('\n', ' ').replace('\r', ' '));
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
    app.get(
        "/assets/chart.umd.js",
        ctx ->
            ctx.contentType("text/javascript; charset=utf-8")
                .header("Cache-Control", "max-age=86400")
                .result(resource(CHART_JS)));
    app.get("/api/v1/analyses", cached(this::listAnalyses));
    app.get("/api/v1/analyses/{id}", cached(this::getAnalysis));
    app.get("/analyses/{id}/report", this::getReport);
    app.get("/api/v1/sets", cached(this::listSets));
    app.get("/api/v1/sessions", cached(this::listSessions));
    app.get("/api/v1/checkins", cached(this::listCheckIns));
    app.get("/api/v1/checkins/questions", this::questions);
    app.get(
        "/checkin",
        ctx -> ctx.contentType("text/html; charset=utf-8").result(resource("web/checkin.html")));
    app.post("/api/v1/checkins", this::postCheckIn);
    app.post("/api/v1/videos", this::postVideo);
    app.post("/api/v1/sets", this::postSet);
    app.get(
        "/history",
        ctx -> ctx.contentType("text/html; charset=utf-8").result(resource("web/history.html")));
    app.get("/api/v1/profile", this::getProfile);
    app.put("/api/v1/profile", this::putProfile);
    app.get(
        "/profile",
        ctx -> ctx.contentType("text/html; charset=utf-8").result(resource("web/profile.html")));
    app.get("/api/v1/jobs/{id}", this::getJob);
  }

  /** Days a set may be logged on: anything else is a typo, and PostgreSQL could not store it. */
  static final java.time.LocalDate FIRST_DAY = java.time.LocalDate.of(1900, 1, 1);

  static final java.time.LocalDate LAST_DAY = java.time.LocalDate.of(2100, 12, 31);

  private void postSet(Context ctx) {
    JsonFields b =
        JsonFields.read(
            readBody(ctx),
            "the set",
            java.util.Set.of("day", "exercise", "loadKg", "reps", "rpe", "rir", "notes"));
    long id =
        journal.addSet(
            new Journal.NewSet(
                b.day("day", FIRST_DAY, LAST_DAY).orElseGet(journal::today),
                b.text("exercise", 200).orElse(null),
                b.number("loadKg", 0, 1000),
                b.wholeNumber("reps", 0, 1000),
                b.number("rpe", 1, 10),
                b.wholeNumber("rir", 0, 10),
                b.text("notes", 2000).orElse(null)));
    ObjectNode out = JSON.createObjectNode();
    out.put("id", id);
    ctx.header("Location", "/api/v1/sets/" + id);
    json(ctx, 201, out);
  }

  private void getProfile(Context ctx) {
    json(ctx, 200, profileNode(journal.profile(), journal.today()));
  }

  private static ObjectNode profileNode(Journal.Profile p, java.time.LocalDate today) {
    ObjectNode o = JSON.createObjectNode();
    if (p.heightCm().isPresent()) {
      o.put("heightCm", p.heightCm().getAsDouble());
    } else {
      o.putNull("heightCm");
    }
    if (p.bodyMassKg().isPresent()) {
      o.put("bodyMassKg", p.bodyMassKg().getAsDouble());
    } else {
      o.putNull("bodyMassKg");
    }
    o.put("units", p.units());
    o.put("birthDate", p.birthDate().map(java.time.LocalDate::toString).orElse(null));
    o.put("sex", p.sex().orElse(null));
    java.util.OptionalInt age = p.ageOn(today);
    if (age.isPresent()) {
      o.put("age", age.getAsInt());
    } else {
      o.putNull("age");
    }
    return o;
  }

  private void putProfile(Context ctx) {
    JsonFields body =
        JsonFields.read(
            readBody(ctx),
            "the profile",
            java.util.Set.of("heightCm", "bodyMassKg", "units", "birthDate", "sex"));
    java.time.LocalDate today = journal.today();
    Journal.Profile p =
        new Journal.Profile(
            body.number("heightCm", 0, 1_000_000),
            body.number("bodyMassKg", 0, 1_000_000),
            body.choice("units", java.util.Set.of("kg", "lb")).orElse("kg"),
            body.day("birthDate", Journal.Profile.EARLIEST_BIRTH, today),
            body.choice("sex", Journal.Profile.SEXES));
    journal.saveProfile(p);
    json(ctx, 200, profileNode(p, today));
  }

  private void postVideo(Context ctx) throws IOException {
    Uploads u =
        uploads.orElseThrow(
            () ->
                HingeException.environment(
                    "this server does not analyse uploads (started without the pose pipeline)"));
    // refused before a byte of it is read when it says it is too large
    if (ctx.req().getContentLengthLong() > u.maxBytes() + MULTIPART_OVERHEAD_BYTES) {
      throw new VideoStore.TooLargeException(u.maxBytes());
    }
    UploadedFile file;
    try {
      file = ctx.uploadedFile("file");
    } catch (IllegalStateException e) {
      // Jetty refuses a multipart body past the configured sizes
      throw new VideoStore.TooLargeException(u.maxBytes());
    } catch (Exception e) { // Javalin (Kotlin) throws the servlet's IOException unchecked
      RuntimeException r = unreadable(e);
      if (r instanceof HttpRefusal h && h.status() == 400) {
        throw HingeException.invalidInput(
            "the upload is not a well-formed multipart/form-data body: "
                + oneLine(bodyFailure(e).orElseThrow()));
      }
      throw r;
    }
    if (file == null) {
      throw HingeException.invalidInput(
          "no field 'file' in the upload (fields found: " + ctx.uploadedFileMap().keySet() + ")");
    }
    OptionalDouble load = OptionalDouble.empty();
    String loadKg = ctx.formParam("loadKg");
    if (loadKg != null && !loadKg.isBlank()) {
      try {
        double v = Double.parseDouble(loadKg);
        if (!(v >= 0 && v <= 600)) {
          throw new NumberFormatException();
        }
        load = OptionalDouble.of(v);
      } catch (NumberFormatException e) {
        throw HingeException.invalidInput(
            "loadKg must be a number of kilograms between 0 and 600, found '" + loadKg + "'");
      }
    }
    VideoStore.Stored stored;
    try (InputStream in = file.content()) {
      stored = u.store().store(in, u.maxBytes());
    }
    String name =
        file.filename() == null ? "upload" : Path.of(file.filename()).getFileName().toString();
    Journal.Video video = journal.addVideo(stored.sha256(), stored.sizeBytes(), name);
    Journal.Job job = journal.createJob(video.id(), load, name);
    jobs.orElseThrow().submit(job);
    ObjectNode out = JSON.createObjectNode();
    out.put("id", job.id());
    out.put("status", job.status());
    out.put("videoId", video.id());
    ctx.header("Location", "/api/v1/jobs/" + job.id());
    json(ctx, 202, out);
  }

  private void getJob(Context ctx) {
    long id = id(ctx);
    Journal.Job job =
        journal
            .job(id)
            .orElseThrow(() -> new HingeException(ErrorKind.NOT_FOUND, "no job with id " + id));
    ObjectNode out = JSON.createObjectNode();
    out.put("id", job.id());
    out.put("status", job.status());
    out.put("progress", Math.round(job.progress() * 1000) / 1000.0);
    out.put("videoId", job.videoId());
    if (job.analysisId() != null) {
      out.put("analysisId", job.analysisId());
    }
    if (job.error() != null) {
      out.put("error", job.error());
    }
    json(ctx, 200, out);
  }

  /** A rendered 200 JSON response and the journal version it was rendered from. */
  private record Rendered(long version, String body) {}

  private final java.util.concurrent.ConcurrentHashMap<String, Rendered> rendered =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Serves a read-only JSON endpoint from memory while the journal has not changed (its version,
   * which also sees other processes' writes to a SQLite file); renders it again after any write.
   * Dashboards poll these: without the cache each poll rebuilt the same JSON from the database.
   */
  private io.javalin.http.Handler cached(io.javalin.http.Handler render) {
    return ctx -> {
      java.util.OptionalLong version = journal.version();
      String key = ctx.path();
      Rendered hit = version.isPresent() ? rendered.get(key) : null;
      if (hit != null && hit.version() == version.getAsLong()) {
        ctx.status(200).contentType("application/json").result(hit.body());
        return;
      }
      render.handle(ctx);
      String body = ctx.result();
      if (version.isPresent() && body != null && ctx.statusCode() == 200) {
        if (rendered.size() > 1000) {
          rendered.clear();
        }
        rendered.put(key, new Rendered(version.getAsLong(), body));
      }
    };
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

  private void listSets(Context ctx) {
    ArrayNode out = JSON.createArrayNode();
    for (Journal.SetRow r : journal.sets()) {
      out.add(setNode(r));
    }
    json(ctx, 200, out);
  }

  /** Sessions (one per day), newest first, with their sets. */
  private void listSessions(Context ctx) {
    ArrayNode out = JSON.createArrayNode();
    ObjectNode current = null;
    for (Journal.SetRow r : journal.sets()) {
      if (current == null || !current.get("day").asText().equals(r.day())) {
        current = out.addObject();
        current.put("day", r.day());
        current.putArray("sets");
      }
      ((ArrayNode) current.get("sets")).add(setNode(r));
    }
    json(ctx, 200, out);
  }

  private static ObjectNode setNode(Journal.SetRow r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", r.id());
    o.put("day", r.day());
    o.put("exercise", r.exercise());
    putNullable(o, "loadKg", r.loadKg());
    if (r.reps() == null) {
      o.putNull("reps");
    } else {
      o.put("reps", r.reps());
    }
    putNullable(o, "rpe", r.rpe());
    if (r.rir() == null) {
      o.putNull("rir");
    } else {
      o.put("rir", r.rir());
    }
    o.put("source", r.source());
    return o;
  }

  private void getReport(Context ctx) throws IOException {
    long id = id(ctx);
    Path file =
        reports
            .flatMap(r -> r.find(id))
            .orElseThrow(
                () ->
                    new HingeException(
                        ErrorKind.NOT_FOUND,
                        "no HTML report for analysis "
                            + id
                            + " (reports are made for uploads and for analyze --save)"));
    ctx.contentType("text/html; charset=utf-8").result(java.nio.file.Files.newInputStream(file));
  }

  private void listCheckIns(Context ctx) throws IOException {
    ArrayNode out = JSON.createArrayNode();
    for (Journal.CheckInSummary c : journal.checkIns()) {
      ObjectNode o = out.addObject();
      o.put("id", c.id());
      o.put("createdAt", c.createdAt());
      // the day in the journal's zone, the same days the sessions are counted in
      o.put(
          "day",
          java.time.LocalDate.ofInstant(java.time.Instant.parse(c.createdAt()), journal.zone())
              .toString());
      o.put("disposition", c.disposition());
      // stored as JSON by the journal: passed through, not parsed again
      o.putRawValue("result", new com.fasterxml.jackson.databind.util.RawValue(c.resultJson()));
    }
    json(ctx, 200, out);
  }

  private void questions(Context ctx) {
    ctx.status(200).contentType("application/json").result(QUESTIONS_JSON);
  }

  /** The questionnaire never changes while the server runs: built once. */
  private static final String QUESTIONS_JSON = questionsJson();

  private static String questionsJson() {
    ArrayNode out = JSON.createArrayNode();
    for (Questionnaire.Question q : Questionnaire.questions()) {
      ObjectNode o = out.addObject();
      o.put("field", q.field());
      o.put("text", q.text());
      o.put("kind", q.kind().name().toLowerCase(java.util.Locale.ROOT));
      ArrayNode options = o.putArray("options");
      q.options().forEach(options::add);
      if (q.kind() == Questionnaire.Kind.NUMBER) {
        o.put("min", q.min());
        o.put("max", q.max());
        o.put("integer", q.integer());
        o.put("nullable", q.nullable());
      }
      if (q.kind() == Questionnaire.Kind.MULTI) {
        o.put("atLeastOne", q.min() > 0);
      }
      if (q.kind() == Questionnaire.Kind.CHOICE) {
        o.put("nullable", q.nullable());
      }
      o.put("redFlag", q.redFlag());
      o.put("onlyIfLegSymptoms", q.onlyIfLegSymptoms());
    }
    return out.toString();
  }

  private void postCheckIn(Context ctx) {
    String body = readBody(ctx);
    TriageResult result =
        new TriageEngine()
            .evaluate(CheckInParser.parse(body), journal.trainingContext(Journal.RECENT_TRAINING));
    long id = journal.saveCheckIn(body, result);
    ObjectNode out = (ObjectNode) TriageResultJson.toNode(result);
    out.put("id", id);
    ctx.header("Location", "/api/v1/checkins/" + id);
    json(ctx, 201, out);
  }

  private static long id(Context ctx) {
    String raw = ctx.pathParam("id");
    // ASCII digits only: Long.parseLong would also read other scripts' digits ("١" is 1)
    if (raw.matches("[0-9]{1,18}")) {
      return Long.parseLong(raw);
    }
    throw HingeException.invalidInput(
        "an id is a whole number written with the digits 0-9, found '"
            + RequestGuard.printable(raw)
            + "'");
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
    jobs.ifPresent(JobRunner::close);
  }
}
