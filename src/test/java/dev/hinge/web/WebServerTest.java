package dev.hinge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hinge.core.HingeException;
import dev.hinge.journal.Journal;
import dev.hinge.journal.JournalTestSupport;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import dev.hinge.triage.Answers;
import dev.hinge.triage.Vocabulary.RedFlag;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The REST API with the real server in-process on a free loopback port, against SQLite and (when
 * {@code HINGE_TEST_PG_URL} is set) a real PostgreSQL server.
 */
class WebServerTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  record Reply(int status, String contentType, String body) {
    JsonNode json() throws Exception {
      return JSON.readTree(body);
    }
  }

  static Stream<String> databases() {
    return JournalTestSupport.databases();
  }

  static Reply send(WebServer s, String method, String path, String body, String token)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  static Reply get(WebServer s, String path) throws Exception {
    return send(s, "GET", path, null, null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void analysesAreListedAndServedAsReports(String kind) throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh(kind));
        WebServer s = WebServer.start(j, "127.0.0.1", 0, Optional.empty())) {
      assertThat(get(s, "/api/v1/analyses").json()).isEmpty();
      long id =
          j.analyses()
              .save(
                  AnalysisPipeline.analyze(
                      SyntheticLifter.generate(SetSpec.clean(2, 2)).track(), AnalysisOptions.NONE),
                  OptionalDouble.of(150));
      Reply list = get(s, "/api/v1/analyses");
      assertThat(list.status()).isEqualTo(200);
      assertThat(list.contentType()).startsWith("application/json");
      assertThat(list.json()).hasSize(1);
      assertThat(list.json().at("/0/id").asLong()).isEqualTo(id);
      assertThat(list.json().at("/0/fullReps").asInt()).isEqualTo(2);
      assertThat(list.json().at("/0/loadKg").asDouble()).isEqualTo(150.0);

      Reply report = get(s, "/api/v1/analyses/" + id);
      assertThat(report.status()).isEqualTo(200);
      assertThat(report.json().get("format").asText()).isEqualTo("hinge.analysis/1");

      Reply missing = get(s, "/api/v1/analyses/" + (id + 1000));
      assertThat(missing.status()).isEqualTo(404);
      assertThat(missing.json().get("error").asText()).isEqualTo("not_found");
      assertThat(missing.json().get("message").asText()).contains(Long.toString(id + 1000));

      JsonNode sessions = get(s, "/api/v1/sessions").json();
      assertThat(sessions).hasSize(1);
      assertThat(sessions.at("/0/sets/0/exercise").asText()).isEqualTo("deadlift");
      assertThat(sessions.at("/0/sets/0/loadKg").asDouble()).isEqualTo(150.0);
      assertThat(sessions.at("/0/sets/0/source").asText()).isEqualTo("video");
      assertThat(get(s, "/api/v1/sets").json()).hasSize(1);

      Reply bad = get(s, "/api/v1/analyses/abc");
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.json().get("message").asText()).contains("'abc'");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aPostedCheckInIsTriagedSavedAndListed(String kind) throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh(kind));
        WebServer s = WebServer.start(j, "127.0.0.1", 0, Optional.empty())) {
      Reply doms = send(s, "POST", "/api/v1/checkins", Answers.doms().json(), null);
      assertThat(doms.status()).as(doms.body()).isEqualTo(201);
      assertThat(doms.json().get("disposition").asText()).isEqualTo("SELF_CARE");
      long id = doms.json().get("id").asLong();

      Reply saddle =
          send(
              s,
              "POST",
              "/api/v1/checkins",
              Answers.doms().flag(RedFlag.SADDLE_NUMBNESS).json(),
              null);
      assertThat(saddle.status()).isEqualTo(201);
      assertThat(saddle.json().get("disposition").asText()).isEqualTo("EMERGENCY");

      // lower-back soreness after a saved set: the result names that set
      long analysis =
          j.analyses()
              .save(
                  AnalysisPipeline.analyze(
                      SyntheticLifter.generate(SetSpec.clean(4, 4)).track(), AnalysisOptions.NONE),
                  OptionalDouble.of(160));
      Reply overload =
          send(
              s,
              "POST",
              "/api/v1/checkins",
              Answers.doms().areas("lower_back").set("side", "central").json(),
              null);
      assertThat(overload.json().get("formWarning").asBoolean()).isTrue();
      assertThat(overload.json().at("/linkedSession/analysisId").asText())
          .isEqualTo(Long.toString(analysis));

      Reply list = get(s, "/api/v1/checkins");
      assertThat(list.json()).hasSize(3);
      assertThat(list.json().at("/2/id").asLong()).isEqualTo(id);
      assertThat(list.json().at("/1/disposition").asText()).isEqualTo("EMERGENCY");
    }
  }

  /**
   * Read endpoints are served from memory until the journal changes, including a change made by
   * another program (the CLI saving an analysis while the server runs) on the same SQLite file.
   */
  @Test
  void cachedListsSeeWritesFromAnotherProcess() throws Exception {
    String db = JournalTestSupport.fresh("sqlite");
    try (Journal j = Journal.open(db);
        WebServer s = WebServer.start(j, "127.0.0.1", 0, Optional.empty())) {
      assertThat(get(s, "/api/v1/analyses").json()).isEmpty();
      assertThat(get(s, "/api/v1/analyses").json()).isEmpty();
      try (Journal cli = Journal.open(db)) {
        cli.analyses()
            .save(
                AnalysisPipeline.analyze(
                    SyntheticLifter.generate(SetSpec.clean(1, 1)).track(), AnalysisOptions.NONE),
                OptionalDouble.empty());
      }
      assertThat(get(s, "/api/v1/analyses").json()).hasSize(1);
      assertThat(send(s, "POST", "/api/v1/checkins", Answers.doms().json(), null).status())
          .isEqualTo(201);
      assertThat(get(s, "/api/v1/checkins").json()).hasSize(1);
    }
  }

  @Test
  void badCheckInsAreRefusedWithEveryProblemAndNothingIsSaved() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = WebServer.start(j, "127.0.0.1", 0, Optional.empty())) {
      Reply missing = send(s, "POST", "/api/v1/checkins", "{\"age\": 30}", null);
      assertThat(missing.status()).isEqualTo(400);
      assertThat(missing.json().get("error").asText()).isEqualTo("invalid_input");
      assertThat(missing.json().get("fields")).hasSizeGreaterThan(5);
      assertThat(missing.json().get("fields").findValuesAsText("field")).contains("redFlags");

      Reply notJson = send(s, "POST", "/api/v1/checkins", "{age: ", null);
      assertThat(notJson.status()).isEqualTo(400);
      assertThat(notJson.json().get("message").asText()).contains("not valid JSON");

      // hostile JSON: a 400 with a one-line message, never a 500
      for (String body :
          new String[] {
            "[".repeat(5000) + "]".repeat(5000),
            "{\"age\": " + "9".repeat(1200) + "}",
            "{\"" + "k".repeat(60_000) + "\": 1}"
          }) {
        Reply r = send(s, "POST", "/api/v1/checkins", body, null);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.json().get("error").asText()).isEqualTo("invalid_input");
        assertThat(r.json().at("/fields/0/message").asText())
            .startsWith("not valid JSON at line 1, column ")
            .doesNotContain("\n");
      }
      String wrapped = Answers.doms().json().replace("\"age\":30", "\"age\":18446744073709551646");
      Reply big = send(s, "POST", "/api/v1/checkins", wrapped, null);
      assertThat(big.status()).isEqualTo(400);
      assertThat(big.json().at("/fields/0/field").asText()).isEqualTo("age");
      assertThat(big.json().at("/fields/0/message").asText())
          .isEqualTo("18446744073709551646 is not a whole number from 16 to 110");

      Reply huge =
          send(
              s,
              "POST",
              "/api/v1/checkins",
              "{\"notes\": \"" + "x".repeat((int) WebServer.MAX_JSON_BYTES) + "\"}",
              null);
      assertThat(huge.status()).isEqualTo(413);
      assertThat(huge.json().get("error").asText()).isEqualTo("too_large");

      assertThat(get(s, "/api/v1/checkins").json()).isEmpty();
    }
  }

  @Test
  void theApiDescribesItselfAndAnswersUnknownPathsInJson() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = WebServer.start(j, "127.0.0.1", 0, Optional.empty())) {
      JsonNode api = get(s, "/api/v1/openapi.json").json();
      assertThat(api.get("openapi").asText()).startsWith("3.");
      assertThat(api.get("paths").fieldNames())
          .toIterable()
          .contains(
              "/analyses",
              "/analyses/{id}",
              "/checkins",
              "/videos",
              "/jobs/{id}",
              "/sets",
              "/sessions",
              "/profile");
      Reply nope = get(s, "/api/v1/nope");
      assertThat(nope.status()).isEqualTo(404);
      assertThat(nope.json().get("error").asText()).isEqualTo("not_found");
      Reply page = get(s, "/");
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body()).contains("<title>Hinge journal</title>");
      for (String p : new String[] {"/checkin", "/profile", "/history"}) {
        Reply r = get(s, p);
        assertThat(r.status()).as(p).isEqualTo(200);
        assertThat(r.contentType()).as(p).startsWith("text/html");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void theProfileIsReadAndWrittenAndCheckedEveryTime(String kind) throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh(kind));
        WebServer s = WebServer.start(j, "127.0.0.1", 0, Optional.empty())) {
      JsonNode empty = get(s, "/api/v1/profile").json();
      assertThat(empty.get("units").asText()).isEqualTo("kg");
      assertThat(empty.get("heightCm").isNull()).isTrue();
      Reply put =
          send(
              s,
              "PUT",
              "/api/v1/profile",
              "{\"heightCm\": 178, \"bodyMassKg\": 84.5, \"units\": \"lb\"}",
              null);
      assertThat(put.status()).as(put.body()).isEqualTo(200);
      assertThat(get(s, "/api/v1/profile").json().get("units").asText()).isEqualTo("lb");
      assertThat(j.profiles().get().heightCm().getAsDouble()).isEqualTo(178.0);

      Reply tall = send(s, "PUT", "/api/v1/profile", "{\"heightCm\": 1780}", null);
      assertThat(tall.status()).isEqualTo(400);
      assertThat(tall.json().get("message").asText()).contains("height").contains("1780");
      Reply stones = send(s, "PUT", "/api/v1/profile", "{\"units\": \"st\"}", null);
      assertThat(stones.status()).isEqualTo(400);
      assertThat(stones.json().get("message").asText())
          .contains("units: \"st\" is not one of kg, lb");
      Reply born =
          send(
              s,
              "PUT",
              "/api/v1/profile",
              "{\"heightCm\": 178, \"units\": \"lb\", \"birthDate\": \"1970-06-15\", \"sex\": \"female\"}",
              null);
      assertThat(born.status()).as(born.body()).isEqualTo(200);
      JsonNode profile = get(s, "/api/v1/profile").json();
      assertThat(profile.get("birthDate").asText()).isEqualTo("1970-06-15");
      assertThat(profile.get("sex").asText()).isEqualTo("female");
      assertThat(profile.get("age").asInt())
          .isEqualTo(
              java.time.Period.between(java.time.LocalDate.of(1970, 6, 15), j.today()).getYears());
      for (String[] bad :
          new String[][] {
            {"{\"birthDate\": \"2999-01-01\"}", "birthDate: \"2999-01-01\" is not a date"},
            {"{\"sex\": \"yes\"}", "sex: \"yes\" is not one of female, male, other"},
            {"{\"heightCm\": \"178\"}", "heightCm: \"178\" is not a number"},
            {"{\"units\": {\"x\": 1}}", "units: an object is not text"}
          }) {
        Reply r = send(s, "PUT", "/api/v1/profile", bad[0], null);
        assertThat(r.status()).as(bad[0]).isEqualTo(400);
        assertThat(r.json().get("message").asText()).as(bad[0]).contains(bad[1]);
      }
      Reply typo = send(s, "PUT", "/api/v1/profile", "{\"weightKg\": 80}", null);
      assertThat(typo.status()).isEqualTo(400);
      assertThat(typo.json().get("message").asText()).contains("weightKg");
      // nothing bad was saved
      assertThat(j.profiles().get().heightCm().getAsDouble()).isEqualTo(178.0);
      assertThat(j.profiles().get().units()).isEqualTo("lb");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void setsLoggedByHandJoinTheirDay(String kind) throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh(kind));
        WebServer s = WebServer.start(j, "127.0.0.1", 0, Optional.empty())) {
      Reply ok =
          send(
              s,
              "POST",
              "/api/v1/sets",
              "{\"day\": \"2026-11-23\", \"exercise\": \"Romanian deadlift\", \"loadKg\": 100,"
                  + " \"reps\": 8, \"rpe\": 7.5, \"rir\": 2, \"notes\": \"straps\"}",
              null);
      assertThat(ok.status()).as(ok.body()).isEqualTo(201);
      JsonNode sessions = get(s, "/api/v1/sessions").json();
      assertThat(sessions.at("/0/day").asText()).isEqualTo("2026-11-23");
      assertThat(sessions.at("/0/sets/0/exercise").asText()).isEqualTo("Romanian deadlift");
      assertThat(sessions.at("/0/sets/0/rir").asInt()).isEqualTo(2);
      assertThat(sessions.at("/0/sets/0/source").asText()).isEqualTo("manual");

      for (String[] bad :
          new String[][] {
            {"{\"exercise\": \"Deadlift\", \"rpe\": 11}", "rpe"},
            {"{\"exercise\": \"\"}", "exercise"},
            {
              "{\"exercise\": \"Deadlift\", \"day\": \"yesterday\"}",
              "day: \"yesterday\" is not a date"
            },
            {"{\"exercise\": \"Deadlift\", \"day\": \"+999999999-12-31\"}", "2100-12-31"},
            {
              "{\"exercise\": \"Deadlift\", \"reps\": 4294967301}",
              "reps: 4294967301 is not a whole number from 0 to 1000"
            },
            {"{\"exercise\": 5}", "exercise: 5 is not text"},
            {"{\"exercise\": \"Deadlift\", \"notes\": {\"a\": 1}}", "notes: an object is not text"},
            {"{\"exercise\": \"Deadlift\", \"notes\": \"a\\u0000b\"}", "U+0000"},
            {"{\"exercise\": \"Deadlift\", \"exercise\": \"Squat\"}", "given twice"},
            {"[".repeat(100) + "]".repeat(100), "must be a JSON object"},
            {"{\"exercise\": \"Deadlift\", \"reps\": 5.5}", "reps"},
            {"{\"exercise\": \"Deadlift\", \"weight\": 100}", "'weight'"},
            {"[1, 2]", "JSON object"}
          }) {
        Reply r = send(s, "POST", "/api/v1/sets", bad[0], null);
        assertThat(r.status()).as(bad[0]).isEqualTo(400);
        assertThat(r.json().get("message").asText()).as(bad[0]).contains(bad[1]);
      }
      assertThat(get(s, "/api/v1/sets").json()).hasSize(1);
    }
  }

  @Test
  void withATokenEveryRequestMustCarryIt() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = WebServer.start(j, "127.0.0.1", 0, Optional.of("s3cret"))) {
      Reply none = get(s, "/api/v1/analyses");
      assertThat(none.status()).isEqualTo(401);
      assertThat(none.json().get("error").asText()).isEqualTo("unauthorized");
      assertThat(send(s, "GET", "/api/v1/analyses", null, "wrong").status()).isEqualTo(401);
      assertThat(send(s, "GET", "/api/v1/analyses", null, "s3cret").status()).isEqualTo(200);
      assertThat(send(s, "POST", "/api/v1/checkins", Answers.doms().json(), null).status())
          .isEqualTo(401);
      assertThat(j.checkIns().list()).isEmpty();
    }
  }

  @Test
  void listeningBeyondLoopbackWithoutATokenIsRefused() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"))) {
      assertThatThrownBy(() -> WebServer.start(j, "0.0.0.0", 0, Optional.empty()))
          .isInstanceOf(HingeException.class)
          .hasMessageContaining("0.0.0.0")
          .hasMessageContaining("--token");
    }
  }
}
