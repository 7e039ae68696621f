package dev.hinge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class GuideCommandTest {
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    picocli.CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void withoutACodeItListsTheChecklistAndEveryFault() {
    Run r = run("guide");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("Deadlift set-up checklist:").contains("7. Slack:");
    for (dev.hinge.faults.FaultCode c : dev.hinge.faults.FaultCode.values()) {
      assertThat(r.out()).contains(c.name()).contains(c.cue());
    }
  }

  @Test
  void aCodeInAnySpellingPrintsItsGuide() {
    Run r = run("guide", "hips-shoot-up");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .startsWith("HIPS_SHOOT_UP — Hips shoot up")
        .contains("Why it loads the lower back:")
        .contains("Cue: Push the floor away")
        .contains("1. Paused deadlift below the knee")
        .contains("When to drop the load:")
        .contains("Sources:")
        .contains("Strength Cond J");
  }

  @Test
  void anUnknownCodeIsAUsageErrorListingTheCodes() {
    Run r = run("guide", "BUTT_WINK");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no fault code 'BUTT_WINK'").contains("HEAD_POSITION");
    assertThat(r.out()).isEmpty();
  }
}
