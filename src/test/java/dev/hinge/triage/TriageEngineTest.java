package dev.hinge.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hinge.triage.TriageResult.Reason;
import dev.hinge.triage.Vocabulary.Disposition;
import dev.hinge.triage.Vocabulary.Pattern;
import dev.hinge.triage.Vocabulary.RedFlag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TriageEngineTest {

  static List<String> rules(TriageResult r) {
    return r.reasons().stream().map(Reason::rule).toList();
  }

  @TestFactory
  Stream<DynamicTest> everyExampleInTheClinicalFactSheetGetsItsExpectedDisposition()
      throws Exception {
    Path examples = Path.of("..", "shared", "clinical", "examples.json");
    assumeTrue(
        Files.exists(examples),
        "shared clinical examples not found at " + examples.toAbsolutePath());
    JsonNode all = Answers.JSON.readTree(Files.readString(examples));
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode e : all) {
      tests.add(
          DynamicTest.dynamicTest(
              e.get("id").asText(),
              () -> {
                TriageResult r =
                    new TriageEngine()
                        .evaluate(CheckInParser.parse(e.get("answers")), TrainingContext.none());
                assertThat(r.disposition().name())
                    .as(e.get("why").asText())
                    .isEqualTo(e.get("expected").asText());
                assertThat(rules(r)).as(e.get("why").asText()).contains(e.get("rule").asText());
              }));
    }
    assertThat(tests).hasSizeGreaterThanOrEqualTo(10);
    return tests.stream();
  }

  @Test
  void lowerBackSorenessAfterASessionIsOverloadWithAFormWarningAndNoBedRest() {
    TriageResult r = Answers.backOverload().triage();
    assertThat(r.likelyPattern()).isEqualTo(Pattern.BACK_OVERLOAD);
    assertThat(rules(r)).containsExactly("PAT-BACK-OVERLOAD");
    assertThat(r.disposition()).isEqualTo(Disposition.SELF_CARE);
    assertThat(r.formWarning()).isTrue();
    assertThat(r.advice()).anyMatch(a -> a.contains("hip hinge with a dowel"));
    assertThat(r.advice()).contains(Advice.STAY_ACTIVE, Advice.PHARMACIST, Advice.RETURN_LADDER);
    assertThat(r.recheckInDays()).hasValue(3);
  }

  @Test
  void aRecentAnalysedSetIsNamedInTheFormWarning() {
    CheckIn c = Answers.doms().areas("lower_back").set("side", "central").checkIn();
    TrainingContext ctx =
        TrainingContext.of(
            new TrainingContext.RecentSet(
                "a-17",
                "Deadlift 140 kg × 6",
                Instant.parse("2026-11-24T18:00:00Z"),
                6,
                List.of(new TrainingContext.RepFault("HIPS_SHOOT_UP", List.of(4, 5, 6))),
                OptionalDouble.of(310)));
    TriageResult r = new TriageEngine().evaluate(c, ctx);
    assertThat(r.linkedSession()).isPresent();
    assertThat(r.advice())
        .anyMatch(
            a ->
                a.contains("HIPS_SHOOT_UP on reps 4–6")
                    && a.contains("Deadlift 140 kg × 6")
                    && a.contains(dev.hinge.faults.FaultCode.HIPS_SHOOT_UP.cue()));
    // the same check-in without training data still works, with a general warning
    assertThat(new TriageEngine().evaluate(c, TrainingContext.none()).linkedSession()).isEmpty();
  }

  @Test
  void hamstringSorenessIsDomsWithoutAFormWarning() {
    TriageResult r = Answers.doms().triage();
    assertThat(r.likelyPattern()).isEqualTo(Pattern.DOMS);
    assertThat(rules(r)).containsExactly("PAT-DOMS");
    assertThat(r.formWarning()).isFalse();
    assertThat(r.recheckInDays()).hasValue(3);
  }

  @Test
  void somethingThatIsNotTrainingSorenessGoesToAClinician() {
    TriageResult r = Answers.doms().areas("abdomen").character("burning").triage();
    assertThat(r.likelyPattern()).isEqualTo(Pattern.UNCLEAR);
    assertThat(rules(r)).containsExactly("UNCLEAR");
    assertThat(r.disposition()).isEqualTo(Disposition.SEE_CLINICIAN);
  }

  @Test
  void everyResultEndsWithTheSafetyNetAndCarriesTheDisclaimer() {
    for (TriageResult r :
        List.of(Answers.doms().triage(), Answers.doms().flag(RedFlag.BOWEL_CHANGE).triage())) {
      assertThat(r.advice().get(r.advice().size() - 1)).isEqualTo(Advice.SAFETY_NET);
      assertThat(r.disclaimer()).startsWith("Hinge does not diagnose.");
    }
  }

  @Test
  void theResultJsonHasTheSchemasFields() throws Exception {
    JsonNode j =
        Answers.JSON.readTree(
            TriageResultJson.toJson(Answers.doms().flag(RedFlag.SADDLE_NUMBNESS).triage()));
    assertThat(j.get("disposition").asText()).isEqualTo("EMERGENCY");
    assertThat(j.get("recheckInDays").isNull()).isTrue();
    assertThat(j.get("linkedSession").isNull()).isTrue();
    assertThat(j.get("reasons").get(0).get("rule").asText()).isEqualTo("RF-CES-SADDLE");
    assertThat(j.get("advice").get(0).asText()).isEqualTo(Advice.EMERGENCY_NOW);
    assertThat(j.get("likelyPattern").asText()).isEqualTo("RED_FLAG");
    assertThat(j.has("formWarning")).isTrue();
    assertThat(j.get("disclaimer").asText()).contains("does not diagnose");
  }

  @Test
  void everyRuleHasAnIdAndASourceAndIdsAreUnique() {
    List<String> ids = TriageRules.ALL.stream().map(Rule::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(TriageRules.ALL).allSatisfy(r -> assertThat(r.sources()).isNotBlank());
  }
}
