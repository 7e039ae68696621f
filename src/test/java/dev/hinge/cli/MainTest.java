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
}
