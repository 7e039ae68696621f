package dev.hinge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hinge.core.AtomicFiles;
import dev.hinge.pose.PoseTrackWriter;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import dev.hinge.triage.Answers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** analyze --save, checkin --save and journal list | show | export, end to end on SQLite. */
class JournalCommandTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void savedAnalysesAndCheckInsShowUpInTheJournal() throws Exception {
    String db = dir.resolve("j.db").toString();
    Path track = dir.resolve("track.json");
    AtomicFiles.write(
        track,
        out -> PoseTrackWriter.write(SyntheticLifter.generate(SetSpec.clean(3, 3)).track(), out));

    Run saved =
        run("analyze", "--from-track", track.toString(), "--load-kg", "120", "--save", "--db", db);
    assertThat(saved.exit()).as(saved.err()).isZero();
    assertThat(saved.err()).contains("saved as analysis 1");
    Path answers = Files.writeString(dir.resolve("answers.json"), Answers.doms().json());
    Run checkin = run("checkin", "--answers", answers.toString(), "--save", "--db", db);
    assertThat(checkin.exit()).as(checkin.err() + checkin.out()).isZero();
    assertThat(checkin.err()).contains("saved as check-in 1");

    Run list = run("journal", "--db", db, "list");
    assertThat(list.exit()).isZero();
    assertThat(list.out()).contains("synthetic-3.mp4").contains("120.0").contains("1 check-in");

    Run show = run("journal", "--db", db, "show", "1");
    assertThat(show.exit()).isZero();
    JsonNode report = new ObjectMapper().readTree(show.out());
    assertThat(report.get("reps")).hasSize(3);

    Path csv = dir.resolve("export/reps.csv");
    Run export = run("journal", "--db", db, "export", "--out", csv.toString());
    assertThat(export.exit()).isZero();
    assertThat(Files.readAllLines(csv)).hasSize(4).first().asString().startsWith("analysis_id,");

    Run json = run("journal", "--db", db, "export", "--format", "json");
    assertThat(new ObjectMapper().readTree(json.out()).get("checkins")).hasSize(1);
  }

  /** --db works wherever it is put: before or after the journal's subcommand, every one. */
  @Test
  void theDatabaseOptionGoesBeforeOrAfterTheSubcommand() throws Exception {
    String db = dir.resolve("anywhere.db").toString();
    Run logged =
        run(
            "journal",
            "log",
            "--exercise",
            "deadlift",
            "--reps",
            "5",
            "--load-kg",
            "100",
            "--db",
            db);
    assertThat(logged.exit()).as(logged.err()).isZero();
    assertThat(run("journal", "list", "--db", db).out()).contains("0 check-in(s) saved");
    assertThat(run("journal", "--db", db, "list").out()).contains("0 check-in(s) saved");
    Run json = run("journal", "export", "--format", "json", "--db", db);
    assertThat(json.exit()).as(json.err()).isZero();
    assertThat(new ObjectMapper().readTree(json.out()).get("format").asText())
        .isEqualTo("hinge.journal/1");
    Run missing = run("journal", "show", "3", "--db", db);
    assertThat(missing.exit()).isEqualTo(7);
    Run profile = run("journal", "profile", "--db", db);
    assertThat(profile.exit()).as(profile.err()).isZero();
    // the set went to this journal, not the user's default one
    try (dev.hinge.journal.Journal j = dev.hinge.journal.Journal.open(db)) {
      assertThat(j.sets().list())
          .singleElement()
          .satisfies(set -> assertThat(set.reps()).isEqualTo(5));
    }
  }

  @Test
  void anUnknownIdOrFormatIsAClearError() {
    String db = dir.resolve("j.db").toString();
    Run missing = run("journal", "--db", db, "show", "42");
    assertThat(missing.exit()).isEqualTo(7);
    assertThat(missing.err()).contains("no analysis with id 42");
    Run format = run("journal", "--db", db, "export", "--format", "xml");
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).contains("--format must be csv or json, found 'xml'");
    Run empty = run("journal", "--db", db, "list");
    assertThat(empty.out()).contains("no analyses yet");
  }

  @Test
  void theProfileIsSetFromTheCommandLineAndUsedBySavedAnalyses() throws Exception {
    String db = dir.resolve("j.db").toString();
    Run set = run("journal", "--db", db, "profile", "--height-cm", "176", "--body-mass-kg", "82");
    assertThat(set.exit()).as(set.err()).isZero();
    assertThat(set.out()).contains("height 176.0 cm, body mass 82.0 kg, units kg");
    Run bad = run("journal", "--db", db, "profile", "--units", "stone");
    assertThat(bad.exit()).isEqualTo(3);
    assertThat(bad.err()).contains("\"stone\"");

    Path track = dir.resolve("track.json");
    AtomicFiles.write(
        track,
        out -> PoseTrackWriter.write(SyntheticLifter.generate(SetSpec.clean(2, 2)).track(), out));
    assertThat(run("analyze", "--from-track", track.toString(), "--save", "--db", db).exit())
        .isZero();
    JsonNode report = new ObjectMapper().readTree(run("journal", "--db", db, "show", "1").out());
    assertThat(report.at("/scale/source").asText()).isEqualTo("lifter_height");
    assertThat(report.at("/reps/0/load/bodyMassKg").asDouble()).isEqualTo(82.0);
  }

  @Test
  void aSetLoggedFromTheTerminalFollowsTheWebAppsRules() throws Exception {
    String db = dir.resolve("j.db").toString();
    Run ok =
        run(
            "journal",
            "--db",
            db,
            "log",
            "--exercise",
            "Romanian deadlift",
            "--day",
            "2026-11-23",
            "--load-kg",
            "100",
            "--reps",
            "8",
            "--rir",
            "2");
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(ok.err()).contains("logged as set 1");
    try (dev.hinge.journal.Journal j = dev.hinge.journal.Journal.open(db)) {
      assertThat(j.sets().list())
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.day()).isEqualTo("2026-11-23");
                assertThat(s.exercise()).isEqualTo("Romanian deadlift");
                assertThat(s.reps()).isEqualTo(8);
                assertThat(s.source()).isEqualTo("manual");
              });
    }
    // the same message as POST /api/v1/sets gives
    Run bad = run("journal", "--db", db, "log", "--exercise", "Deadlift", "--rpe", "11");
    assertThat(bad.exit()).isEqualTo(3);
    assertThat(bad.err()).contains("rpe: 11 is not a number from 1 to 10");
    Run badDay = run("journal", "--db", db, "log", "--exercise", "Deadlift", "--day", "yesterday");
    assertThat(badDay.exit()).isEqualTo(3);
    assertThat(badDay.err()).contains("day: \"yesterday\" is not a date");
  }
}
