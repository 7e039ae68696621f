package dev.hinge.web;

import dev.hinge.app.Profiles;
import dev.hinge.journal.Journal;
import dev.hinge.journal.ProfileStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;

/** The lifter's profile: read, and replaced by the profile page. */
final class ProfileApi {
  /** The profile with the age it gives today; null where not set. */
  record Profile(
      Double heightCm,
      Double bodyMassKg,
      String units,
      String birthDate,
      String sex,
      Integer age) {}

  private final Profiles profiles;

  ProfileApi(Journal journal) {
    this.profiles = new Profiles(journal);
  }

  void routes(Javalin app) {
    app.get("/api/v1/profile", ctx -> ctx.json(view(profiles.get())));
    app.put("/api/v1/profile", this::replace);
  }

  private void replace(Context ctx) {
    ctx.json(view(profiles.replace(Bodies.as(ctx, Profiles.Request.class))));
  }

  private Profile view(ProfileStore.Profile p) {
    return new Profile(
        p.heightCm().isPresent() ? p.heightCm().getAsDouble() : null,
        p.bodyMassKg().isPresent() ? p.bodyMassKg().getAsDouble() : null,
        p.units(),
        p.birthDate().map(LocalDate::toString).orElse(null),
        p.sex().orElse(null),
        profiles.age(p).isPresent() ? profiles.age(p).getAsInt() : null);
  }
}
