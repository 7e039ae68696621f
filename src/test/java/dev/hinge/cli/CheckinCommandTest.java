package dev.hinge.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
    Run r = run(interview(flags), "checkin");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("where you would sit on a saddle", "cola- or tea-coloured", "tearing pain");
    assertThat(r.out()).contains("counted as yes");
    // the third safety question is the bowel one: unsure → emergency
    assertThat(r.out()).contains("EMERGENCY").contains("Call emergency services");
  }

  @Test
  void anEmptyAnswerIsAskedAgainNeverDefaulted() {
    String[] flags = {"", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n"};
    Run r = run(interview(flags), "checkin", "--json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("an answer is needed").contains("\"disposition\" : \"SELF_CARE\"");
  }

  @Test
  void answersEndingEarlyAreInvalidInput() {
    Run r = run("30\n30\n", "checkin");
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
        .contains("age: found 12", "pain: must be between 0 and 10, found 20", "redFlags");
  }
}
