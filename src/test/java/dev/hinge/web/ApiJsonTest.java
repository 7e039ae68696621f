package dev.hinge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hinge.app.Profiles;
import dev.hinge.app.TrainingLog;
import dev.hinge.core.HingeException;
import org.junit.jupiter.api.Test;

/** The API's strict JSON: what is refused, and the one-line message naming field and value. */
class ApiJsonTest {
  final ApiJson json = new ApiJson();

  TrainingLog.SetRequest set(String body) {
    return json.fromJsonString(body, TrainingLog.SetRequest.class);
  }

  @Test
  void aWellFormedBodyBindsAsSent() {
    TrainingLog.SetRequest r =
        set(
            "{\"exercise\": \"Deadlift\", \"loadKg\": 140, \"reps\": 5, \"rpe\": 8.5, \"notes\": null}");
    assertThat(r.loadKg()).isEqualTo(140.0);
    assertThat(r.reps()).isEqualTo(5L);
    assertThat(r.notes()).isNull();
    assertThat(r.day()).isNull();
  }

  @Test
  void nothingIsConvertedOrDropped() {
    String[][] cases = {
      {"{\"exercise\": 5}", "exercise: 5 is not text"},
      {"{\"exercise\": true}", "exercise: true is not text"},
      {"{\"notes\": {\"a\": 1}}", "notes: an object is not text"},
      {"{\"notes\": [1]}", "notes: a list is not text"},
      {"{\"reps\": \"5\"}", "reps: \"5\" is not a whole number"},
      {"{\"reps\": 5.5}", "reps: 5.5 is not a whole number"},
      {
        "{\"reps\": 99999999999999999999999}",
        "reps: 99999999999999999999999 is not a whole number that fits"
      },
      {"{\"loadKg\": \"100\"}", "loadKg: \"100\" is not a number"},
      {
        "{\"weight\": 100}",
        "unknown field 'weight' (known: day, exercise, loadKg, notes, reps, rir, rpe)"
      },
      {"{\"reps\": 1, \"reps\": 2}", "reps: given twice"},
      {"{\"reps\": 1} x", "not valid JSON"},
      {"[1, 2]", "must be a JSON object, found a list"},
      {"null", "must be a JSON object, found null"},
      {"\"deadlift\"", "must be a JSON object"},
      {"{\"reps\": tru}", "not valid JSON"}
    };
    for (String[] c : cases) {
      assertThatThrownBy(() -> set(c[0]))
          .as(c[0])
          .isInstanceOf(HingeException.class)
          .hasMessageContaining(c[1])
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }

  @Test
  void theProfileBindsTheSameWay() {
    assertThat(
            json.<Profiles.Request>fromJsonString(
                    "{\"heightCm\": 178, \"units\": \"lb\"}", Profiles.Request.class)
                .heightCm())
        .isEqualTo(178.0);
    assertThatThrownBy(() -> json.fromJsonString("{\"heightCm\": \"178\"}", Profiles.Request.class))
        .hasMessageContaining("heightCm: \"178\" is not a number");
  }

  @Test
  void responsesAreWrittenAsJson() {
    assertThat(json.toJsonString(new SetsApi.Created(7), SetsApi.Created.class))
        .isEqualTo("{\"id\":7}");
    assertThat(
            json.toJsonString(
                new VideosApi.Job(1, "running", 0.5, 2, null, null), VideosApi.Job.class))
        .isEqualTo("{\"id\":1,\"status\":\"running\",\"progress\":0.5,\"videoId\":2}");
  }
}
