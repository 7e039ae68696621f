package dev.hinge.web;

import dev.hinge.app.TrainingLog;
import dev.hinge.journal.Journal;
import dev.hinge.journal.SetStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** Training sets (analysed, imported, logged by hand) and the days they make. */
final class SetsApi {
  record Set(
      long id,
      String day,
      String exercise,
      Double loadKg,
      Integer reps,
      Double rpe,
      Integer rir,
      String source) {
    static Set of(SetStore.SetRow r) {
      return new Set(
          r.id(), r.day(), r.exercise(), r.loadKg(), r.reps(), r.rpe(), r.rir(), r.source());
    }
  }

  /** A training day with its sets. */
  record Session(String day, List<Set> sets) {}

  record Created(long id) {}

  private final Journal journal;
  private final TrainingLog log;

  SetsApi(Journal journal) {
    this.journal = journal;
    this.log = new TrainingLog(journal);
  }

  void routes(Javalin app, ReadCache cache) {
    app.get(
        "/api/v1/sets",
        cache.of(ctx -> ctx.json(journal.sets().list().stream().map(Set::of).toList())));
    app.get("/api/v1/sessions", cache.of(this::sessions));
    app.post("/api/v1/sets", this::logSet);
  }

  /** Sessions (one per day), newest first, with their sets. */
  private void sessions(Context ctx) {
    List<Session> out = new ArrayList<>();
    for (SetStore.SetRow r : journal.sets().list()) {
      if (out.isEmpty() || !out.get(out.size() - 1).day().equals(r.day())) {
        out.add(new Session(r.day(), new ArrayList<>()));
      }
      out.get(out.size() - 1).sets().add(Set.of(r));
    }
    ctx.json(out);
  }

  private void logSet(Context ctx) {
    long id = log.log(Bodies.as(ctx, TrainingLog.SetRequest.class));
    ctx.header("Location", "/api/v1/sets/" + id).status(201).json(new Created(id));
  }
}
