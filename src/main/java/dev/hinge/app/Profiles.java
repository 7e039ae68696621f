package dev.hinge.app;

import dev.hinge.journal.Journal;
import dev.hinge.journal.ProfileStore;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The lifter's profile: height (the video's scale), body mass (the back-load estimate), the units
 * loads are shown in, date of birth and sex (the check-in's age and sex). Read, replaced (the web
 * form sends every field) or changed field by field (the terminal), with the same rules.
 */
public final class Profiles {
  /**
   * A profile as sent: {@code null} means not given. Dates are written YYYY-MM-DD; units and sex
   * are taken in any case.
   */
  public record Request(
      Double heightCm, Double bodyMassKg, String units, String birthDate, String sex) {}

  private final Journal journal;

  public Profiles(Journal journal) {
    this.journal = journal;
  }

  public ProfileStore.Profile get() {
    return journal.profiles().get();
  }

  /** Age on the journal's today, when the date of birth is known. */
  public java.util.OptionalInt age(ProfileStore.Profile p) {
    return p.ageOn(journal.today());
  }

  /** Replaces the whole profile: a field not given is cleared (units: kg). */
  public ProfileStore.Profile replace(Request r) {
    ProfileStore.Profile p =
        new ProfileStore.Profile(
            height(r),
            bodyMass(r),
            Fields.choice("units", r.units(), UNITS).orElse("kg"),
            birthDate(r),
            Fields.choice("sex", r.sex(), ProfileStore.Profile.SEXES));
    journal.profiles().save(p);
    return p;
  }

  /** Changes the fields given and keeps the others (nothing given: nothing is written). */
  public ProfileStore.Profile change(Request r) {
    ProfileStore.Profile old = journal.profiles().get();
    if (r.heightCm() == null
        && r.bodyMassKg() == null
        && r.units() == null
        && r.birthDate() == null
        && r.sex() == null) {
      return old;
    }
    ProfileStore.Profile p =
        new ProfileStore.Profile(
            r.heightCm() != null ? height(r) : old.heightCm(),
            r.bodyMassKg() != null ? bodyMass(r) : old.bodyMassKg(),
            Fields.choice("units", r.units(), UNITS).orElse(old.units()),
            r.birthDate() != null ? birthDate(r) : old.birthDate(),
            Fields.choice("sex", r.sex(), ProfileStore.Profile.SEXES).or(old::sex));
    journal.profiles().save(p);
    return p;
  }

  static final java.util.Set<String> UNITS = java.util.Set.of("kg", "lb");

  /** The heights and body masses the analysis takes (AnalysisOptions). */
  private static OptionalDouble height(Request r) {
    return Fields.number("heightCm", r.heightCm(), 100, 250);
  }

  private static OptionalDouble bodyMass(Request r) {
    return Fields.number("bodyMassKg", r.bodyMassKg(), 25, 300);
  }

  private Optional<LocalDate> birthDate(Request r) {
    return Fields.day(
        "birthDate", r.birthDate(), ProfileStore.Profile.EARLIEST_BIRTH, journal.today());
  }
}
