package dev.hinge.app;

import dev.hinge.core.HingeException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules for the fields of a request, with one message shape for every edge: {@code field:
 * value-as-sent is not rule}. {@code null} means not given.
 */
final class Fields {
  private Fields() {}

  /** 1 to {@code maxChars} characters without control characters (tab and line breaks allowed). */
  static Optional<String> text(String field, String value, int maxChars) {
    if (value == null) {
      return Optional.empty();
    }
    String rule = "text of 1 to " + maxChars + " characters";
    if (value.isEmpty() || value.length() > maxChars) {
      throw bad(field, value, rule);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
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
    return Optional.of(value);
  }

  /** A calendar day written YYYY-MM-DD within [{@code min}, {@code max}]. */
  static Optional<LocalDate> day(String field, String value, LocalDate min, LocalDate max) {
    if (value == null) {
      return Optional.empty();
    }
    String rule = "a date like 2026-11-25 from " + min + " to " + max;
    try {
      LocalDate d = LocalDate.parse(value);
      if (d.isBefore(min) || d.isAfter(max)) {
        throw bad(field, value, rule);
      }
      return Optional.of(d);
    } catch (DateTimeParseException e) {
      throw bad(field, value, rule);
    }
  }

  static OptionalInt wholeNumber(String field, Long value, int min, int max) {
    if (value == null) {
      return OptionalInt.empty();
    }
    if (value < min || value > max) {
      throw bad(field, value, "a whole number from " + min + " to " + max);
    }
    return OptionalInt.of(value.intValue());
  }

  static OptionalDouble number(String field, Double value, double min, double max) {
    if (value == null) {
      return OptionalDouble.empty();
    }
    if (!(value >= min && value <= max)) {
      throw bad(field, value, "a number from " + plain(min) + " to " + plain(max));
    }
    return OptionalDouble.of(value);
  }

  /** One of {@code allowed}, in any case; returned in lower case. */
  static Optional<String> choice(String field, String value, Set<String> allowed) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.toLowerCase(Locale.ROOT);
    if (!allowed.contains(v)) {
      throw bad(field, value, "one of " + String.join(", ", new TreeSet<>(allowed)));
    }
    return Optional.of(v);
  }

  static HingeException bad(String field, Object value, String rule) {
    return HingeException.invalidInput(field + ": " + shown(value) + " is not " + rule);
  }

  /** A value as it was sent: text quoted (at most 60 characters, on one line), numbers plain. */
  static String shown(Object value) {
    if (value instanceof String s) {
      StringBuilder b = new StringBuilder("\"");
      String cut = s.length() <= 60 ? s : s.substring(0, 57);
      for (int i = 0; i < cut.length(); i++) {
        char c = cut.charAt(i);
        b.append(Character.isISOControl(c) ? '?' : c);
      }
      return b.append(s.length() <= 60 ? "\"" : "...\"").toString();
    }
    if (value instanceof Double d) {
      return Double.isFinite(d) ? plain(d) : d.toString();
    }
    return String.valueOf(value);
  }

  private static String plain(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
