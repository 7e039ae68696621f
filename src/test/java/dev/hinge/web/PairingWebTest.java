package dev.hinge.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.journal.Journal;
import dev.hinge.journal.JournalTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pairing over HTTP: the link sets the cookie, the cookie stands for the token, nothing else. */
class PairingWebTest {
  static final String TOKEN = "a-long-enough-token-for-tests";
  final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  HttpResponse<String> get(WebServer s, String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base(s) + path));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postJson(WebServer s, String path, String body, String... headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base(s) + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String base(WebServer s) {
    return "http://127.0.0.1:" + s.port();
  }

  /** The session from a pairing answer's Set-Cookie, as a browser would send it back. */
  static String cookie(HttpResponse<String> paired) {
    String set = paired.headers().firstValue("Set-Cookie").orElseThrow();
    return set.substring(0, set.indexOf(';'));
  }

  @Test
  void aPairingLinkSetsAnHttpOnlyStrictCookieThatStandsForTheToken() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = WebServer.start(j, "127.0.0.1", 0, Optional.of(TOKEN))) {
      assertThat(get(s, "/api/v1/profile").statusCode())
          .as("neither token nor cookie")
          .isEqualTo(401);
      assertThat(get(s, "/upload").statusCode()).as("the page too").isEqualTo(401);
      assertThat(get(s, "/api/v1/profile").body()).contains("\"unauthorized\"").contains("pair");

      Pairing.Code code = s.newPairingCode();
      HttpResponse<String> paired = get(s, "/pair?code=" + code.value());
      assertThat(paired.statusCode()).isEqualTo(303);
      assertThat(paired.headers().firstValue("Location")).contains("/upload");
      assertThat(paired.headers().firstValue("Cache-Control")).contains("no-store");
      assertThat(paired.headers().firstValue("Referrer-Policy")).contains("no-referrer");
      assertThat(paired.headers().firstValue("Set-Cookie").orElseThrow())
          .startsWith("hinge_session=v1.")
          .contains("; HttpOnly")
          .contains("; SameSite=Strict")
          .contains("; Path=/")
          .contains("; Max-Age=2592000")
          .doesNotContain(TOKEN);
      String cookie = cookie(paired);

      assertThat(get(s, "/api/v1/profile", "Cookie", cookie).statusCode()).isEqualTo(200);
      assertThat(get(s, "/upload", "Cookie", cookie).body())
          .contains("capture=\"environment\"")
          .contains("<details id=\"filming\" open><summary>How to film</summary><svg")
          .doesNotContain(Pages.FILMING_MARK);
      HttpResponse<String> logged =
          postJson(
              s,
              "/api/v1/sets",
              "{\"day\":\"2026-12-06\",\"exercise\":\"deadlift\",\"loadKg\":100,\"reps\":5}",
              "Cookie",
              cookie,
              "Origin",
              base(s),
              "Sec-Fetch-Site",
              "same-origin");
      assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
      // the cookie does not let another site write: SameSite keeps it home, the guard checks too
      HttpResponse<String> crossSite =
          postJson(
              s,
              "/api/v1/sets",
              "{\"day\":\"2026-12-06\",\"exercise\":\"deadlift\",\"loadKg\":100,\"reps\":5}",
              "Cookie",
              cookie,
              "Origin",
              "http://evil.example",
              "Sec-Fetch-Site",
              "cross-site");
      assertThat(crossSite.statusCode()).isEqualTo(403);
      assertThat(j.sets().list()).hasSize(1);
    }
  }

  @Test
  void aWrongExpiredOrForgedPairingIsRefused() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = WebServer.start(j, "127.0.0.1", 0, Optional.of(TOKEN))) {
      HttpResponse<String> wrong = get(s, "/pair?code=AAAAAAAAAAAAAAAAAAAAAA");
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(wrong.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
      assertThat(wrong.body()).contains("\"unauthorized\"").contains("expired");
      assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
      assertThat(get(s, "/pair").statusCode()).isEqualTo(401);
      assertThat(
              get(s, "/api/v1/profile", "Cookie", "hinge_session=v1.99999999999.AAAA.AAAA")
                  .statusCode())
          .isEqualTo(401);
      // a session signed under another token (another server, or this one before a new token)
      Pairing other = new Pairing("another-token-another-token");
      String forged = other.pair(other.newCode().value()).orElseThrow();
      assertThat(get(s, "/api/v1/profile", "Cookie", "hinge_session=" + forged).statusCode())
          .isEqualTo(401);
      // the token still works alone
      assertThat(get(s, "/api/v1/profile", "Authorization", "Bearer " + TOKEN).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void aServerWithoutATokenHasNoPairing() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = WebServer.start(j, "127.0.0.1", 0, Optional.empty())) {
      assertThat(get(s, "/pair?code=x").statusCode()).isEqualTo(404);
      org.assertj.core.api.Assertions.assertThatThrownBy(s::newPairingCode)
          .hasMessageContaining("pairing needs an access token");
    }
  }

  @Test
  void aSessionOutlivesARestartWithTheSameToken() throws Exception {
    String cookie;
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = WebServer.start(j, "127.0.0.1", 0, Optional.of(TOKEN))) {
      cookie = cookie(get(s, "/pair?code=" + s.newPairingCode().value()));
    }
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = WebServer.start(j, "127.0.0.1", 0, Optional.of(TOKEN))) {
      assertThat(get(s, "/api/v1/profile", "Cookie", cookie).statusCode()).isEqualTo(200);
    }
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = WebServer.start(j, "127.0.0.1", 0, Optional.of(TOKEN + "-new"))) {
      assertThat(get(s, "/api/v1/profile", "Cookie", cookie).statusCode()).isEqualTo(401);
    }
  }
}
