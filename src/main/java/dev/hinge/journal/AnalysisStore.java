package dev.hinge.journal;

import dev.hinge.faults.Fault;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.RepAnalysis;
import dev.hinge.report.AnalysisJson;
import dev.hinge.triage.TrainingContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Analysed sets: each saved with its day's session, its set, the {@code hinge.analysis/1} report
 * and every rep with its faults, all or nothing; listed, exported by rep, and read back for the
 * check-in's "recent training".
 */
public final class AnalysisStore {
  private final Database database;
  private final Connection db;

  AnalysisStore(Database database) {
    this.database = database;
    this.db = database.connection();
  }

  /** A saved analysis, as listed. */
  public record AnalysisSummary(
      long id,
      String day,
      String createdAt,
      String videoName,
      int fullReps,
      int partialReps,
      Double loadKg,
      Double meanVelocityMps,
      Double peakMomentNm,
      List<String> faults) {}

  /** One saved rep, as exported. */
  public record RepRow(
      long analysisId,
      String day,
      String videoName,
      Double loadKg,
      int rep,
      boolean partial,
      Double meanVelocityMps,
      Double peakVelocityMps,
      Double peakMomentNm,
      String faults) {}

  /**
   * A check-in is linked to the latest analysed set saved within this long (DOMS peaks 24–72 h
   * after training; overload pain shows the same or the next days).
   */
  public static final Duration RECENT_TRAINING = Duration.ofHours(96);

  /**
   * Records an analysed set: the day's session (created when needed), a deadlift set with its load
   * and full reps, the analysis with its report, and every rep with its faults, all or nothing.
   *
   * @return the analysis id
   */
  public long save(Analysis a, OptionalDouble loadKg) {
    Instant now = database.clock().instant();
    String day = LocalDate.ofInstant(now, database.clock().getZone()).toString();
    return database.inTransaction(
        () -> {
          long session = database.sessionFor(day);
          long set;
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT INTO sets (session_id, exercise, load_kg, reps) VALUES (?, ?, ?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, session);
            ps.setString(2, "deadlift");
            Database.setDouble(ps, 3, loadKg);
            ps.setInt(4, (int) a.repCount());
            ps.executeUpdate();
            set = Database.key(ps);
          }
          long analysis;
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT INTO analyses (set_id, created_at, video_name, full_reps, partial_reps,"
                      + " mean_velocity_mps, peak_moment_nm, report_json)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, set);
            ps.setString(2, now.toString());
            ps.setString(3, a.video().name());
            ps.setInt(4, (int) a.repCount());
            ps.setInt(5, (int) a.partialReps());
            ps.setDouble(6, a.set().meanConcentricVelocityMps());
            Database.setDouble(
                ps,
                7,
                a.set().lumbarLoadEstimated()
                    ? OptionalDouble.of(a.set().peakLumbarMomentNm())
                    : OptionalDouble.empty());
            ps.setString(8, AnalysisJson.toJson(a));
            ps.executeUpdate();
            analysis = Database.key(ps);
          }
          for (RepAnalysis r : a.reps()) {
            long rep;
            try (PreparedStatement ps =
                db.prepareStatement(
                    "INSERT INTO analysis_reps (analysis_id, rep_index, partial, mean_velocity_mps,"
                        + " peak_velocity_mps, peak_moment_nm) VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
              ps.setLong(1, analysis);
              ps.setInt(2, r.rep().index());
              ps.setBoolean(3, r.rep().partial());
              ps.setDouble(4, r.metrics().meanConcentricVelocityMps());
              ps.setDouble(5, r.metrics().peakConcentricVelocityMps());
              Database.setDouble(
                  ps,
                  6,
                  r.load().estimated()
                      ? OptionalDouble.of(r.load().peakMomentNm())
                      : OptionalDouble.empty());
              ps.executeUpdate();
              rep = Database.key(ps);
            }
            try (PreparedStatement ps =
                db.prepareStatement(
                    "INSERT INTO rep_faults (rep_id, code, severity, confidence)"
                        + " VALUES (?, ?, ?, ?)")) {
              for (Fault f : r.faults()) {
                ps.setLong(1, rep);
                ps.setString(2, f.code().name());
                ps.setString(3, f.severity().name());
                ps.setDouble(4, f.confidence());
                ps.addBatch();
              }
              if (!r.faults().isEmpty()) {
                ps.executeBatch();
              }
            }
          }
          return analysis;
        });
  }

  /** Saved analyses, newest first. */
  public List<AnalysisSummary> list() {
    String sql =
        "SELECT a.id, s.day, a.created_at, a.video_name, a.full_reps, a.partial_reps, st.load_kg,"
            + " a.mean_velocity_mps, a.peak_moment_nm FROM analyses a"
            + " JOIN sets st ON st.id = a.set_id JOIN sessions s ON s.id = st.session_id"
            + " ORDER BY a.id DESC";
    return database.read(
        () -> {
          // every analysis's faults in one query, not one query per analysis
          java.util.Map<Long, List<String>> faults = new java.util.HashMap<>();
          for (FaultRow f : faultRows()) {
            faults
                .computeIfAbsent(f.analysisId(), k -> new ArrayList<>())
                .add("rep " + f.rep() + " " + f.code() + " " + f.severity());
          }
          List<AnalysisSummary> out = new ArrayList<>();
          try (PreparedStatement ps = db.prepareStatement(sql);
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              long id = rs.getLong(1);
              out.add(
                  new AnalysisSummary(
                      id,
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getInt(5),
                      rs.getInt(6),
                      Database.nullableDouble(rs, 7),
                      Database.nullableDouble(rs, 8),
                      Database.nullableDouble(rs, 9),
                      faults.getOrDefault(id, List.of())));
            }
          }
          return out;
        });
  }

  /** One stored fault with the analysis and rep it belongs to. */
  private record FaultRow(long analysisId, long repId, int rep, String code, String severity) {}

  /** Every stored fault, in analysis, rep and detection order. */
  private List<FaultRow> faultRows() throws SQLException {
    List<FaultRow> out = new ArrayList<>();
    try (PreparedStatement ps =
            db.prepareStatement(
                "SELECT r.analysis_id, r.id, r.rep_index, f.code, f.severity FROM rep_faults f"
                    + " JOIN analysis_reps r ON r.id = f.rep_id"
                    + " ORDER BY r.analysis_id, r.rep_index, f.id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new FaultRow(
                rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
      }
    }
    return out;
  }

  /** The saved {@code hinge.analysis/1} report of one analysis. */
  public Optional<String> json(long id) {
    return database.read(
        () -> {
          try (PreparedStatement ps =
              db.prepareStatement("SELECT report_json FROM analyses WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }

  /** Every saved rep, oldest first: the CSV export. */
  public List<RepRow> reps() {
    String sql =
        "SELECT a.id, s.day, a.video_name, st.load_kg, r.rep_index, r.partial,"
            + " r.mean_velocity_mps, r.peak_velocity_mps, r.peak_moment_nm, r.id"
            + " FROM analysis_reps r JOIN analyses a ON a.id = r.analysis_id"
            + " JOIN sets st ON st.id = a.set_id JOIN sessions s ON s.id = st.session_id"
            + " ORDER BY a.id, r.rep_index";
    return database.read(
        () -> {
          java.util.Map<Long, List<String>> faults = new java.util.HashMap<>();
          for (FaultRow f : faultRows()) {
            faults
                .computeIfAbsent(f.repId(), k -> new ArrayList<>())
                .add(f.code() + ":" + f.severity());
          }
          List<RepRow> out = new ArrayList<>();
          try (PreparedStatement ps = db.prepareStatement(sql);
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(
                  new RepRow(
                      rs.getLong(1),
                      rs.getString(2),
                      rs.getString(3),
                      Database.nullableDouble(rs, 4),
                      rs.getInt(5),
                      rs.getBoolean(6),
                      Database.nullableDouble(rs, 7),
                      Database.nullableDouble(rs, 8),
                      Database.nullableDouble(rs, 9),
                      String.join(" ", faults.getOrDefault(rs.getLong(10), List.of()))));
            }
          }
          return out;
        });
  }

  /**
   * The latest analysed set if it was saved within {@code window} of now, with its faults by rep:
   * what a check-in can point at when the back hurts after training.
   */
  public TrainingContext trainingContext(Duration window) {
    return database.read(
        () -> {
          long id;
          Instant at;
          String video;
          int reps;
          Double moment;
          try (PreparedStatement ps =
                  db.prepareStatement(
                      "SELECT id, created_at, video_name, full_reps, peak_moment_nm FROM analyses"
                          + " ORDER BY id DESC LIMIT 1");
              ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
              return TrainingContext.none();
            }
            id = rs.getLong(1);
            at = Instant.parse(rs.getString(2));
            video = rs.getString(3);
            reps = rs.getInt(4);
            moment = Database.nullableDouble(rs, 5);
          }
          if (at.isBefore(database.clock().instant().minus(window))) {
            return TrainingContext.none();
          }
          java.util.Map<String, List<Integer>> byCode = new java.util.LinkedHashMap<>();
          try (PreparedStatement ps =
              db.prepareStatement(
                  "SELECT f.code, r.rep_index FROM rep_faults f JOIN analysis_reps r"
                      + " ON r.id = f.rep_id WHERE r.analysis_id = ? ORDER BY f.code, r.rep_index")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                byCode.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(rs.getInt(2));
              }
            }
          }
          List<TrainingContext.RepFault> faults = new ArrayList<>();
          byCode.forEach((code, r) -> faults.add(new TrainingContext.RepFault(code, r)));
          return TrainingContext.of(
              new TrainingContext.RecentSet(
                  Long.toString(id),
                  video,
                  at,
                  reps,
                  faults,
                  moment == null ? OptionalDouble.empty() : OptionalDouble.of(moment)));
        });
  }
}
