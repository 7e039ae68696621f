package dev.hinge.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Uploaded videos (the bytes are on disk, by SHA-256; {@link VideoStore}) and the jobs that analyse
 * them: each upload's status, progress and result, written by whichever process runs it.
 */
public final class UploadStore {
  private final Database database;
  private final Connection db;

  UploadStore(Database database) {
    this.database = database;
    this.db = database.connection();
  }

  /** An uploaded video: its bytes are stored on disk under their SHA-256. */
  public record Video(long id, String sha256, long sizeBytes, String originalName) {}

  /**
   * A background analysis: {@code queued}, {@code running}, {@code done} or {@code failed}; {@code
   * uploadName} is the name the video was sent under this time (null on jobs from before names were
   * kept per upload); {@code runnerId} is its job's id on the job queue (null on jobs queued before
   * the queue, until a server or worker queues them).
   */
  public record Job(
      long id,
      long videoId,
      String status,
      double progress,
      Double loadKg,
      Long analysisId,
      String error,
      String uploadName,
      String runnerId) {
    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
  }

  /** Records an uploaded video, or returns the one already stored with the same content. */
  public Video addVideo(String sha256, long sizeBytes, String originalName) {
    return database.inTransaction(
        () -> {
          Optional<Video> known = videoBySha(sha256);
          if (known.isPresent()) {
            return known.get();
          }
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT INTO videos (sha256, size_bytes, original_name, created_at)"
                      + " VALUES (?, ?, ?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, sha256);
            ps.setLong(2, sizeBytes);
            ps.setString(3, originalName);
            ps.setString(4, database.clock().instant().toString());
            ps.executeUpdate();
            return new Video(Database.key(ps), sha256, sizeBytes, originalName);
          }
        });
  }

  public Optional<Video> video(long id) {
    return database.read(
        () -> {
          try (PreparedStatement ps =
              db.prepareStatement(
                  "SELECT id, sha256, size_bytes, original_name FROM videos WHERE id = ?")) {
            ps.setLong(1, id);
            return oneVideo(ps);
          }
        });
  }

  private Optional<Video> videoBySha(String sha) throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT id, sha256, size_bytes, original_name FROM videos WHERE sha256 = ?")) {
      ps.setString(1, sha);
      return oneVideo(ps);
    }
  }

  private static Optional<Video> oneVideo(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next()
          ? Optional.of(new Video(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
          : Optional.empty();
    }
  }

  /** Queues an analysis of a stored video, sent this time under {@code uploadName}. */
  public Job createJob(
      long videoId, OptionalDouble loadKg, String uploadName, java.util.UUID runnerId) {
    return database.inTransaction(
        () -> {
          String now = database.clock().instant().toString();
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT INTO jobs (video_id, status, progress, load_kg, created_at, updated_at,"
                      + " upload_name, runner_id) VALUES (?, ?, 0, ?, ?, ?, ?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, videoId);
            ps.setString(2, Job.QUEUED);
            Database.setDouble(ps, 3, loadKg);
            ps.setString(4, now);
            ps.setString(5, now);
            ps.setString(6, uploadName);
            ps.setString(7, runnerId.toString());
            ps.executeUpdate();
            return new Job(
                Database.key(ps),
                videoId,
                Job.QUEUED,
                0,
                loadKg.isPresent() ? loadKg.getAsDouble() : null,
                null,
                null,
                uploadName,
                runnerId.toString());
          }
        });
  }

  /** Moves a job on: its status, progress (0–1), and when done or failed, the result. */
  public void updateJob(long id, String status, double progress, Long analysisId, String error) {
    database.inTransaction(
        () -> {
          try (PreparedStatement ps =
              db.prepareStatement(
                  "UPDATE jobs SET status = ?, progress = ?, analysis_id = ?, error = ?,"
                      + " updated_at = ? WHERE id = ?")) {
            ps.setString(1, status);
            ps.setDouble(2, progress);
            if (analysisId == null) {
              ps.setNull(3, Types.BIGINT);
            } else {
              ps.setLong(3, analysisId);
            }
            ps.setString(4, error);
            ps.setString(5, database.clock().instant().toString());
            ps.setLong(6, id);
            ps.executeUpdate();
            return null;
          }
        });
  }

  /**
   * Puts an unfinished job back in the queue's order (its progress back to 0), keeping the analysis
   * a previous try may have saved for it: a try that runs after finds it and does not analyse
   * again.
   */
  public void requeue(long id) {
    database.inTransaction(
        () -> {
          try (PreparedStatement ps =
              db.prepareStatement(
                  "UPDATE jobs SET status = ?, progress = 0, error = NULL, updated_at = ?"
                      + " WHERE id = ? AND status IN (?, ?)")) {
            ps.setString(1, Job.QUEUED);
            ps.setString(2, database.clock().instant().toString());
            ps.setLong(3, id);
            ps.setString(4, Job.QUEUED);
            ps.setString(5, Job.RUNNING);
            ps.executeUpdate();
            return null;
          }
        });
  }

  /** Gives a job that has none its id on the job queue; returns the id it has after. */
  public String assignRunner(long id, java.util.UUID runnerId) {
    return database.inTransaction(
        () -> {
          try (PreparedStatement ps =
              db.prepareStatement(
                  "UPDATE jobs SET runner_id = ? WHERE id = ? AND runner_id IS NULL")) {
            ps.setString(1, runnerId.toString());
            ps.setLong(2, id);
            ps.executeUpdate();
          }
          try (PreparedStatement ps = db.prepareStatement(JOB_SQL + " WHERE id = ?")) {
            ps.setLong(1, id);
            return jobs(ps).get(0).runnerId();
          }
        });
  }

  public Optional<Job> job(long id) {
    return database.read(
        () -> {
          try (PreparedStatement ps = db.prepareStatement(JOB_SQL + " WHERE id = ?")) {
            ps.setLong(1, id);
            List<Job> jobs = jobs(ps);
            return jobs.isEmpty() ? Optional.empty() : Optional.of(jobs.get(0));
          }
        });
  }

  /** Jobs with the given status, oldest first. */
  public List<Job> jobs(String status) {
    return database.read(
        () -> {
          try (PreparedStatement ps =
              db.prepareStatement(JOB_SQL + " WHERE status = ? ORDER BY id")) {
            ps.setString(1, status);
            return jobs(ps);
          }
        });
  }

  private static final String JOB_SQL =
      "SELECT id, video_id, status, progress, load_kg, analysis_id, error, upload_name, runner_id"
          + " FROM jobs";

  private static List<Job> jobs(PreparedStatement ps) throws SQLException {
    List<Job> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long analysis = rs.getLong(6);
        Long analysisId = rs.wasNull() ? null : analysis;
        out.add(
            new Job(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getDouble(4),
                Database.nullableDouble(rs, 5),
                analysisId,
                rs.getString(7),
                rs.getString(8),
                rs.getString(9)));
      }
    }
    return out;
  }
}
