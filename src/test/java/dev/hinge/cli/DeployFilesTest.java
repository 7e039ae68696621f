package dev.hinge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The commands docs/deploy.md, the systemd units and the compose file give are commands Hinge
 * takes: each parses with the real command line (unknown options, a missing value or a typo in a
 * subcommand fail here, not on a user's server).
 */
class DeployFilesTest {
  static final Path DEPLOY = Path.of("deploy");

  /** Parses {@code args} (after "hinge") as the CLI would, without running anything. */
  static void parses(String where, List<String> args) {
    assertThatCode(() -> Main.commandLine().parseArgs(args.toArray(String[]::new)))
        .as("%s: hinge %s", where, String.join(" ", args))
        .doesNotThrowAnyException();
  }

  /** Shell words, quotes removed; enough for the commands in these files. */
  static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(line);
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    }
    return out;
  }

  @Test
  void theSystemdUnitsStartCommandsHingeTakes() throws Exception {
    for (String unit : List.of("hinge-serve.service", "hinge-worker@.service")) {
      String text = Files.readString(DEPLOY.resolve(unit)).replace("\\\n", " ");
      Matcher m = Pattern.compile("(?m)^ExecStart=.*hinge\\.jar (.*)$").matcher(text);
      assertThat(m.find()).as(unit).isTrue();
      List<String> args = words(m.group(1));
      parses(unit, args);
      assertThat(args).contains("--db");
    }
  }

  @Test
  void theComposeFileStartsAWebOnlyServerAndWorkers() throws Exception {
    String text = Files.readString(DEPLOY.resolve("compose.yaml"));
    for (String service : List.of("server", "worker")) {
      Matcher m =
          Pattern.compile("(?s)\\n  " + service + ":.*?command:\\n((?:      - [^\\n]*\\n)+)")
              .matcher(text);
      assertThat(m.find()).as(service).isTrue();
      List<String> args =
          Arrays.stream(m.group(1).split("\n"))
              .map(l -> l.replaceFirst("^\\s*- ", "").replaceAll("^\"|\"$", ""))
              .toList();
      parses("compose " + service, args);
    }
    assertThat(text).contains("--workers\n      - \"0\"");
  }

  @Test
  void theGuidesCommandsParse() throws Exception {
    String doc = Files.readString(Path.of("docs/deploy.md")).replace("\\\n", " ");
    Matcher m = Pattern.compile("(?m)^\\./hinge (.*?)(?:\\s*&)?\\s*(?:#.*)?$").matcher(doc);
    int found = 0;
    while (m.find()) {
      List<String> args =
          words(m.group(1).replace("\"$DB\"", "jdbc:postgresql://h/db").replace("…", "x"));
      parses("docs/deploy.md", args);
      found++;
    }
    assertThat(found).as("commands in docs/deploy.md").isGreaterThanOrEqualTo(4);
  }

  @Test
  void aMisspelledOptionWouldFail() {
    assertThatCode(() -> Main.commandLine().parseArgs("worker", "--db", "x", "--worker", "1"))
        .isInstanceOf(CommandLine.ParameterException.class);
  }
}
