package dev.hinge.journal;

import dev.hinge.triage.TriageResult;
import dev.hinge.triage.TriageResultJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Check-ins: the answers as given and the triage result. */
public final class CheckInStore {
  private final Database database;
  private final Connection db;

  CheckInStore(Database database) {
    this.database = database;
    this.db = database.connection();
  }

  /** A saved check-in. */
  public record CheckInSummary(
      long id, String createdAt, String disposition, String answersJson, String resultJson) {}

  /** Records a check-in: the answers as given and the triage result. */
  public long save(String answersJson, TriageResult result) {
    return database.inTransaction(
        () -> {
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT INTO checkins (created_at, disposition, answers_json, result_json)"
                      + " VALUES (?, ?, ?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, database.clock().instant().toString());
            ps.setString(2, result.disposition().name());
            ps.setString(3, answersJson);
            ps.setString(4, TriageResultJson.toJson(result));
            ps.executeUpdate();
            return Database.key(ps);
          }
        });
  }

  /** Saved check-ins, newest first. */
  public List<CheckInSummary> list() {
    return database.read(
        () -> {
          List<CheckInSummary> out = new ArrayList<>();
          try (PreparedStatement ps =
                  db.prepareStatement(
                      "SELECT id, created_at, disposition, answers_json, result_json FROM checkins"
                          + " ORDER BY id DESC");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(
                  new CheckInSummary(
                      rs.getLong(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5)));
            }
          }
          return out;
        });
  }
}
