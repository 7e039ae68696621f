package dev.hinge.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hinge.app.UploadedVideos;
import dev.hinge.core.HingeException;
import dev.hinge.journal.Journal;
import dev.hinge.journal.ReportStore;
import dev.hinge.journal.VideoStore;
import dev.hinge.pipeline.VideoAnalyzer;
import dev.hinge.triage.CheckInValidationException;
import dev.hinge.triage.FieldError;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The local web app and REST API over the journal (Javalin): the server, its safety and its errors.
 * Each resource's routes are in their own class ({@link AnalysesApi}, {@link CheckInsApi}, {@link
 * SetsApi}, {@link ProfileApi}, {@link VideosApi}, {@link Pages}), each a few lines over the use
 * cases of {@code dev.hinge.app}. Loopback only unless an access token is configured; then every
 * request must carry it ({@code Authorization: Bearer TOKEN}). Other sites' pages are kept out
 * ({@link RequestGuard}). Errors are JSON {@code {"error": code, "message": ...}} with the HTTP
 * status of their kind, Jetty's own included ({@link JsonErrorHandler}). docs/security.md.
 */
public final class WebServer implements AutoCloseable {
  /** JSON bodies larger than this are refused (413). */
  public static final long MAX_JSON_BYTES = Limits.MAX_JSON_BYTES;

  /**
   * Video uploads: where they are stored, what analyses them, the size cap and how many analyses
   * run at once.
   */
  public record Uploads(VideoStore store, VideoAnalyzer analyzer, long maxBytes, int workers) {
    /** The default cap: 2 GB. */
    public static final long DEFAULT_MAX_BYTES = 2_000_000_000L;
  }

  private final Javalin app;
  private final Optional<UploadedVideos> videos;
  private final Optional<Pairing> pairing;

  private WebServer(Javalin app, Optional<UploadedVideos> videos, Optional<Pairing> pairing) {
    this.app = app;
    this.videos = videos;
    this.pairing = pairing;
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
    long uploadCap = uploads.map(Uploads::maxBytes).orElse(0L);
    Javalin app = Javalin.create(config -> configure(config, uploads, uploadCap));
    Optional<Pairing> pairing = token.map(Pairing::new);
    guard(app, host, token, pairing);
    errors(app, uploadCap);
    Optional<UploadedVideos> videos =
        uploads.map(
            u -> new UploadedVideos(journal, u.store(), u.analyzer(), u.maxBytes(), reports));
    ReadCache cache = new ReadCache(journal);
    Pages.routes(app);
    pairing.ifPresent(p -> Pages.pairing(app, p));
    new AnalysesApi(journal, reports).routes(app, cache);
    new CheckInsApi(journal).routes(app, cache);
    new SetsApi(journal).routes(app, cache);
    new ProfileApi(journal).routes(app);
    new VideosApi(videos).routes(app);
    app.start(host, port);
    for (org.eclipse.jetty.server.Connector c : app.jettyServer().server().getConnectors()) {
      if (c instanceof org.eclipse.jetty.server.AbstractConnector a) {
        a.setIdleTimeout(Limits.IDLE_TIMEOUT_MS);
      }
    }
    videos.ifPresent(
        v -> {
          v.resume();
          v.startWorkers(uploads.get().workers(), "serve");
        });
    return new WebServer(app, videos, pairing);
  }

  private static void configure(
      io.javalin.config.JavalinConfig config, Optional<Uploads> uploads, long uploadCap) {
    config.showJavalinBanner = false;
    config.http.maxRequestSize = Limits.MAX_JSON_BYTES;
    config.jsonMapper(new ApiJson());
    // a blocked read of a slow body holds a thread until the idle timeout: enough threads that
    // dozens of them do not starve the rest (idle ones cost nothing), while the requests without
    // a body run a few per core (RequestGate)
    int cores = Runtime.getRuntime().availableProcessors();
    config.jetty.threadPool =
        new org.eclipse.jetty.util.thread.QueuedThreadPool(Limits.MAX_THREADS, Math.max(4, cores));
    config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler(uploadCap)));
    config.jetty.modifyServletContextHandler(
        handler -> {
          handler.setErrorHandler(new JsonErrorHandler(uploadCap));
          handler.addFilter(
              new org.eclipse.jetty.servlet.FilterHolder(new RequestGate(Math.max(16, 8 * cores))),
              "/*",
              java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
        });
    uploads.ifPresent(
        u -> {
          // multipart bodies are spooled to disk by Jetty past 1 MB: the heap stays flat; in the
          // store's own folder, swept at start-up after a crash
          config.jetty.multipartConfig.cacheDirectory(
              u.store().incoming().toAbsolutePath().toString());
          config.jetty.multipartConfig.maxFileSize(u.maxBytes(), SizeUnit.BYTES);
          config.jetty.multipartConfig.maxTotalRequestSize(
              u.maxBytes() + Limits.MULTIPART_OVERHEAD_BYTES, SizeUnit.BYTES);
          config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        });
  }

  /**
   * The Host header, the token (or a paired device's session cookie), then where a change comes
   * from and what it sends.
   */
  private static void guard(
      Javalin app, String host, Optional<String> token, Optional<Pairing> pairing) {
    AtomicReference<RequestGuard> guard = new AtomicReference<>();
    app.before(
        ctx -> {
          RequestGuard g = guard.get();
          if (g == null) {
            g = RequestGuard.forServer(host, ctx.port());
            guard.compareAndSet(null, g);
          }
          Optional<RequestGuard.Refusal> refused = g.checkHost(ctx.header("Host"));
          if (refused.isEmpty() && token.isPresent() && !ctx.path().equals(Pages.PAIR)) {
            String given = Optional.ofNullable(ctx.header("Authorization")).orElse("");
            boolean paired = pairing.get().valid(ctx.cookie(Pairing.COOKIE));
            if (!paired && !constantTimeEquals(given, "Bearer " + token.get())) {
              refused =
                  Optional.of(
                      new RequestGuard.Refusal(
                          401,
                          "unauthorized",
                          "missing or wrong access token: send Authorization: Bearer TOKEN, or"
                              + " pair this browser with the link hinge serve --lan shows"));
            }
          }
          if (refused.isEmpty()) {
            refused =
                g.checkChange(
                    ctx.method().name(),
                    ctx.header("Origin"),
                    ctx.header("Sec-Fetch-Site"),
                    ctx.contentType(),
                    ctx.path().equals(Limits.VIDEOS)
                        ? RequestGuard.Body.MULTIPART
                        : RequestGuard.Body.JSON);
          }
          refused.ifPresent(
              r -> {
                ctx.skipRemainingHandlers();
                error(ctx, r.status(), r.code(), r.message());
              });
        });
  }

  /** Every failure answered as {@code {"error", "message"}} with its status. */
  private static void errors(Javalin app, long uploadCap) {
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
          if (!isError(ctx)) {
            error(ctx, 404, "not_found", "no such resource: " + ctx.method() + " " + ctx.path());
          }
        });
    app.error(
        413,
        ctx -> {
          if (!isError(ctx)) {
            error(ctx, 413, "too_large", Limits.tooLarge(ctx.path(), uploadCap));
          }
        });
  }

  private static boolean isError(Context ctx) {
    String body = ctx.result();
    return body != null && body.startsWith("{\"error\"");
  }

  static ObjectNode errorBody(String code, String message) {
    ObjectNode o = ApiJson.MAPPER.createObjectNode();
    o.put("error", code);
    o.put("message", message);
    return o;
  }

  static void error(Context ctx, int status, String code, String message) {
    ctx.status(status).contentType("application/json").result(errorBody(code, message).toString());
  }

  /** This server's base URL for {@code host} (IPv6 literals in brackets), e.g. for a QR code. */
  public String baseUrl(String host) {
    return "http://" + RequestGuard.hostName(host) + ":" + port();
  }

  public int port() {
    return app.port();
  }

  /**
   * A new pairing code for {@code /pair?code=CODE}, good for {@link Pairing#CODE_LIFETIME}.
   *
   * @throws HingeException INVALID_INPUT when the server has no access token to pair with
   */
  public Pairing.Code newPairingCode() {
    return pairing
        .orElseThrow(
            () ->
                HingeException.invalidInput(
                    "pairing needs an access token: this server listens on loopback without one"))
        .newCode();
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
    videos.ifPresent(UploadedVideos::close);
  }
}
