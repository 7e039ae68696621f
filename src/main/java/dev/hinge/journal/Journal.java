package dev.hinge.journal;

import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.faults.Fault;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.RepAnalysis;
import dev.hinge.report.AnalysisJson;
import dev.hinge.triage.TrainingContext;
import dev.hinge.triage.TriageResult;
import dev.hinge.triage.TriageResultJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.flywaydb.core.Flyway;

/**
 * The training journal: sessions (one per day), sets, analysed sets with their reps and faults, and
 * check-ins. SQLite in a file by default (WAL mode), PostgreSQL when given a {@code
 * jdbc:postgresql:} URL; the schema is migrated by Flyway when the journal opens. Every write that
 * touches more than one row runs in one transaction.
 */
public final class Journal implements AutoCloseable {
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

  /** A saved check-in. */
  public record CheckInSummary(
      long id, String createdAt, String disposition, String answersJson, String resultJson) {}

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

  /**
   * A check-in is linked to the latest analysed set saved within this long (DOMS peaks 24–72 h
   * after training; overload pain shows the same or the next days).
   */
  public static final Duration RECENT_TRAINING = Duration.ofHours(96);

  private final Connection db;
  private final String description;
  private final Clock clock;
  private final boolean sqlite;
  private long writes;

  private final String url;

  private Journal(Connection db, String url, String description, Clock clock, boolean sqlite) {
    this.url = url;
    this.sqlite = sqlite;
    this.db = db;
    this.description = description;
    this.clock = clock;
  }

  /**
   * Opens (and creates or migrates) the journal named by {@code spec}: a {@code jdbc:postgresql:}
   * URL, or a path to a SQLite file.
   *
   * @throws HingeException STORAGE when the database cannot be opened or migrated
   */
  public static Journal open(String spec) {
    return open(spec, Clock.systemDefaultZone());
  }

  public static Journal open(String spec, Clock clock) {
    boolean postgres = spec.startsWith("jdbc:postgresql:");
    String url;
    String description;
    if (postgres) {
      url = spec;
      description = "PostgreSQL " + spec.replaceAll("password=[^&]*", "password=***");
    } else {
      if (spec.startsWith("jdbc:")) {
        throw HingeException.invalidInput(
            "--db takes a SQLite file path or a jdbc:postgresql: URL, found " + spec);
      }
      Path file = Path.of(spec).toAbsolutePath();
      try {
        Files.createDirectories(file.getParent());
      } catch (java.io.IOException e) {
        throw new HingeException(
            ErrorKind.STORAGE,
            "cannot create the journal's directory " + file.getParent() + ": " + e.getMessage(),
            e);
      }
      url = "jdbc:sqlite:" + file;
      description = "SQLite " + file;
    }
    try {
      Flyway.configure()
          .dataSource(url, null, null)
          .locations("classpath:db/migration")
          .placeholders(
              Map.of(
                  "id",
                  postgres
                      ? "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
                      : "INTEGER PRIMARY KEY AUTOINCREMENT"))
          .load()
          .migrate();
      Connection c =
          postgres
              ? DriverManager.getConnection(url)
              : DriverManager.getConnection(url, sqliteConfig().toProperties());
      return new Journal(c, url, description, clock, !postgres);
    } catch (SQLException | org.flywaydb.core.api.FlywayException e) {
      throw new HingeException(
          ErrorKind.STORAGE, "cannot open the journal (" + description + "): " + rootMessage(e), e);
    }
  }

  /**
   * Further connections to the journal's database, for what keeps its own tables there (the job
   * queue): SQLite's with the same write-ahead log and wait for a busy file as the journal's own.
   */
  public javax.sql.DataSource dataSource() {
    if (sqlite) {
      org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource(sqliteConfig());
      ds.setUrl(url);
      return ds;
    }
    org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
    ds.setURL(url);
    return ds;
  }

  /**
   * Every connection to a SQLite journal: write-ahead log (readers never wait for the writer),
   * foreign keys, up to 5 s of waiting for another writer, and transactions that take the write
   * lock when they begin: a transaction that reads and then writes cannot fail with "database is
   * locked" at once when another connection (the job queue's, another process) wrote in between.
   */
  private static org.sqlite.SQLiteConfig sqliteConfig() {
    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
    config.setJournalMode(org.sqlite.SQLiteConfig.JournalMode.WAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(5000);
    config.setTransactionMode(org.sqlite.SQLiteConfig.TransactionMode.IMMEDIATE);
    return config;
  }

  /** Whether the journal is on PostgreSQL (else a SQLite file). */
  public boolean postgres() {
    return !sqlite;
  }

  /** The PostgreSQL schema the journal's tables live in (the connection's current schema). */
  public synchronized String schema() {
    if (sqlite) {
      return "main";
    }
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT current_schema()")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw storage("cannot read the journal's schema", e);
    }
  }

  /** The default journal: {@code journal.db} in the user's data directory. */
  public static Path defaultFile(Path dataDir) {
    return dataDir.resolve("journal.db");
  }

  public String description() {
    return description;
  }

  /**
   * Records an analysed set: the day's session (created when needed), a deadlift set with its load
   * and full reps, the analysis with its report, and every rep with its faults, all or nothing.
   *
   * @return the analysis id
   */
  public long saveAnalysis(Analysis a, OptionalDouble loadKg) {
    Instant now = clock.instant();
    String day = LocalDate.ofInstant(now, clock.getZone()).toString();
    return inTransaction(
        () -> {
          long session = sessionFor(day);
          long set;
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT INTO sets (session_id, exercise, load_kg, reps) VALUES (?, ?, ?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, session);
            ps.setString(2, "deadlift");
            setDouble(ps, 3, loadKg);
            ps.setInt(4, (int) a.repCount());
            ps.executeUpdate();
            set = key(ps);
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
            ps.setDouble(7, a.set().peakLumbarMomentNm());
            ps.setString(8, AnalysisJson.toJson(a));
            ps.executeUpdate();
            analysis = key(ps);
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
              ps.setDouble(6, r.load().peakMomentNm());
              ps.executeUpdate();
              rep = key(ps);
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

  /**
   * The lifter: height (scale), body mass (back load), the units loads are shown in, and the date
   * of birth and sex the check-in takes its age and sex from.
   */
  public record Profile(
      OptionalDouble heightCm,
      OptionalDouble bodyMassKg,
      String units,
      Optional<java.time.LocalDate> birthDate,
      Optional<String> sex) {
    /** Sexes the check-in schema knows. */
    public static final java.util.Set<String> SEXES = java.util.Set.of("female", "male", "other");

    public static final java.time.LocalDate EARLIEST_BIRTH = java.time.LocalDate.of(1900, 1, 1);

    public Profile {
      check("height", heightCm, 100, 250, "cm");
      check("body mass", bodyMassKg, 25, 300, "kg");
      if (!units.equals("kg") && !units.equals("lb")) {
        throw HingeException.invalidInput("units must be kg or lb, found '" + units + "'");
      }
      if (birthDate.isPresent() && birthDate.get().isBefore(EARLIEST_BIRTH)) {
        throw HingeException.invalidInput(
            "birth date must be on or after " + EARLIEST_BIRTH + ", found " + birthDate.get());
      }
      if (sex.isPresent() && !SEXES.contains(sex.get())) {
        throw HingeException.invalidInput(
            "sex must be female, male or other, found '" + sex.get() + "'");
      }
    }

    public Profile(OptionalDouble heightCm, OptionalDouble bodyMassKg, String units) {
      this(heightCm, bodyMassKg, units, Optional.empty(), Optional.empty());
    }

    public static Profile empty() {
      return new Profile(OptionalDouble.empty(), OptionalDouble.empty(), "kg");
    }

    /** Age in whole years on {@code day}, when the date of birth is known. */
    public java.util.OptionalInt ageOn(java.time.LocalDate day) {
      return birthDate
          .map(b -> java.util.OptionalInt.of(java.time.Period.between(b, day).getYears()))
          .orElse(java.util.OptionalInt.empty());
    }

    private static void check(String what, OptionalDouble v, double min, double max, String unit) {
      if (v.isPresent() && !(v.getAsDouble() >= min && v.getAsDouble() <= max)) {
        throw HingeException.invalidInput(
            String.format(
                java.util.Locale.ROOT,
                "%s must be between %.0f and %.0f %s, found %s",
                what,
                min,
                max,
                unit,
                v.getAsDouble()));
      }
    }
  }

  /** The lifter's profile, or an empty one (kilograms) before it is first saved. */
  public Profile profile() {
    return read(
        () -> {
          try (PreparedStatement ps =
                  db.prepareStatement(
                      "SELECT height_cm, body_mass_kg, units, birth_date, sex FROM lifter_profile"
                          + " WHERE id = 1");
              ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
              return Profile.empty();
            }
            Double h = nullableDouble(rs, 1);
            Double m = nullableDouble(rs, 2);
            return new Profile(
                h == null ? OptionalDouble.empty() : OptionalDouble.of(h),
                m == null ? OptionalDouble.empty() : OptionalDouble.of(m),
                rs.getString(3),
                Optional.ofNullable(rs.getString(4)).map(java.time.LocalDate::parse),
                Optional.ofNullable(rs.getString(5)));
          }
        });
  }

  public void saveProfile(Profile p) {
    inTransaction(
        () -> {
          try (PreparedStatement del = db.prepareStatement("DELETE FROM lifter_profile");
              PreparedStatement ins =
                  db.prepareStatement(
                      "INSERT INTO lifter_profile (id, height_cm, body_mass_kg, units, updated_at,"
                          + " birth_date, sex) VALUES (1, ?, ?, ?, ?, ?, ?)")) {
            del.executeUpdate();
            setDouble(ins, 1, p.heightCm());
            setDouble(ins, 2, p.bodyMassKg());
            ins.setString(3, p.units());
            ins.setString(4, clock.instant().toString());
            ins.setString(5, p.birthDate().map(java.time.LocalDate::toString).orElse(null));
            ins.setString(6, p.sex().orElse(null));
            ins.executeUpdate();
            return null;
          }
        });
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
    return inTransaction(
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
            long session = sessionFor(set.day().toString());
            try (PreparedStatement ps =
                db.prepareStatement(
                    "INSERT INTO sets (session_id, exercise, load_kg, reps, rpe, notes, source,"
                        + " source_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
              ps.setLong(1, session);
              ps.setString(2, set.exercise());
              setDouble(ps, 3, set.loadKg());
              if (set.reps().isPresent()) {
                ps.setInt(4, set.reps().getAsInt());
              } else {
                ps.setNull(4, Types.INTEGER);
              }
              setDouble(ps, 5, set.rpe());
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
  public long addSet(NewSet set) {
    return inTransaction(
        () -> {
          long session = sessionFor(set.day().toString());
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT INTO sets (session_id, exercise, load_kg, reps, rpe, rir, notes, source)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, 'manual')",
                  Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, session);
            ps.setString(2, set.exercise().strip());
            setDouble(ps, 3, set.loadKg());
            setInt(ps, 4, set.reps());
            setDouble(ps, 5, set.rpe());
            setInt(ps, 6, set.rir());
            ps.setString(7, set.notes() == null || set.notes().isBlank() ? null : set.notes());
            ps.executeUpdate();
            return key(ps);
          }
        });
  }

  private static void setInt(PreparedStatement ps, int i, java.util.OptionalInt v)
      throws SQLException {
    if (v.isPresent()) {
      ps.setInt(i, v.getAsInt());
    } else {
      ps.setNull(i, Types.INTEGER);
    }
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
  public List<SetRow> sets() {
    return read(
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
                      nullableDouble(rs, 4),
                      r,
                      nullableDouble(rs, 6),
                      rir,
                      rs.getString(7) == null ? "video" : rs.getString(7)));
            }
          }
          return out;
        });
  }

  /** Records a check-in: the answers as given and the triage result. */
  public long saveCheckIn(String answersJson, TriageResult result) {
    return inTransaction(
        () -> {
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT INTO checkins (created_at, disposition, answers_json, result_json)"
                      + " VALUES (?, ?, ?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, clock.instant().toString());
            ps.setString(2, result.disposition().name());
            ps.setString(3, answersJson);
            ps.setString(4, TriageResultJson.toJson(result));
            ps.executeUpdate();
            return key(ps);
          }
        });
  }

  /** Records an uploaded video, or returns the one already stored with the same content. */
  public Video addVideo(String sha256, long sizeBytes, String originalName) {
    return inTransaction(
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
            ps.setString(4, clock.instant().toString());
            ps.executeUpdate();
            return new Video(key(ps), sha256, sizeBytes, originalName);
          }
        });
  }

  public Optional<Video> video(long id) {
    return read(
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
    return inTransaction(
        () -> {
          String now = clock.instant().toString();
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT INTO jobs (video_id, status, progress, load_kg, created_at, updated_at,"
                      + " upload_name, runner_id) VALUES (?, ?, 0, ?, ?, ?, ?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, videoId);
            ps.setString(2, Job.QUEUED);
            setDouble(ps, 3, loadKg);
            ps.setString(4, now);
            ps.setString(5, now);
            ps.setString(6, uploadName);
            ps.setString(7, runnerId.toString());
            ps.executeUpdate();
            return new Job(
                key(ps),
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
    inTransaction(
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
            ps.setString(5, clock.instant().toString());
            ps.setLong(6, id);
            ps.executeUpdate();
            return null;
          }
        });
  }

  /** Gives a job that has none its id on the job queue; returns the id it has after. */
  public String assignRunner(long id, java.util.UUID runnerId) {
    return inTransaction(
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
    return read(
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
    return read(
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
                nullableDouble(rs, 5),
                analysisId,
                rs.getString(7),
                rs.getString(8),
                rs.getString(9)));
      }
    }
    return out;
  }

  /**
   * The latest analysed set if it was saved within {@code window} of now, with its faults by rep:
   * what a check-in can point at when the back hurts after training.
   */
  public TrainingContext trainingContext(Duration window) {
    return read(
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
            moment = nullableDouble(rs, 5);
          }
          if (at.isBefore(clock.instant().minus(window))) {
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

  /** Saved analyses, newest first. */
  public List<AnalysisSummary> analyses() {
    String sql =
        "SELECT a.id, s.day, a.created_at, a.video_name, a.full_reps, a.partial_reps, st.load_kg,"
            + " a.mean_velocity_mps, a.peak_moment_nm FROM analyses a"
            + " JOIN sets st ON st.id = a.set_id JOIN sessions s ON s.id = st.session_id"
            + " ORDER BY a.id DESC";
    return read(
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
                      nullableDouble(rs, 7),
                      nullableDouble(rs, 8),
                      nullableDouble(rs, 9),
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
  public Optional<String> analysisJson(long id) {
    return read(
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
    return read(
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
                      nullableDouble(rs, 4),
                      rs.getInt(5),
                      rs.getBoolean(6),
                      nullableDouble(rs, 7),
                      nullableDouble(rs, 8),
                      nullableDouble(rs, 9),
                      String.join(" ", faults.getOrDefault(rs.getLong(10), List.of()))));
            }
          }
          return out;
        });
  }

  /** Saved check-ins, newest first. */
  public List<CheckInSummary> checkIns() {
    return read(
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

  private long sessionFor(String day) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT id FROM sessions WHERE day = ?")) {
      ps.setString(1, day);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return rs.getLong(1);
        }
      }
    }
    try (PreparedStatement ps =
        db.prepareStatement(
            "INSERT INTO sessions (day) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, day);
      ps.executeUpdate();
      return key(ps);
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  private synchronized <T> T inTransaction(Work<T> work) {
    try {
      try {
        // SQLite: BEGIN IMMEDIATE, which fails here when another writer holds the lock too long
        db.setAutoCommit(false);
      } catch (SQLException e) {
        try {
          db.setAutoCommit(true);
        } catch (SQLException again) {
          e.addSuppressed(again);
        }
        throw e;
      }
      try {
        T out = work.run();
        db.commit();
        writes++;
        return out;
      } catch (SQLException | RuntimeException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw storage("cannot write to the journal", e);
    }
  }

  private synchronized <T> T read(Work<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw storage("cannot read the journal", e);
    }
  }

  private HingeException storage(String what, SQLException e) {
    return new HingeException(
        ErrorKind.STORAGE, what + " (" + description + "): " + rootMessage(e), e);
  }

  private static long key(PreparedStatement ps) throws SQLException {
    try (ResultSet keys = ps.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("the database returned no generated id");
      }
      return keys.getLong(1);
    }
  }

  private static void setDouble(PreparedStatement ps, int i, OptionalDouble v) throws SQLException {
    if (v.isPresent()) {
      ps.setDouble(i, v.getAsDouble());
    } else {
      ps.setNull(i, Types.DOUBLE);
    }
  }

  private static Double nullableDouble(ResultSet rs, int i) throws SQLException {
    double v = rs.getDouble(i);
    return rs.wasNull() ? null : v;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  /**
   * A number that changes whenever the journal's content may have changed, through this object or
   * (SQLite's {@code data_version}) through any other connection to the same file, such as a CLI
   * saving while the server runs; empty where no such number exists (PostgreSQL), so nothing may be
   * cached.
   */
  public synchronized java.util.OptionalLong version() {
    if (!sqlite) {
      return java.util.OptionalLong.empty();
    }
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA data_version")) {
      rs.next();
      return java.util.OptionalLong.of(rs.getLong(1) * 1_000_000_007L + writes);
    } catch (SQLException e) {
      return java.util.OptionalLong.empty();
    }
  }

  /** The zone the journal's days are counted in. */
  public ZoneId zone() {
    return clock.getZone();
  }

  /** Today in the journal's zone (ages are counted on it). */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw storage("cannot close the journal", e);
    }
  }
}
