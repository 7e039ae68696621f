package dev.hinge.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The pages (plain HTML and fetch, bundled in the jar: no build step), Chart.js from its webjar,
 * and the API's OpenAPI description.
 */
final class Pages {
  /** Chart.js from its webjar, bundled in the jar at build time: no build step, no network. */
  static final String CHART_JS = "META-INF/resources/webjars/chart.js/4.4.7/dist/chart.umd.js";

  /** The pairing link's path ({@code /pair?code=CODE}); the only one a token does not guard. */
  static final String PAIR = "/pair";

  private Pages() {}

  /**
   * {@code GET /pair?code=CODE}: a good code sets the session cookie and sends the browser to the
   * upload page, the code gone from its address bar; a wrong or expired code is a 401.
   */
  static void pairing(Javalin app, Pairing pairing) {
    app.get(
        PAIR,
        ctx -> {
          ctx.header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer");
          String session =
              pairing
                  .pair(ctx.queryParam("code"))
                  .orElseThrow(
                      () ->
                          new HttpRefusal(
                              401,
                              "unauthorized",
                              "this pairing link is wrong or has expired (a link is good for "
                                  + Pairing.CODE_LIFETIME.toMinutes()
                                  + " minutes): press Enter where hinge serve --lan runs for a"
                                  + " new one"));
          ctx.header("Set-Cookie", Pairing.setCookie(session));
          ctx.status(303).header("Location", "/upload");
        });
  }

  static void routes(Javalin app) {
    app.get(
        "/api/v1/openapi.json",
        ctx -> ctx.contentType("application/json").result(resource("web/openapi.json")));
    app.get(
        "/",
        ctx ->
            ctx.contentType("text/html; charset=utf-8")
                .result(withFilming(resource("web/index.html"))));
    page(app, "/checkin", "web/checkin.html");
    page(app, "/history", "web/history.html");
    page(app, "/profile", "web/profile.html");
    app.get(
        "/upload",
        ctx ->
            ctx.contentType("text/html; charset=utf-8")
                .result(withFilming(resource("web/upload.html"))));
    app.get(
        "/assets/chart.umd.js",
        ctx ->
            ctx.contentType("text/javascript; charset=utf-8")
                .header("Cache-Control", "max-age=86400")
                .result(resource(CHART_JS)));
  }

  /** Where the upload pages show how to film (open until the journal has an analysis). */
  static final String FILMING_MARK = "<!--FILMING-->";

  /** The camera coach's rules and diagram, in place of the page's mark. */
  static String withFilming(String page) {
    StringBuilder b =
        new StringBuilder("<details id=\"filming\" open><summary>How to film</summary>");
    b.append(dev.hinge.coaching.CameraCoach.DIAGRAM_SVG).append("<ul>");
    for (String line : dev.hinge.coaching.CameraCoach.HOW_TO_FILM) {
      b.append("<li>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</li>");
    }
    b.append("</ul></details>");
    return page.replace(FILMING_MARK, b.toString());
  }

  private static void page(Javalin app, String path, String resource) {
    app.get(path, ctx -> ctx.contentType("text/html; charset=utf-8").result(resource(resource)));
  }

  private static String resource(String name) {
    try (InputStream in = Pages.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
