package dev.hinge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.web.Pairing;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void theLanTokenIsMadeOnceReadableByItsOwnerOnlyAndKept() throws Exception {
    Path file = dir.resolve("data").resolve(ServeCommand.TOKEN_FILE);
    String made = ServeCommand.savedToken(file);
    assertThat(made).matches("[A-Za-z0-9_-]{43}");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(ServeCommand.savedToken(file)).as("the second start").isEqualTo(made);
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
    Files.delete(file);
    assertThat(ServeCommand.savedToken(file))
        .as("a new token after deleting it")
        .isNotEqualTo(made);
  }

  @Test
  void theLanPairingShowsTheLinkAsAQrCodeAndAsText() throws Exception {
    StringWriter out = new StringWriter();
    ServeCommand.printPairing(
        new PrintWriter(out),
        "http://192.168.1.23:7070",
        new Pairing.Code("Zm9vYmFyYmF6cXV4cXV1eA", Instant.EPOCH));
    String link = "http://192.168.1.23:7070/pair?code=Zm9vYmFyYmF6cXV4cXV1eA";
    assertThat(out.toString()).contains("  " + link + "\n").contains("15 minutes");
    assertThat(
            TerminalQrTest.scan(
                out.toString()
                    .lines()
                    .filter(l -> l.contains("▀"))
                    .reduce("", (a, b) -> a + b + "\n")))
        .isEqualTo(link);
  }
}
