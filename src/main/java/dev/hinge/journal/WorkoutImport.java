package dev.hinge.journal;

import dev.hinge.core.HingeException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads set-by-set exports of other training logs (docs/journal.md lists the formats): Strong
 * (semicolon-separated with a weight-unit column, or comma-separated in the user's unit) and Hevy
 * (weight_kg or weight_lbs). The format is recognised from the header. Every row is checked; bad
 * rows are reported with their line number and reason.
 */
public final class WorkoutImport {
  static final double KG_PER_LB = 0.45359237;

  /** The export formats recognised. */
  public enum Format {
    STRONG,
    HEVY
  }

  /** One imported set, in kilograms. */
  public record ImportedSet(
      LocalDate day,
      String exercise,
      OptionalDouble loadKg,
      OptionalInt reps,
      OptionalDouble rpe,
      String notes,
      String sourceKey) {}

  /** A row that could not be read: its line in the file and why. */
  public record RowError(long line, String reason) {
    @Override
    public String toString() {
      return "line " + line + ": " + reason;
    }
  }

  /** What a file held: its format, the sets read, the bad rows and the empty rows skipped. */
  public record Result(
      Format format, List<ImportedSet> sets, List<RowError> errors, int emptyRows) {}

  private WorkoutImport() {}

  /**
   * Reads an export.
   *
   * @param unitIfUnstated the unit of weights when the file does not say (Strong's comma format)
   * @throws HingeException INVALID_INPUT when the header is not one of the supported formats
   */
  public static Result read(Reader in, String unitIfUnstated) {
    try {
      String text = readAll(in);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      String header = text.lines().findFirst().orElse("").trim();
      char delimiter = header.contains(";") && !header.contains(",") ? ';' : ',';
      CSVFormat csv =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(delimiter)
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreEmptyLines(true)
              .setTrim(true)
              .build();
      try (CSVParser p = csv.parse(new java.io.StringReader(text))) {
        Map<String, Integer> columns = new HashMap<>();
        p.getHeaderMap().forEach((k, v) -> columns.put(k.trim().toLowerCase(Locale.ROOT), v));
        if (columns.containsKey("exercise name") && columns.containsKey("set order")) {
          return strong(p, columns, unitIfUnstated);
        }
        if (columns.containsKey("exercise_title") && columns.containsKey("set_index")) {
          return hevy(p, columns);
        }
        throw HingeException.invalidInput(
            "not a Strong or Hevy export: the header is '"
                + (header.length() > 120 ? header.substring(0, 120) + "…" : header)
                + "' (Strong needs 'Exercise Name' and 'Set Order', Hevy 'exercise_title' and"
                + " 'set_index')");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the export: " + e.getMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw HingeException.invalidInput("the export is not valid CSV: " + e.getMessage());
    }
  }

  private static Result strong(CSVParser p, Map<String, Integer> col, String unitIfUnstated) {
    List<ImportedSet> sets = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    int empty = 0;
    for (CSVRecord r : p) {
      if (blank(r)) {
        empty++;
        continue;
      }
      try {
        LocalDateTime when = strongDate(get(r, col, "date"));
        String exercise = required(r, col, "exercise name");
        String unit = get(r, col, "weight unit");
        if (unit.isEmpty()) {
          unit = unitIfUnstated;
        }
        OptionalDouble weight = number(r, col, "weight");
        OptionalDouble kg =
            weight.isPresent() ? OptionalDouble.of(toKg(weight.getAsDouble(), unit)) : weight;
        String order = required(r, col, "set order");
        sets.add(
            new ImportedSet(
                when.toLocalDate(),
                exercise,
                kg,
                integer(r, col, "reps"),
                rpe(r, col, "rpe"),
                get(r, col, "notes"),
                "strong|"
                    + when
                    + "|"
                    + get(r, col, "workout name")
                    + "|"
                    + exercise
                    + "|"
                    + order));
      } catch (RowException e) {
        errors.add(new RowError(r.getParser().getCurrentLineNumber(), e.getMessage()));
      }
    }
    return new Result(Format.STRONG, sets, errors, empty);
  }

  private static Result hevy(CSVParser p, Map<String, Integer> col) {
    List<ImportedSet> sets = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    int empty = 0;
    boolean pounds = col.containsKey("weight_lbs");
    if (!pounds && !col.containsKey("weight_kg")) {
      throw HingeException.invalidInput(
          "a Hevy export needs a weight_kg or weight_lbs column; found " + col.keySet());
    }
    for (CSVRecord r : p) {
      if (blank(r)) {
        empty++;
        continue;
      }
      try {
        LocalDateTime when = hevyDate(get(r, col, "start_time"));
        String exercise = required(r, col, "exercise_title");
        OptionalDouble weight = number(r, col, pounds ? "weight_lbs" : "weight_kg");
        OptionalDouble kg =
            weight.isPresent()
                ? OptionalDouble.of(toKg(weight.getAsDouble(), pounds ? "lbs" : "kg"))
                : weight;
        String type = get(r, col, "set_type");
        String notes = get(r, col, "exercise_notes");
        if (!type.isEmpty() && !type.equals("normal")) {
          notes = notes.isEmpty() ? type : type + "; " + notes;
        }
        sets.add(
            new ImportedSet(
                when.toLocalDate(),
                exercise,
                kg,
                integer(r, col, "reps"),
                rpe(r, col, "rpe"),
                notes,
                "hevy|"
                    + when
                    + "|"
                    + get(r, col, "title")
                    + "|"
                    + exercise
                    + "|"
                    + required(r, col, "set_index")));
      } catch (RowException e) {
        errors.add(new RowError(r.getParser().getCurrentLineNumber(), e.getMessage()));
      }
    }
    return new Result(Format.HEVY, sets, errors, empty);
  }

  /** A row that cannot be read; the message names the column and the value found. */
  static final class RowException extends Exception {
    private static final long serialVersionUID = 1L;

    RowException(String message) {
      super(message, null, false, false);
    }
  }

  private static final DateTimeFormatter STRONG_DATE =
      new DateTimeFormatterBuilder()
          .appendPattern("yyyy-MM-dd")
          .optionalStart()
          .appendLiteral(' ')
          .appendPattern("H:mm[:ss]")
          .optionalEnd()
          .parseDefaulting(java.time.temporal.ChronoField.HOUR_OF_DAY, 0)
          .toFormatter(Locale.ROOT);

  private static final DateTimeFormatter HEVY_DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

  private static LocalDateTime strongDate(String s) throws RowException {
    try {
      return LocalDateTime.parse(s, STRONG_DATE);
    } catch (DateTimeParseException e) {
      throw new RowException("Date '" + s + "' is not a date like 2024-05-03 18:30:00");
    }
  }

  private static LocalDateTime hevyDate(String s) throws RowException {
    try {
      return LocalDateTime.parse(s, HEVY_DATE);
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(s.replace(' ', 'T'));
      } catch (DateTimeParseException e2) {
        throw new RowException("start_time '" + s + "' is not a date like 26 Jul 2025, 07:06");
      }
    }
  }

  private static double toKg(double weight, String unit) throws RowException {
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "kg", "kgs" -> weight;
      case "lb", "lbs" -> weight * KG_PER_LB;
      default -> throw new RowException("weight unit '" + unit + "' is neither kg nor lbs");
    };
  }

  private static boolean blank(CSVRecord r) {
    for (String v : r) {
      if (!v.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String get(CSVRecord r, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    return i == null || i >= r.size() ? "" : r.get(i).trim();
  }

  private static String required(CSVRecord r, Map<String, Integer> col, String name)
      throws RowException {
    String v = get(r, col, name);
    if (v.isEmpty()) {
      throw new RowException(name + " is empty");
    }
    return v;
  }

  private static OptionalDouble number(CSVRecord r, Map<String, Integer> col, String name)
      throws RowException {
    String v = get(r, col, name);
    if (v.isEmpty()) {
      return OptionalDouble.empty();
    }
    try {
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d) || d < 0) {
        throw new NumberFormatException();
      }
      return OptionalDouble.of(d);
    } catch (NumberFormatException e) {
      throw new RowException(name + " '" + v + "' is not a number of 0 or more");
    }
  }

  private static OptionalInt integer(CSVRecord r, Map<String, Integer> col, String name)
      throws RowException {
    OptionalDouble d = number(r, col, name);
    if (d.isEmpty()) {
      return OptionalInt.empty();
    }
    double v = d.getAsDouble();
    if (v != Math.rint(v) || v > 10_000) {
      throw new RowException(name + " '" + get(r, col, name) + "' is not a whole number");
    }
    return OptionalInt.of((int) v);
  }

  private static OptionalDouble rpe(CSVRecord r, Map<String, Integer> col, String name)
      throws RowException {
    OptionalDouble d = number(r, col, name);
    if (d.isPresent() && d.getAsDouble() > 10) {
      throw new RowException(name + " '" + get(r, col, name) + "' is above 10");
    }
    return d;
  }

  private static String readAll(Reader in) throws IOException {
    StringBuilder b = new StringBuilder();
    char[] buf = new char[8192];
    int n;
    while ((n = in.read(buf)) > 0) {
      b.append(buf, 0, n);
    }
    return b.toString();
  }
}
