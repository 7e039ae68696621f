package dev.hinge.journal;

import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.OptionalDouble;

/**
 * The journal's one connection and how every store uses it: each write in one transaction (on
 * SQLite begun IMMEDIATE), reads and writes one at a time, errors as STORAGE naming the database.
 */
final class Database implements AutoCloseable {
  private final Connection db;
  private final String description;
  private final Clock clock;
  private final boolean sqlite;
  private long writes;
  private int depth;

  Database(Connection db, String description, Clock clock, boolean sqlite) {
    this.db = db;
    this.description = description;
    this.clock = clock;
    this.sqlite = sqlite;
  }

  Connection connection() {
    return db;
  }

  Clock clock() {
    return clock;
  }

  boolean sqlite() {
    return sqlite;
  }

  String description() {
    return description;
  }

  long sessionFor(String day) throws SQLException {
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
  interface Work<T> {
    T run() throws SQLException;
  }

  synchronized <T> T inTransaction(Work<T> work) {
    if (depth > 0) {
      // within another store's transaction (Journal#inTransaction): one commit, at the outermost
      try {
        return work.run();
      } catch (SQLException e) {
        throw storage("cannot write to the journal", e);
      }
    }
    depth++;
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
    } finally {
      depth--;
    }
  }

  synchronized <T> T read(Work<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw storage("cannot read the journal", e);
    }
  }

  HingeException storage(String what, SQLException e) {
    return new HingeException(
        ErrorKind.STORAGE, what + " (" + description + "): " + rootMessage(e), e);
  }

  static long key(PreparedStatement ps) throws SQLException {
    try (ResultSet keys = ps.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("the database returned no generated id");
      }
      return keys.getLong(1);
    }
  }

  static void setInt(PreparedStatement ps, int i, java.util.OptionalInt v) throws SQLException {
    if (v.isPresent()) {
      ps.setInt(i, v.getAsInt());
    } else {
      ps.setNull(i, Types.INTEGER);
    }
  }

  static void setDouble(PreparedStatement ps, int i, OptionalDouble v) throws SQLException {
    if (v.isPresent()) {
      ps.setDouble(i, v.getAsDouble());
    } else {
      ps.setNull(i, Types.DOUBLE);
    }
  }

  static Double nullableDouble(ResultSet rs, int i) throws SQLException {
    double v = rs.getDouble(i);
    return rs.wasNull() ? null : v;
  }

  static String rootMessage(Throwable e) {
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

  /** The connection's current schema on PostgreSQL ("main" on SQLite). */
  synchronized String schema() {
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

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw storage("cannot close the journal", e);
    }
  }
}
