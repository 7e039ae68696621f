package dev.hinge.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hinge.app.CheckIns;
import dev.hinge.journal.Journal;
import dev.hinge.triage.Questionnaire;
import dev.hinge.triage.TriageResultJson;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Soreness check-ins: the questionnaire, submitting one (triaged and saved), the saved ones. */
final class CheckInsApi {
  /** A saved check-in: its day in the journal's zone (the days sessions are counted in). */
  record Row(
      long id, String createdAt, String day, String disposition, @JsonRawValue String result) {}

  /** One question of the questionnaire, as the check-in page builds its form from it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Question(
      String field,
      String text,
      String kind,
      List<String> options,
      Double min,
      Double max,
      Boolean integer,
      Boolean nullable,
      Boolean atLeastOne,
      boolean redFlag,
      boolean onlyIfLegSymptoms) {
    static Question of(Questionnaire.Question q) {
      boolean number = q.kind() == Questionnaire.Kind.NUMBER;
      boolean multi = q.kind() == Questionnaire.Kind.MULTI;
      boolean choice = q.kind() == Questionnaire.Kind.CHOICE;
      return new Question(
          q.field(),
          q.text(),
          q.kind().name().toLowerCase(Locale.ROOT),
          q.options(),
          number ? q.min() : null,
          number ? q.max() : null,
          number ? q.integer() : null,
          number || choice ? q.nullable() : null,
          multi ? q.min() > 0 : null,
          q.redFlag(),
          q.onlyIfLegSymptoms());
    }
  }

  /** The questionnaire never changes while the server runs. */
  private static final List<Question> QUESTIONS =
      Questionnaire.questions().stream().map(Question::of).toList();

  private final Journal journal;
  private final CheckIns checkIns;

  CheckInsApi(Journal journal) {
    this.journal = journal;
    this.checkIns = new CheckIns(journal);
  }

  void routes(Javalin app, ReadCache cache) {
    app.get("/api/v1/checkins", cache.of(this::list));
    app.get("/api/v1/checkins/questions", ctx -> ctx.json(QUESTIONS));
    app.post("/api/v1/checkins", this::submit);
  }

  private void list(Context ctx) {
    ctx.json(
        journal.checkIns().list().stream()
            .map(
                c ->
                    new Row(
                        c.id(),
                        c.createdAt(),
                        LocalDate.ofInstant(Instant.parse(c.createdAt()), journal.zone())
                            .toString(),
                        c.disposition(),
                        c.resultJson()))
            .toList());
  }

  /** The answers as sent: the check-in parser lists every problem with them (400, `fields`). */
  private void submit(Context ctx) {
    CheckIns.Submitted s = checkIns.submit(Bodies.text(ctx));
    ObjectNode out = (ObjectNode) TriageResultJson.toNode(s.result());
    out.put("id", s.id());
    ctx.header("Location", "/api/v1/checkins/" + s.id()).status(201).json(out);
  }
}
