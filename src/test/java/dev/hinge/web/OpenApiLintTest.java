package dev.hinge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hinge.journal.Journal;
import dev.hinge.journal.JournalTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document the server serves, linted with Redocly CLI's recommended rules: pinned in
 * src/test/openapi, installed by .ci/setup with npm ci; its config is local, telemetry is off and
 * it reaches no network. That the document is true to the server is {@link OpenApiDocumentTest}.
 */
class OpenApiLintTest {
  static final Path TOOL = Path.of("src/test/openapi");
  static final Path CLI = TOOL.resolve("node_modules/@redocly/cli/bin/cli.js");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** Skips where Redocly is not installed; in CI (CI=true) a missing tool is a failure. */
  static void assumeRedocly() {
    boolean installed = Files.isRegularFile(CLI);
    if ("true".equals(System.getenv("CI"))) {
      assertThat(installed)
          .as("Redocly CLI is not installed at " + CLI + " (bash .ci/setup)")
          .isTrue();
    }
    assumeTrue(installed, "Redocly CLI is not installed at " + CLI + " (bash .ci/setup)");
  }

  static String served(WebServer s) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + s.port() + "/api/v1/openapi.json"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return r.body();
  }

  @Test
  void theServedDocumentHasNoLintErrorsOrWarnings() throws Exception {
    assumeRedocly();
    Path doc = dir.resolve("openapi.json");
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = WebServer.start(j, "127.0.0.1", 0, Optional.empty())) {
      Files.writeString(doc, served(s));
    }
    ProcessBuilder pb =
        new ProcessBuilder(
                "node",
                CLI.toString(),
                "lint",
                "--config",
                TOOL.resolve("redocly.yaml").toString(),
                "--format=json",
                "--max-problems=1000",
                doc.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("REDOCLY_TELEMETRY", "off");
    pb.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("redocly lint finished").isTrue();
    JsonNode report = JSON.readTree(out);
    List<String> problems = new ArrayList<>();
    for (JsonNode problem : report.path("problems")) {
      problems.add(
          problem.path("severity").asText()
              + " "
              + problem.path("ruleId").asText()
              + " at "
              + problem.at("/location/0/pointer").asText()
              + ": "
              + problem.path("message").asText());
    }
    assertThat(report.at("/totals/errors").isInt()).as("redocly printed totals: %s", out).isTrue();
    assertThat(problems).as("redocly lint (recommended) of the served document").isEmpty();
    assertThat(report.at("/totals/errors").asInt()).isZero();
    assertThat(report.at("/totals/warnings").asInt()).isZero();
    assertThat(p.exitValue()).as("redocly exit code").isZero();
  }
}
