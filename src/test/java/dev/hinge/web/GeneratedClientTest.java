package dev.hinge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hinge.journal.Journal;
import dev.hinge.journal.JournalTestSupport;
import dev.hinge.journal.VideoStore;
import dev.hinge.testing.GeneratedVideos;
import dev.hinge.triage.Answers;
import dev.hinge.triage.Vocabulary.RedFlag;
import dev.hinge.web.client.ApiClient;
import dev.hinge.web.client.ApiException;
import dev.hinge.web.client.ApiResponse;
import dev.hinge.web.client.api.AnalysesApi;
import dev.hinge.web.client.api.CheckinsApi;
import dev.hinge.web.client.api.MetaApi;
import dev.hinge.web.client.api.ProfileApi;
import dev.hinge.web.client.api.TrainingApi;
import dev.hinge.web.client.api.UploadsApi;
import dev.hinge.web.client.model.Analysis;
import dev.hinge.web.client.model.AnalysisSummary;
import dev.hinge.web.client.model.CheckInAnswers;
import dev.hinge.web.client.model.CheckInResult;
import dev.hinge.web.client.model.CheckInSummary;
import dev.hinge.web.client.model.Disposition;
import dev.hinge.web.client.model.Error;
import dev.hinge.web.client.model.Job;
import dev.hinge.web.client.model.JobAccepted;
import dev.hinge.web.client.model.JobStatus;
import dev.hinge.web.client.model.NewSet;
import dev.hinge.web.client.model.Profile;
import dev.hinge.web.client.model.ProfileInput;
import dev.hinge.web.client.model.Question;
import dev.hinge.web.client.model.Session;
import dev.hinge.web.client.model.TrainingSet;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API driven only through the Java client that openapi-generator makes from openapi.json at
 * build time (target/generated-test-sources/openapi, methods named by the operationIds). Responses
 * are read strictly: a field the server sends that the document does not declare fails the test.
 * The pose stage is the synthetic lifter, as in {@link UploadTest}.
 */
class GeneratedClientTest {
  @TempDir Path dir;

  WebServer server(Journal j, Optional<String> token) {
    return WebServer.start(
        j,
        "127.0.0.1",
        0,
        token,
        Optional.of(
            new WebServer.Uploads(
                new VideoStore(dir.resolve("videos")), UploadTest.SYNTHETIC, 10_000_000, 1)));
  }

  /** The generated client for {@code s}, failing on any response field it does not know. */
  static ApiClient client(WebServer s) {
    ApiClient c = new ApiClient();
    c.updateBaseUri("http://127.0.0.1:" + s.port() + "/api/v1");
    c.setObjectMapper(
        c.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    return c;
  }

  /** The error body of a refused call, read as the document's Error model. */
  static Error error(ApiException e, ApiClient c) throws Exception {
    return c.getObjectMapper().readValue(e.getResponseBody(), Error.class);
  }

  static CheckInAnswers answers(Answers a, ApiClient c) throws Exception {
    ObjectMapper mapper = c.getObjectMapper();
    CheckInAnswers model = mapper.readValue(a.json(), CheckInAnswers.class);
    // every field of the answers is in the model, and none is changed on the way (30 may be 30.0)
    JsonNode given = mapper.readTree(a.json());
    JsonNode sent = mapper.valueToTree(model);
    Comparator<JsonNode> numbersByValue =
        (x, y) ->
            x.isNumber() && y.isNumber()
                ? Double.compare(x.doubleValue(), y.doubleValue())
                : x.equals(y) ? 0 : 1;
    assertThat(given.equals(numbersByValue, sent))
        .as("the answers %s went through the generated model as %s", given, sent)
        .isTrue();
    return model;
  }

  @Test
  void aCheckInAndAnUploadGoThroughTheGeneratedClient() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = server(j, Optional.empty())) {
      ApiClient c = client(s);
      CheckinsApi checkins = new CheckinsApi(c);
      UploadsApi uploads = new UploadsApi(c);
      AnalysesApi analyses = new AnalysesApi(c);

      List<Question> questions = checkins.listCheckInQuestions();
      assertThat(questions)
          .filteredOn(Question::getRedFlag)
          .extracting(Question::getField)
          .hasSize(RedFlag.values().length)
          .contains("redFlags.saddleNumbness");

      ApiResponse<CheckInResult> created =
          checkins.submitCheckInWithHttpInfo(answers(Answers.doms(), c));
      assertThat(created.getStatusCode()).isEqualTo(201);
      CheckInResult doms = created.getData();
      assertThat(doms.getDisposition()).isEqualTo(Disposition.SELF_CARE);
      assertThat(doms.getId()).isPositive();
      assertThat(doms.getReasons()).isNotEmpty();
      assertThat(doms.getAdvice()).isNotEmpty();
      CheckInResult saddle =
          checkins.submitCheckIn(answers(Answers.doms().flag(RedFlag.SADDLE_NUMBNESS), c));
      assertThat(saddle.getDisposition()).isEqualTo(Disposition.EMERGENCY);
      assertThat(saddle.getRecheckInDays()).isNull();

      List<CheckInSummary> saved = checkins.listCheckIns();
      assertThat(saved)
          .extracting(CheckInSummary::getId)
          .containsExactly(saddle.getId(), doms.getId());
      assertThat(saved.get(0).getResult().getDisposition()).isEqualTo(Disposition.EMERGENCY);

      File video =
          GeneratedVideos.write(
                  dir.resolve("my set.mp4"), 64, 48, GeneratedVideos.constantRate(15, 30), 0)
              .toFile();
      ApiResponse<JobAccepted> queued = uploads.uploadVideoWithHttpInfo(video, 140.0);
      assertThat(queued.getStatusCode()).isEqualTo(202);
      JobAccepted accepted = queued.getData();
      assertThat(queued.getHeaders().get("location"))
          .containsExactly("/api/v1/jobs/" + accepted.getId());
      assertThat(accepted.getStatus()).isEqualTo(JobStatus.QUEUED);
      Job done = waitForJob(uploads, accepted.getId());
      assertThat(done.getStatus()).as(String.valueOf(done.getError())).isEqualTo(JobStatus.DONE);
      assertThat(done.getProgress()).isEqualTo(1.0);

      Analysis report = analyses.getAnalysis(done.getAnalysisId());
      assertThat(report.getFormat()).isEqualTo(Analysis.FormatEnum.HINGE_ANALYSIS_1);
      assertThat((List<?>) report.getAdditionalProperty("reps")).hasSize(3);
      List<AnalysisSummary> list = analyses.listAnalyses();
      assertThat(list).extracting(AnalysisSummary::getId).containsExactly(done.getAnalysisId());
      assertThat(list.get(0).getLoadKg()).isEqualTo(140.0);
      assertThat(list.get(0).getVideo()).isEqualTo("my set.mp4");

      ApiException missing =
          catchThrowableOfType(ApiException.class, () -> uploads.getJob(999_999L));
      assertThat(missing.getCode()).isEqualTo(404);
      assertThat(error(missing, c).getError()).isEqualTo("not_found");

      ApiException incomplete =
          catchThrowableOfType(
              ApiException.class,
              () -> checkins.submitCheckIn(answers(Answers.doms(), c).redFlags(null)));
      assertThat(incomplete.getCode()).isEqualTo(400);
      Error why = error(incomplete, c);
      assertThat(why.getError()).isEqualTo("invalid_input");
      assertThat(why.getFields()).extracting(f -> f.getField()).contains("redFlags");
      assertThat(checkins.listCheckIns()).hasSize(2);
    }
  }

  static Job waitForJob(UploadsApi uploads, long id) throws Exception {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      Job job = uploads.getJob(id);
      if (job.getStatus() == JobStatus.DONE || job.getStatus() == JobStatus.FAILED) {
        return job;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("job " + id + " did not finish in 30 s");
  }

  @Test
  void setsAndTheProfileGoThroughTheGeneratedClient() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = server(j, Optional.empty())) {
      ApiClient c = client(s);
      TrainingApi training = new TrainingApi(c);
      ProfileApi profile = new ProfileApi(c);

      long id =
          training
              .logSet(
                  new NewSet()
                      .day(LocalDate.of(2026, 11, 23))
                      .exercise("Romanian deadlift")
                      .loadKg(100.0)
                      .reps(8)
                      .rpe(7.5)
                      .rir(2)
                      .notes("straps"))
              .getId();
      List<TrainingSet> sets = training.listSets();
      assertThat(sets).extracting(TrainingSet::getId).containsExactly(id);
      assertThat(sets.get(0).getSource()).isEqualTo(TrainingSet.SourceEnum.MANUAL);
      List<Session> sessions = training.listSessions();
      assertThat(sessions.get(0).getDay()).isEqualTo(LocalDate.of(2026, 11, 23));
      assertThat(sessions.get(0).getSets().get(0).getRir()).isEqualTo(2);

      ApiException tooHard =
          catchThrowableOfType(
              ApiException.class,
              () -> training.logSet(new NewSet().exercise("Deadlift").rpe(11.0)));
      assertThat(tooHard.getCode()).isEqualTo(400);
      Error why = error(tooHard, c);
      assertThat(why.getError()).isEqualTo("invalid_input");
      assertThat(why.getMessage()).contains("rpe");
      assertThat(training.listSets()).hasSize(1);

      Profile empty = profile.getProfile();
      assertThat(empty.getUnits()).isEqualTo(Profile.UnitsEnum.KG);
      assertThat(empty.getHeightCm()).isNull();
      Profile saved =
          profile.putProfile(
              new ProfileInput()
                  .heightCm(178.0)
                  .bodyMassKg(84.5)
                  .units(ProfileInput.UnitsEnum.LB)
                  .birthDate(LocalDate.of(1970, 6, 15))
                  .sex(ProfileInput.SexEnum.FEMALE));
      assertThat(saved.getAge()).isBetween(55, 80);
      assertThat(profile.getProfile()).isEqualTo(saved);
      ApiException tall =
          catchThrowableOfType(
              ApiException.class, () -> profile.putProfile(new ProfileInput().heightCm(1780.0)));
      assertThat(tall.getCode()).isEqualTo(400);
      assertThat(error(tall, c).getMessage()).contains("1780");
    }
  }

  @Test
  void withATokenTheClientSendsItAsABearerHeader() throws Exception {
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = server(j, Optional.of("s3cret"))) {
      ApiClient anonymous = client(s);
      ApiException refused =
          catchThrowableOfType(ApiException.class, () -> new MetaApi(anonymous).getOpenApi());
      assertThat(refused.getCode()).isEqualTo(401);
      assertThat(error(refused, anonymous).getError()).isEqualTo("unauthorized");

      ApiClient withToken = client(s);
      withToken.setRequestInterceptor(b -> b.header("Authorization", "Bearer s3cret"));
      JsonNode api = new ObjectMapper().valueToTree(new MetaApi(withToken).getOpenApi());
      assertThat(api.at("/components/securitySchemes/bearerAuth/scheme").asText())
          .isEqualTo("bearer");
      assertThat(new CheckinsApi(withToken).listCheckIns()).isEmpty();
    }
  }
}
