package dev.hinge.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pairing a phone with a server that has an access token, so that nobody types the token on a
 * phone: {@code hinge serve --lan} shows a QR code of a pairing link ({@code /pair?code=CODE});
 * opening it sets a session cookie ({@link #COOKIE}, HttpOnly, SameSite=Strict) that stands for the
 * token from then on.
 *
 * <ul>
 *   <li>A pairing code is 128 random bits, good for {@link #CODE_LIFETIME} and for any number of
 *       devices in that time; it lives only in this process.
 *   <li>A session is {@code v1.EXPIRY.NONCE.MAC}: its expiry (epoch seconds, {@link
 *       #SESSION_LIFETIME} after pairing), 128 random bits, and an HMAC-SHA256 of both under a key
 *       derived from the access token. Nothing is stored: a session outlives a restart of the
 *       server with the same token, and a new token ends every session.
 * </ul>
 */
public final class Pairing {
  /** The session cookie's name. */
  public static final String COOKIE = "hinge_session";

  /** How long a pairing code may be used. */
  public static final Duration CODE_LIFETIME = Duration.ofMinutes(15);

  /** How long a paired device stays paired. */
  public static final Duration SESSION_LIFETIME = Duration.ofDays(30);

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec key;
  private final Clock clock;
  private final SecureRandom random;
  private final Map<String, Instant> codes = new ConcurrentHashMap<>();

  /** Sessions signed with a key derived from {@code token}. */
  public Pairing(String token, Clock clock, SecureRandom random) {
    if (token.isBlank()) {
      throw new IllegalArgumentException("pairing needs an access token");
    }
    this.key =
        new SecretKeySpec(
            hmac(
                new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"),
                "hinge session cookie v1"),
            "HmacSHA256");
    this.clock = clock;
    this.random = random;
  }

  Pairing(String token) {
    this(token, Clock.systemUTC(), new SecureRandom());
  }

  /** A pairing code, good until {@link Code#expires()}. */
  public record Code(String value, Instant expires) {}

  /** A new pairing code; earlier codes stay good until they expire. */
  public Code newCode() {
    Instant now = clock.instant();
    codes.values().removeIf(expires -> !expires.isAfter(now));
    String value = randomToken();
    Instant expires = now.plus(CODE_LIFETIME);
    codes.put(value, expires);
    return new Code(value, expires);
  }

  /** A new session's cookie value when {@code code} is a pairing code still good; empty if not. */
  Optional<String> pair(String code) {
    if (code == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    // compared in constant time against every live code: the lookup itself must not leak
    boolean good = false;
    for (Map.Entry<String, Instant> e : codes.entrySet()) {
      if (MessageDigest.isEqual(bytes(e.getKey()), bytes(code)) && e.getValue().isAfter(now)) {
        good = true;
      }
    }
    if (!good) {
      return Optional.empty();
    }
    long expires = now.plus(SESSION_LIFETIME).getEpochSecond();
    String payload = "v1." + expires + "." + randomToken();
    return Optional.of(payload + "." + B64.encodeToString(hmac(key, payload)));
  }

  /** Whether {@code cookie} is a session this server's token signed, not yet expired. */
  boolean valid(String cookie) {
    if (cookie == null || cookie.length() > 200) {
      return false;
    }
    String[] part = cookie.split("\\.", -1);
    if (part.length != 4 || !part[0].equals("v1") || !part[1].matches("[0-9]{1,12}")) {
      return false;
    }
    String payload = part[0] + "." + part[1] + "." + part[2];
    if (!MessageDigest.isEqual(bytes(B64.encodeToString(hmac(key, payload))), bytes(part[3]))) {
      return false;
    }
    return Long.parseLong(part[1]) > clock.instant().getEpochSecond();
  }

  /** The {@code Set-Cookie} value for a session: HttpOnly, SameSite=Strict, the whole site. */
  static String setCookie(String session) {
    return COOKIE
        + "="
        + session
        + "; Path=/; Max-Age="
        + SESSION_LIFETIME.toSeconds()
        + "; HttpOnly; SameSite=Strict";
  }

  private String randomToken() {
    byte[] b = new byte[16];
    random.nextBytes(b);
    return B64.encodeToString(b);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] hmac(SecretKeySpec key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(bytes(text));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
