package dev.hinge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(Main.run("--no-such-option")).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void helpSucceeds() {
    assertThat(Main.run("--help")).isEqualTo(ExitCodes.OK);
  }

  @Test
  void anEmptyTokenIsAUsageError() {
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cl = Main.commandLine();
    cl.setErr(new java.io.PrintWriter(err));
    assertThat(cl.execute("serve", "--token", "", "--port", "0")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--token is empty");
  }
}
