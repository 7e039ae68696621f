package dev.hinge.app;

import dev.hinge.core.HingeException;
import dev.hinge.journal.Journal;
import dev.hinge.journal.SetStore;
import dev.hinge.journal.WorkoutImport;
import java.io.Reader;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Sets logged by hand and sets imported from another log's export (Strong, Hevy), into the day's
 * training session.
 */
public final class TrainingLog {
  /** Days a set may be logged on: anything else is a typo, and PostgreSQL could not store it. */
  public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

  public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

  /**
   * A set as sent: {@code null} means not given. {@code day} YYYY-MM-DD (default today), {@code
   * exercise} 1–200 characters, {@code loadKg} 0–1000, {@code reps} 0–1000, {@code rpe} 1–10,
   * {@code rir} 0–10, {@code notes} up to 2000 characters.
   */
  public record SetRequest(
      String day, String exercise, Double loadKg, Long reps, Double rpe, Long rir, String notes) {}

  /** What an import read and what it added. */
  public record Imported(WorkoutImport.Result read, SetStore.ImportSummary summary) {
    /** The export's format as a name, e.g. "Strong". */
    public String formatName() {
      String f = read.format().name();
      return f.charAt(0) + f.substring(1).toLowerCase(Locale.ROOT);
    }
  }

  private final Journal journal;

  public TrainingLog(Journal journal) {
    this.journal = journal;
  }

  /** Logs a set; returns its id. */
  public long log(SetRequest r) {
    return journal
        .sets()
        .log(
            new SetStore.NewSet(
                Fields.day("day", r.day(), FIRST_DAY, LAST_DAY).orElseGet(journal::today),
                Fields.text("exercise", r.exercise(), 200)
                    .orElseThrow(
                        () ->
                            HingeException.invalidInput(
                                "exercise: missing; the set's exercise, e.g. \"deadlift\"")),
                Fields.number("loadKg", r.loadKg(), 0, 1000),
                Fields.wholeNumber("reps", r.reps(), 0, 1000),
                Fields.number("rpe", r.rpe(), 1, 10),
                Fields.wholeNumber("rir", r.rir(), 0, 10),
                Fields.text("notes", r.notes(), 2000).orElse(null)));
  }

  /**
   * Imports an export (recognised from its header; {@code units}, kg or lb, for weights the file
   * does not qualify). With bad rows nothing is imported unless {@code skipBadRows}.
   */
  public Imported importExport(Reader csv, String units, boolean skipBadRows) {
    String u = units.toLowerCase(Locale.ROOT);
    if (!u.equals("kg") && !u.equals("lb") && !u.equals("lbs")) {
      throw Fields.bad("units", units, "one of kg, lb");
    }
    WorkoutImport.Result read = WorkoutImport.read(csv, u);
    return new Imported(read, journal.sets().importSets(read, skipBadRows));
  }
}
