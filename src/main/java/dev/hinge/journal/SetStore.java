package dev.hinge.journal;

import dev.hinge.core.HingeException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The training log's sets: logged by hand, imported from Strong or Hevy, and those of analysed
 * videos, each in its day's session.
 */
public final class SetStore {
  private final Database database;
  private final Connection db;

  SetStore(Database database) {
    this.database = database;
    this.db = database.connection();
  }

  /** What an import did. */
  public record ImportSummary(
      int imported, int alreadyPresent, int badRowsSkipped, int emptyRows) {}

  /**
   * Imports the sets read from another log's export, into the day's sessions, in one transaction.
   * Sets already imported (same source row) are not added twice. With bad rows and {@code
   * skipBadRows} false nothing is imported and the error lists every bad row.
   */
  public ImportSummary importSets(WorkoutImport.Result read, boolean skipBadRows) {
    if (!read.errors().isEmpty() && !skipBadRows) {
      List<String> lines = read.errors().stream().limit(20).map(Object::toString).toList();
      throw HingeException.invalidInput(
          read.errors().size()
              + " bad row"
              + (read.errors().size() == 1 ? "" : "s")
              + " in the "
              + read.format().name().charAt(0)
              + read.format().name().substring(1).toLowerCase(java.util.Locale.ROOT)
              + " export, nothing imported (--skip-bad-rows imports the rest): "
              + String.join("; ", lines)
              + (read.errors().size() > 20 ? "; …" : ""));
    }
    return database.inTransaction(
        () -> {
          int imported = 0;
          int present = 0;
          String source = read.format().name().toLowerCase(java.util.Locale.ROOT);
          for (WorkoutImport.ImportedSet set : read.sets()) {
            try (PreparedStatement ps =
                db.prepareStatement("SELECT 1 FROM sets WHERE source_key = ?")) {
              ps.setString(1, set.sourceKey());
              try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                  present++;
                  continue;
                }
              }
            }
            long session = database.sessionFor(set.day().toString());
            try (PreparedStatement ps =
                db.prepareStatement(
                    "INSERT INTO sets (session_id, exercise, load_kg, reps, rpe, notes, source,"
                        + " source_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
              ps.setLong(1, session);
              ps.setString(2, set.exercise());
              Database.setDouble(ps, 3, set.loadKg());
              if (set.reps().isPresent()) {
                ps.setInt(4, set.reps().getAsInt());
              } else {
                ps.setNull(4, Types.INTEGER);
              }
              Database.setDouble(ps, 5, set.rpe());
              ps.setString(6, set.notes().isEmpty() ? null : set.notes());
              ps.setString(7, source);
              ps.setString(8, set.sourceKey());
              ps.executeUpdate();
              imported++;
            }
          }
          return new ImportSummary(imported, present, read.errors().size(), read.emptyRows());
        });
  }

  /** A set logged by hand. */
  public record NewSet(
      java.time.LocalDate day,
      String exercise,
      OptionalDouble loadKg,
      java.util.OptionalInt reps,
      OptionalDouble rpe,
      java.util.OptionalInt rir,
      String notes) {
    public NewSet {
      if (exercise == null || exercise.isBlank() || exercise.length() > 200) {
        throw HingeException.invalidInput(
            "exercise must be a name of 1 to 200 characters, found '" + exercise + "'");
      }
      if (loadKg.isPresent() && !(loadKg.getAsDouble() >= 0 && loadKg.getAsDouble() <= 1000)) {
        throw HingeException.invalidInput(
            "loadKg must be between 0 and 1000, found " + loadKg.getAsDouble());
      }
      if (reps.isPresent() && !(reps.getAsInt() >= 0 && reps.getAsInt() <= 1000)) {
        throw HingeException.invalidInput(
            "reps must be between 0 and 1000, found " + reps.getAsInt());
      }
      if (rpe.isPresent() && !(rpe.getAsDouble() >= 1 && rpe.getAsDouble() <= 10)) {
        throw HingeException.invalidInput(
            "rpe must be between 1 and 10, found " + rpe.getAsDouble());
      }
      if (rir.isPresent() && !(rir.getAsInt() >= 0 && rir.getAsInt() <= 10)) {
        throw HingeException.invalidInput("rir must be between 0 and 10, found " + rir.getAsInt());
      }
      if (day.getYear() < 1900 || day.getYear() > 2100) {
        throw HingeException.invalidInput(
            "day must be between 1900-01-01 and 2100-12-31, found " + day);
      }
      if (notes != null && (notes.length() > 2000 || notes.chars().anyMatch(NewSet::control))) {
        throw HingeException.invalidInput(
            "notes must be up to 2000 characters of text without control characters, found "
                + notes.length()
                + " characters");
      }
      if (exercise.chars().anyMatch(NewSet::control)) {
        throw HingeException.invalidInput("exercise must not contain control characters");
      }
    }

    private static boolean control(int c) {
      return Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r';
    }
  }

  /** Logs a set by hand into its day's session. */
  public long log(NewSet set) {
    return database.inTransaction(
        () -> {
          long session = database.sessionFor(set.day().toString());
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT INTO sets (session_id, exercise, load_kg, reps, rpe, rir, notes, source)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, 'manual')",
                  Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, session);
            ps.setString(2, set.exercise().strip());
            Database.setDouble(ps, 3, set.loadKg());
            Database.setInt(ps, 4, set.reps());
            Database.setDouble(ps, 5, set.rpe());
            Database.setInt(ps, 6, set.rir());
            ps.setString(7, set.notes() == null || set.notes().isBlank() ? null : set.notes());
            ps.executeUpdate();
            return Database.key(ps);
          }
        });
  }

  /** One set of the training log, as kept. */
  public record SetRow(
      long id,
      String day,
      String exercise,
      Double loadKg,
      Integer reps,
      Double rpe,
      Integer rir,
      String source) {}

  /** Every set, newest day first: imported ones and those of analysed videos. */
  public List<SetRow> list() {
    return database.read(
        () -> {
          List<SetRow> out = new ArrayList<>();
          try (PreparedStatement ps =
                  db.prepareStatement(
                      "SELECT st.id, s.day, st.exercise, st.load_kg, st.reps, st.rpe, st.source,"
                          + " st.rir"
                          + " FROM sets st JOIN sessions s ON s.id = st.session_id"
                          + " ORDER BY s.day DESC, st.id");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              int reps = rs.getInt(5);
              Integer r = rs.wasNull() ? null : reps;
              int rirValue = rs.getInt(8);
              Integer rir = rs.wasNull() ? null : rirValue;
              out.add(
                  new SetRow(
                      rs.getLong(1),
                      rs.getString(2),
                      rs.getString(3),
                      Database.nullableDouble(rs, 4),
                      r,
                      Database.nullableDouble(rs, 6),
                      rir,
                      rs.getString(7) == null ? "video" : rs.getString(7)));
            }
          }
          return out;
        });
  }
}
