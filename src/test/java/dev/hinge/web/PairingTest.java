package dev.hinge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PairingTest {
  final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T10:00:00Z"));
  final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  Pairing pairing(String token) {
    return new Pairing(token, clock, new SecureRandom());
  }

  void later(Duration d) {
    now.set(now.get().plus(d));
  }

  @Test
  void aCodeIsGoodForFifteenMinutesAndForSeveralDevices() {
    Pairing p = pairing("token-token-token-token");
    Pairing.Code code = p.newCode();
    assertThat(code.value()).matches("[A-Za-z0-9_-]{22}");
    assertThat(code.expires()).isEqualTo(now.get().plus(Duration.ofMinutes(15)));
    assertThat(p.pair(code.value())).isPresent();
    later(Duration.ofMinutes(14).plusSeconds(59));
    assertThat(p.pair(code.value())).as("a second device, in time").isPresent();
    later(Duration.ofSeconds(1));
    assertThat(p.pair(code.value())).as("at fifteen minutes").isEmpty();
  }

  @Test
  void aWrongOrMissingCodePairsNothing() {
    Pairing p = pairing("token-token-token-token");
    String code = p.newCode().value();
    assertThat(p.pair(null)).isEmpty();
    assertThat(p.pair("")).isEmpty();
    assertThat(p.pair(code.substring(1))).isEmpty();
    assertThat(p.pair(code + "x")).isEmpty();
    assertThat(pairing("token-token-token-token").pair(code)).as("another server's code").isEmpty();
  }

  @Test
  void everyCodeIsNew() {
    Pairing p = pairing("token-token-token-token");
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < 1000; i++) {
      assertThat(seen.add(p.newCode().value())).isTrue();
    }
  }

  @Test
  void aSessionIsGoodForThirtyDaysUnderTheSameTokenOnly() {
    Pairing p = pairing("token-token-token-token");
    String session = p.pair(p.newCode().value()).orElseThrow();
    assertThat(session).matches("v1\\.\\d+\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}");
    assertThat(p.valid(session)).isTrue();
    assertThat(pairing("token-token-token-token").valid(session))
        .as("the same token after a restart")
        .isTrue();
    assertThat(pairing("another-token-another-token").valid(session))
        .as("a new token ends every session")
        .isFalse();
    later(Duration.ofDays(30).minusSeconds(1));
    assertThat(p.valid(session)).isTrue();
    later(Duration.ofSeconds(1));
    assertThat(p.valid(session)).as("after thirty days").isFalse();
  }

  @Test
  void aForgedOrChangedSessionIsRefused() {
    Pairing p = pairing("token-token-token-token");
    String session = p.pair(p.newCode().value()).orElseThrow();
    String[] part = session.split("\\.");
    // a later expiry with the old signature
    long later = Long.parseLong(part[1]) + 86_400L * 365;
    assertThat(p.valid("v1." + later + "." + part[2] + "." + part[3])).isFalse();
    assertThat(p.valid(part[0] + "." + part[1] + "." + part[2] + ".AAAA")).isFalse();
    assertThat(p.valid("v2." + part[1] + "." + part[2] + "." + part[3])).isFalse();
    assertThat(p.valid(null)).isFalse();
    assertThat(p.valid("")).isFalse();
    assertThat(p.valid("v1.1.2")).isFalse();
    assertThat(p.valid("v1.99999999999999999999.a.b")).isFalse();
    assertThat(p.valid(session + "." + session)).isFalse();
  }

  @Test
  void theCookieIsHttpOnlyAndStrictForTheWholeSite() {
    assertThat(Pairing.setCookie("v1.1.a.b"))
        .isEqualTo("hinge_session=v1.1.a.b; Path=/; Max-Age=2592000; HttpOnly; SameSite=Strict");
  }
}
