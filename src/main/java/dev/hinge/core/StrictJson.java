package dev.hinge.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads JSON that people and other programs send (check-in answers, sets, the profile) so that no
 * input can crash the reader or be silently changed: numbers keep the digits they were written with
 * (a number too large for its field is reported as written, never wrapped around), a key given
 * twice is an error, and documents nested too deep, numbers too long or strings too large are
 * refused with the same one-line "not valid JSON" message as any other malformed input.
 */
public final class StrictJson {
  /** Deepest nesting accepted; the check-in is three levels deep. */
  public static final int MAX_NESTING = 32;

  /** Longest number accepted, in characters. */
  public static final int MAX_NUMBER_CHARS = 100;

  /** Longest string value accepted, in characters. */
  public static final int MAX_STRING_CHARS = 100_000;

  /** Longest field name accepted, in characters. */
  public static final int MAX_NAME_CHARS = 200;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_NESTING)
                          .maxNumberLength(MAX_NUMBER_CHARS)
                          .maxStringLength(MAX_STRING_CHARS)
                          .maxNameLength(MAX_NAME_CHARS)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private StrictJson() {}

  /** JSON that could not be read: the message is one line, with the line and column. */
  public static final class MalformedJsonException extends HingeException {
    private static final long serialVersionUID = 1L;

    MalformedJsonException(String message) {
      super(ErrorKind.INVALID_INPUT, message);
    }
  }

  /**
   * Parses one JSON document.
   *
   * @throws MalformedJsonException naming what is wrong and where ("not valid JSON at line 1,
   *     column 40: …")
   */
  public static JsonNode read(String text) {
    try (JsonParser p = MAPPER.createParser(text)) {
      try {
        JsonNode node = MAPPER.readTree(p);
        if (node == null || node.isMissingNode()) {
          throw new MalformedJsonException("not valid JSON: the document is empty");
        }
        if (p.nextToken() != null) {
          throw new MalformedJsonException(
              "not valid JSON at " + where(p.currentLocation()) + ": more after the document ends");
        }
        return node;
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        throw new MalformedJsonException("not valid JSON at " + where(at) + ": " + reason(e));
      }
    } catch (IOException e) {
      throw new MalformedJsonException("not valid JSON: " + oneLine(e.getMessage()));
    }
  }

  private static String where(JsonLocation at) {
    return at == null
        ? "an unknown place"
        : "line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  private static String reason(JsonProcessingException e) {
    String m = Optional.ofNullable(e.getOriginalMessage()).orElse(e.getClass().getSimpleName());
    if (e instanceof StreamConstraintsException) {
      String lower = m.toLowerCase(Locale.ROOT);
      if (lower.contains("nesting depth")) {
        return "nested deeper than " + MAX_NESTING + " levels";
      }
      if (lower.contains("number value length")) {
        return "a number longer than " + MAX_NUMBER_CHARS + " characters";
      }
      if (lower.contains("string value length")) {
        return "a string longer than " + MAX_STRING_CHARS + " characters";
      }
      if (lower.contains("name length")) {
        return "a field name longer than " + MAX_NAME_CHARS + " characters";
      }
    }
    if (m.startsWith("Duplicate field")) {
      return m.replaceFirst("^Duplicate field '(.*)'$", "the field \"$1\" is given twice");
    }
    return oneLine(m);
  }

  private static String oneLine(String s) {
    String line = s == null ? "" : s.replaceAll("\\s+", " ").trim();
    return line.length() > 160 ? line.substring(0, 157) + "…" : line;
  }

  /** A value as the sender wrote it, shortened for a one-line message. */
  public static String shown(JsonNode v) {
    if (v == null || v.isMissingNode()) {
      return "nothing";
    }
    if (v.isTextual()) {
      return "\"" + shorten(v.textValue()) + "\"";
    }
    if (v.isArray()) {
      return "a list";
    }
    if (v.isObject()) {
      return "an object";
    }
    return shorten(v.asText());
  }

  /** {@code s} cut to 60 characters, for messages that quote what was sent. */
  public static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "…" : s;
  }

  /**
   * A whole number in [min, max], or empty with {@code error} set to why not: "is not a whole
   * number from 16 to 110" for 18446744073709551646 or 4.5, never a wrapped-around value.
   */
  public static Optional<Long> wholeNumber(JsonNode v, long min, long max) {
    BigDecimal d = decimal(v).orElse(null);
    if (d == null) {
      return Optional.empty();
    }
    BigInteger i;
    try {
      i = d.toBigIntegerExact();
    } catch (ArithmeticException notWhole) {
      return Optional.empty();
    }
    if (i.compareTo(BigInteger.valueOf(min)) < 0 || i.compareTo(BigInteger.valueOf(max)) > 0) {
      return Optional.empty();
    }
    return Optional.of(i.longValueExact());
  }

  /** A number in [min, max] (as a double), or empty when not a number or out of range. */
  public static Optional<Double> number(JsonNode v, double min, double max) {
    BigDecimal d = decimal(v).orElse(null);
    if (d == null
        || d.compareTo(BigDecimal.valueOf(min)) < 0
        || d.compareTo(BigDecimal.valueOf(max)) > 0) {
      return Optional.empty();
    }
    return Optional.of(d.doubleValue());
  }

  /** The exact value of a JSON number; empty for anything else. */
  static Optional<BigDecimal> decimal(JsonNode v) {
    if (v == null || !v.isNumber()) {
      return Optional.empty();
    }
    if (v.isBigInteger() || v.isInt() || v.isLong() || v.isShort()) {
      return Optional.of(new BigDecimal(v.bigIntegerValue()));
    }
    if (v.isBigDecimal()) {
      return Optional.of(v.decimalValue());
    }
    double d = v.doubleValue();
    return Double.isFinite(d) ? Optional.of(BigDecimal.valueOf(d)) : Optional.empty();
  }

  /** "a whole number from 16 to 110" — the rule a whole-number field is held to, in words. */
  public static String wholeNumberRule(long min, long max) {
    return "a whole number from " + min + " to " + max;
  }

  /** "a number from 0 to 8760". */
  public static String numberRule(double min, double max) {
    return "a number from " + plain(min) + " to " + plain(max);
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
