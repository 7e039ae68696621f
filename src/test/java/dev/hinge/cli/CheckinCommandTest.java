package dev.hinge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.triage.Answers;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckinCommandTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String stdin, String... args) {
    InputStream old = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      CommandLine cl = Main.commandLine();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      cl.setOut(new PrintWriter(out));
      cl.setErr(new PrintWriter(err));
      int code = cl.execute(args);
      return new Run(code, out.toString(), err.toString());
    } finally {
      System.setIn(old);
    }
  }

  /** DOMS answers in interview order; 14 safety questions, the third answered 'unsure'. */
  static String interview(String... redFlagAnswers) {
    return String.join(
            "\n",
            "30",
            "",
            "30",
            "after_session",
            "n",
            "hamstrings, glutes",
            "both",
            "4",
            "aching, stiff",
            "n",
            "n",
            "none",
            "n",
            String.join("\n", redFlagAnswers),
            "same",
            "1",
            "y",
            "y",
            "0")
        + "\n";
  }

  @Test
  void theInterviewAsksEveryRedFlagAndTreatsUnsureAsYes() {
    String[] flags = {"n", "n", "unsure", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n"};
    Run r = run(interview(flags), "checkin", "--db", dir.resolve("j.db").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains(
            "where a bike saddle touches", "tea- or cola-coloured", "tearing or ripping pain");
    assertThat(r.out()).contains("counted as yes");
    // the third safety question is the bowel one: unsure → emergency
    assertThat(r.out()).contains("EMERGENCY").contains("Call 999/112");
  }

  @Test
  void anEmptyAnswerIsAskedAgainNeverDefaulted() {
    String[] flags = {"", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n"};
    Run r = run(interview(flags), "checkin", "--json", "--db", dir.resolve("j.db").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("an answer is needed").contains("\"disposition\" : \"SELF_CARE\"");
  }

  @Test
  void answersEndingEarlyAreInvalidInput() {
    Run r = run("30\n\n30\n", "checkin", "--db", dir.resolve("j.db").toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("ended before every question was answered");
  }

  @Test
  void aBrokenAnswersFileExitsWithTheInvalidInputCodeListingEachProblem() throws Exception {
    Path f = Files.writeString(dir.resolve("a.json"), "{\"age\": 12, \"pain\": 20}");
    Run r = run("", "checkin", "--answers", f.toString(), "--json");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains(
            "age: 12: Hinge's check-in is for people aged 16 and over",
            "pain: 20 is not a whole number from 0 to 10",
            "redFlags");
  }

  @Test
  void ageAndSexComeFromTheProfileAndCanBeChangedButRedFlagsAreAlwaysAsked() {
    String db = dir.resolve("j.db").toString();
    Run set =
        run("", "journal", "--db", db, "profile", "--birth-date", "1950-01-01", "--sex", "female");
    assertThat(set.code()).as(set.err()).isZero();
    // Enter keeps the profile's age and sex; every red flag is still asked and answered
    String[] flags = {"n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n"};
    String kept = interview(flags).replaceFirst("^30\n\n", "\n\n");
    Run r = run(kept, "checkin", "--json", "--db", db);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("from your profile; Enter keeps it");
    assertThat(r.out()).containsPattern("How old are you\\? \\[\\d+, from your profile");
    assertThat(r.out()).contains("where a bike saddle touches");
    // 76 or older: hamstring soreness, no back pain, so no age rule; the age was taken
    assertThat(r.out()).contains("\"disposition\" : \"SELF_CARE\"");
    // changed at the prompt: the new answer wins
    Run changed =
        run(interview(flags).replaceFirst("^30\n\n", "40\nmale\n"), "checkin", "--db", db);
    assertThat(changed.code()).as(changed.err()).isZero();
  }

  @Test
  void malformedOrHostileJsonIsOneLineAndExitThreeNeverAStackTrace() throws Exception {
    for (String json :
        new String[] {
          "[".repeat(5000) + "]".repeat(5000),
          "{\"age\": " + "9".repeat(1200) + "}",
          "{\"" + "k".repeat(60_000) + "\": 1}",
          "{\"age\": 18446744073709551646}"
        }) {
      Path f = Files.writeString(dir.resolve("bad.json"), json);
      Run r = run("", "checkin", "--answers", f.toString());
      assertThat(r.code()).isEqualTo(3);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).doesNotContain("Exception", "\tat ");
      if (json.length() > 100) {
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err())
            .startsWith("hinge: invalid check-in answers: $: not valid JSON at line 1");
      }
    }
  }

  @Test
  void anAnswersFileWithAByteOrderMarkIsRead() throws Exception {
    Path f = dir.resolve("bom.json");
    Files.writeString(f, "\uFEFF" + Answers.doms().json());
    Run r = run("", "checkin", "--answers", f.toString(), "--json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"disposition\" : \"SELF_CARE\"");
  }

  @Test
  void bytesThatAreNotUtf8OrADirectoryAreInvalidInputInOneLine() throws Exception {
    // the DOMS answers with a Latin-1 "é" in a value: not UTF-8
    byte[] json = Answers.doms().set("sex", "XY").json().getBytes(StandardCharsets.UTF_8);
    String latin1 = new String(json, StandardCharsets.UTF_8).replace("XY", "m\u00e9le");
    Path f = Files.write(dir.resolve("latin1.json"), latin1.getBytes(StandardCharsets.ISO_8859_1));
    Run r = run("", "checkin", "--answers", f.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("must be UTF-8 JSON text").contains(f.toString());

    Run d = run("", "checkin", "--answers", dir.toString());
    assertThat(d.code()).isEqualTo(3);
    assertThat(d.err().strip().lines()).hasSize(1);
    assertThat(d.err()).contains("found a directory").doesNotContain("internal error");
  }
}
