package dev.hinge.web;

import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.journal.Journal;
import dev.hinge.journal.ReportStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Saved analyses: the list, one report as JSON, one report as its HTML page. */
final class AnalysesApi {
  /** One analysed set in the list. */
  record Row(
      long id,
      String day,
      String createdAt,
      String video,
      int fullReps,
      int partialReps,
      Double loadKg,
      Double meanVelocityMps,
      Double peakMomentNm,
      List<String> faults) {}

  private final Journal journal;
  private final Optional<ReportStore> reports;

  AnalysesApi(Journal journal, Optional<ReportStore> reports) {
    this.journal = journal;
    this.reports = reports;
  }

  void routes(Javalin app, ReadCache cache) {
    app.get("/api/v1/analyses", cache.of(this::list));
    app.get("/api/v1/analyses/{id}", cache.of(this::get));
    app.get("/api/v1/analyses/{id}/best-similar", cache.of(this::bestSimilar));
    app.get("/analyses/{id}/report", this::report);
    app.get("/analyses/{id}/video", this::video);
    app.get("/analyses/{id}/best-rep.png", this::bestRep);
  }

  private void list(Context ctx) {
    ctx.json(
        journal.analyses().list().stream()
            .map(
                a ->
                    new Row(
                        a.id(),
                        a.day(),
                        a.createdAt(),
                        a.videoName(),
                        a.fullReps(),
                        a.partialReps(),
                        a.loadKg(),
                        a.meanVelocityMps(),
                        a.peakMomentNm(),
                        a.faults()))
            .toList());
  }

  private void bestSimilar(Context ctx) {
    ctx.json(new dev.hinge.app.BestSets(journal).of(Ids.of(ctx)));
  }

  private void get(Context ctx) {
    long id = Ids.of(ctx);
    // stored as hinge.analysis/1 JSON by the journal: passed through, not parsed again
    String report =
        journal
            .analyses()
            .json(id)
            .orElseThrow(
                () -> new HingeException(ErrorKind.NOT_FOUND, "no analysis with id " + id));
    ctx.contentType("application/json").result(report);
  }

  private void video(Context ctx) throws IOException {
    long id = Ids.of(ctx);
    Path file =
        stored(
            id,
            r -> r.findVideo(id),
            "no annotated video for analysis "
                + id
                + " (written for uploads; hinge analyze --video-out writes one from the terminal)");
    ctx.contentType("video/mp4")
        .header("Content-Disposition", "attachment; filename=\"hinge-analysis-" + id + ".mp4\"")
        .header("Content-Length", String.valueOf(Files.size(file)))
        .result(Files.newInputStream(file));
  }

  /** The set's best rep at its floor break, the bar at the knee and lockout, skeleton drawn. */
  private void bestRep(Context ctx) throws IOException {
    long id = Ids.of(ctx);
    Path file =
        stored(
            id,
            r -> r.findBestRep(id),
            "no picture of the best rep for analysis "
                + id
                + " (drawn for uploads, from their video)");
    ctx.contentType("image/png")
        .header("Cache-Control", "no-cache")
        .header("Content-Length", String.valueOf(Files.size(file)))
        .result(Files.newInputStream(file));
  }

  private void report(Context ctx) throws IOException {
    long id = Ids.of(ctx);
    Path file =
        stored(
            id,
            r -> r.find(id),
            "no HTML report for analysis "
                + id
                + " (reports are made for uploads and for analyze --save)");
    ctx.contentType("text/html; charset=utf-8").result(Files.newInputStream(file));
  }

  /** A file the report store keeps for analysis {@code id}; NOT_FOUND saying {@code missing}. */
  private Path stored(
      long id, java.util.function.Function<ReportStore, Optional<Path>> find, String missing) {
    return reports
        .flatMap(find)
        .orElseThrow(() -> new HingeException(ErrorKind.NOT_FOUND, missing));
  }
}
