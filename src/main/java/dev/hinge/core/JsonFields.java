package dev.hinge.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the fields of one JSON object strictly, for the request bodies the API takes (sets, the
 * profile): an unknown field, a value of the wrong type (a string where a number belongs, an object
 * where a string belongs) or out of range is an INVALID_INPUT error naming the field and the value
 * as sent; nothing is converted or dropped. {@code null} or absent means "not given".
 */
public final class JsonFields {
  private final JsonNode body;
  private final String what;

  private JsonFields(JsonNode body, String what) {
    this.body = body;
    this.what = what;
  }

  /**
   * Parses {@code text} with {@link StrictJson} as a JSON object with only the {@code known}
   * fields.
   */
  public static JsonFields read(String text, String what, Set<String> known) {
    JsonNode body = StrictJson.read(text);
    if (!body.isObject()) {
      throw HingeException.invalidInput(
          what + " must be a JSON object, found " + StrictJson.shown(body));
    }
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!known.contains(f)) {
        throw HingeException.invalidInput(
            "unknown field '"
                + StrictJson.shorten(f)
                + "' in "
                + what
                + " (known: "
                + String.join(", ", new TreeSet<>(known))
                + ")");
      }
    }
    return new JsonFields(body, what);
  }

  public boolean has(String field) {
    JsonNode v = body.get(field);
    return v != null && !v.isNull();
  }

  public OptionalInt wholeNumber(String field, int min, int max) {
    if (!has(field)) {
      return OptionalInt.empty();
    }
    JsonNode v = body.get(field);
    return StrictJson.wholeNumber(v, min, max)
        .map(x -> OptionalInt.of(Math.toIntExact(x)))
        .orElseThrow(() -> bad(field, v, StrictJson.wholeNumberRule(min, max)));
  }

  public OptionalDouble number(String field, double min, double max) {
    if (!has(field)) {
      return OptionalDouble.empty();
    }
    JsonNode v = body.get(field);
    return StrictJson.number(v, min, max)
        .map(OptionalDouble::of)
        .orElseThrow(() -> bad(field, v, StrictJson.numberRule(min, max)));
  }

  /**
   * Text of 1 to {@code maxChars} characters without control characters (tab and newline allowed).
   */
  public Optional<String> text(String field, int maxChars) {
    if (!has(field)) {
      return Optional.empty();
    }
    JsonNode v = body.get(field);
    String rule = "text of 1 to " + maxChars + " characters";
    if (!v.isTextual() || v.textValue().isEmpty() || v.textValue().length() > maxChars) {
      throw bad(field, v, rule);
    }
    String s = v.textValue();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
        throw HingeException.invalidInput(
            field
                + ": contains the control character U+"
                + String.format("%04X", (int) c)
                + " at position "
                + (i + 1)
                + "; "
                + rule
                + " without control characters");
      }
    }
    return Optional.of(s);
  }

  /** A calendar day written YYYY-MM-DD, within [min, max]. */
  public Optional<LocalDate> day(String field, LocalDate min, LocalDate max) {
    if (!has(field)) {
      return Optional.empty();
    }
    JsonNode v = body.get(field);
    String rule = "a date like 2026-11-25 from " + min + " to " + max;
    if (!v.isTextual()) {
      throw bad(field, v, rule);
    }
    try {
      LocalDate d = LocalDate.parse(v.textValue());
      if (d.isBefore(min) || d.isAfter(max)) {
        throw bad(field, v, rule);
      }
      return Optional.of(d);
    } catch (DateTimeParseException e) {
      throw bad(field, v, rule);
    }
  }

  /** One of {@code allowed}, as text. */
  public Optional<String> choice(String field, Set<String> allowed) {
    if (!has(field)) {
      return Optional.empty();
    }
    JsonNode v = body.get(field);
    if (!v.isTextual() || !allowed.contains(v.textValue())) {
      throw bad(field, v, "one of " + String.join(", ", new TreeSet<>(allowed)));
    }
    return Optional.of(v.textValue());
  }

  private HingeException bad(String field, JsonNode v, String rule) {
    return HingeException.invalidInput(
        field + ": " + StrictJson.shown(v) + " is not " + rule + " (in " + what + ")");
  }
}
