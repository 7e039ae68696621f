package dev.hinge.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestGuardTest {
  final RequestGuard loopback = RequestGuard.forServer("127.0.0.1", 7070);

  @Test
  void loopbackAnswersToItsThreeNamesWithThePort() {
    assertThat(loopback.hosts())
        .containsExactlyInAnyOrder("127.0.0.1:7070", "localhost:7070", "[::1]:7070");
    assertThat(loopback.checkHost("LOCALHOST:7070")).isEmpty();
    assertThat(loopback.checkHost(null)).isEmpty();
    assertThat(loopback.checkHost("localhost"))
        .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(421));
    assertThat(loopback.checkHost("evil.example:7070"))
        .hasValueSatisfying(
            r -> {
              assertThat(r.status()).isEqualTo(421);
              assertThat(r.code()).isEqualTo("wrong_host");
              assertThat(r.message()).contains("evil.example:7070", "127.0.0.1:7070");
            });
  }

  @Test
  void theBoundNameIsAnsweredToAndPort80MayBeLeftOut() {
    RequestGuard g = RequestGuard.forServer("hinge.lan", 80);
    assertThat(g.hosts()).contains("hinge.lan:80", "hinge.lan", "localhost");
    RequestGuard v6 = RequestGuard.forServer("fe80::1", 7070);
    assertThat(v6.hosts()).contains("[fe80::1]:7070");
  }

  @Test
  void readsPassWhateverTheirOrigin() {
    assertThat(
            loopback.checkChange(
                "GET", "https://evil.example", "cross-site", null, RequestGuard.Body.NONE))
        .isEmpty();
  }

  @Test
  void changesFromAnotherSiteAreRefused() {
    for (String[] h :
        new String[][] {
          {"https://evil.example", null},
          {"null", null},
          {null, "cross-site"},
          {null, "same-site"},
          {"http://127.0.0.1:7071", null},
          {"http://127.0.0.1:7070", "cross-site"}
        }) {
      assertThat(
              loopback.checkChange("POST", h[0], h[1], "application/json", RequestGuard.Body.JSON))
          .as("Origin %s, Sec-Fetch-Site %s", h[0], h[1])
          .hasValueSatisfying(
              r -> {
                assertThat(r.status()).isEqualTo(403);
                assertThat(r.code()).isEqualTo("cross_site");
              });
    }
  }

  @Test
  void changesFromItsOwnPagesOrFromClientsThatAreNotBrowsersPass() {
    assertThat(
            loopback.checkChange(
                "PUT",
                "http://localhost:7070",
                "same-origin",
                "application/json; charset=utf-8",
                RequestGuard.Body.JSON))
        .isEmpty();
    assertThat(loopback.checkChange("POST", null, null, "application/json", RequestGuard.Body.JSON))
        .isEmpty();
    assertThat(
            loopback.checkChange(
                "POST", null, null, "multipart/form-data; boundary=x", RequestGuard.Body.MULTIPART))
        .isEmpty();
  }

  @Test
  void aJsonEndpointTakesJsonOnly() {
    for (String type :
        new String[] {
          null, "text/plain", "application/x-www-form-urlencoded", "application/jsonp"
        }) {
      assertThat(loopback.checkChange("POST", null, null, type, RequestGuard.Body.JSON))
          .as(type)
          .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(415));
    }
    assertThat(
            loopback.checkChange(
                "POST", null, null, "application/json", RequestGuard.Body.MULTIPART))
        .hasValueSatisfying(r -> assertThat(r.message()).contains("multipart/form-data"));
  }

  @Test
  void headerValuesAreShownOnOneLine() {
    assertThat(RequestGuard.printable("a\r\nb")).isEqualTo("a??b");
    assertThat(RequestGuard.printable("x".repeat(150))).hasSize(101).endsWith("…");
  }
}
