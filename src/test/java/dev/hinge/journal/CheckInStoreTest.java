package dev.hinge.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.triage.Answers;
import dev.hinge.triage.CheckInParser;
import dev.hinge.triage.TrainingContext;
import dev.hinge.triage.TriageEngine;
import dev.hinge.triage.TriageResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Check-ins, on SQLite and PostgreSQL. */
class CheckInStoreTest extends StoreTestBase {
  static TriageResult triage(String answers) {
    return new TriageEngine().evaluate(CheckInParser.parse(answers), TrainingContext.none());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void checkInsKeepTheAnswersAsGivenAndTheResultNewestFirst(String kind) throws Exception {
    try (Journal j = open(kind)) {
      String doms = Answers.doms().json();
      long first = j.checkIns().save(doms, triage(doms));
      long second = j.checkIns().save(doms, triage(doms));
      assertThat(j.checkIns().list())
          .extracting(CheckInStore.CheckInSummary::id)
          .containsExactly(second, first);
      CheckInStore.CheckInSummary c = j.checkIns().list().get(1);
      assertThat(c.answersJson()).isEqualTo(doms);
      assertThat(c.disposition()).isEqualTo("SELF_CARE");
      assertThat(c.createdAt()).isEqualTo("2026-11-20T18:30:00Z");
      assertThat(c.resultJson()).contains("SELF_CARE");
    }
  }
}
