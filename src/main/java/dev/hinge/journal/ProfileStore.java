package dev.hinge.journal;

import dev.hinge.core.HingeException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.OptionalDouble;

/** The lifter's profile: one row, replaced whole. */
public final class ProfileStore {
  private final Database database;
  private final Connection db;

  ProfileStore(Database database) {
    this.database = database;
    this.db = database.connection();
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
  public Profile get() {
    return database.read(
        () -> {
          try (PreparedStatement ps =
                  db.prepareStatement(
                      "SELECT height_cm, body_mass_kg, units, birth_date, sex FROM lifter_profile"
                          + " WHERE id = 1");
              ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
              return Profile.empty();
            }
            Double h = Database.nullableDouble(rs, 1);
            Double m = Database.nullableDouble(rs, 2);
            return new Profile(
                h == null ? OptionalDouble.empty() : OptionalDouble.of(h),
                m == null ? OptionalDouble.empty() : OptionalDouble.of(m),
                rs.getString(3),
                Optional.ofNullable(rs.getString(4)).map(java.time.LocalDate::parse),
                Optional.ofNullable(rs.getString(5)));
          }
        });
  }

  public void save(Profile p) {
    database.inTransaction(
        () -> {
          try (PreparedStatement del = db.prepareStatement("DELETE FROM lifter_profile");
              PreparedStatement ins =
                  db.prepareStatement(
                      "INSERT INTO lifter_profile (id, height_cm, body_mass_kg, units, updated_at,"
                          + " birth_date, sex) VALUES (1, ?, ?, ?, ?, ?, ?)")) {
            del.executeUpdate();
            Database.setDouble(ins, 1, p.heightCm());
            Database.setDouble(ins, 2, p.bodyMassKg());
            ins.setString(3, p.units());
            ins.setString(4, database.clock().instant().toString());
            ins.setString(5, p.birthDate().map(java.time.LocalDate::toString).orElse(null));
            ins.setString(6, p.sex().orElse(null));
            ins.executeUpdate();
            return null;
          }
        });
  }
}
