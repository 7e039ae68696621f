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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
              }));
    }
    assertThat(tests).hasSizeGreaterThanOrEqualTo(10);
    return tests.stream();
  }

  static Stream<Arguments> redFlagRules() {
    return Stream.of(
        Arguments.of(
            RedFlag.SADDLE_NUMBNESS, "redflag.cauda_equina.saddle_numbness", Disposition.EMERGENCY),
        Arguments.of(RedFlag.BLADDER_CHANGE, "redflag.cauda_equina.bladder", Disposition.EMERGENCY),
        Arguments.of(RedFlag.BOWEL_CHANGE, "redflag.cauda_equina.bowel", Disposition.EMERGENCY),
        Arguments.of(
            RedFlag.SEXUAL_DYSFUNCTION, "redflag.cauda_equina.sexual", Disposition.EMERGENCY),
        Arguments.of(RedFlag.DARK_URINE, "redflag.rhabdo.dark_urine", Disposition.EMERGENCY),
        Arguments.of(
            RedFlag.MUSCLE_SWELLING_OR_EXTREME_WEAKNESS,
            "redflag.rhabdo.muscle_swelling",
            Disposition.URGENT),
        Arguments.of(
            RedFlag.SUDDEN_TEARING_PAIN_OR_FAINT,
            "redflag.vascular.tearing_pain_or_faint",
            Disposition.EMERGENCY),
        Arguments.of(
            RedFlag.UNEXPLAINED_WEIGHT_LOSS, "redflag.cancer.weight_loss", Disposition.URGENT),
        Arguments.of(
            RedFlag.CONSTANT_NIGHT_PAIN, "redflag.constant_night_pain", Disposition.URGENT),
        Arguments.of(RedFlag.MAJOR_TRAUMA, "redflag.fracture.major_trauma", Disposition.URGENT),
        Arguments.of(RedFlag.FEVER, "redflag.infection.fever", Disposition.SEE_CLINICIAN),
        Arguments.of(RedFlag.INFECTION_RISK, "redflag.infection.risk", Disposition.SEE_CLINICIAN),
        Arguments.of(
            RedFlag.OSTEOPOROSIS_OR_STEROIDS,
            "redflag.fracture.osteoporosis",
            Disposition.SEE_CLINICIAN),
        Arguments.of(RedFlag.CANCER_HISTORY, "redflag.cancer.history", Disposition.SEE_CLINICIAN));
  }

  @ParameterizedTest(name = "{0} alone fires {1}")
  @MethodSource("redFlagRules")
  void eachRedFlagAloneFiresItsRuleAndNeverEndsInSelfCare(
      RedFlag flag, String rule, Disposition expected) {
    TriageResult r = Answers.doms().flag(flag).triage();
    assertThat(rules(r)).contains(rule);
    assertThat(r.disposition()).isEqualTo(expected);
    assertThat(r.likelyPattern()).isEqualTo(Pattern.RED_FLAG);
    Reason reason =
        r.reasons().stream().filter(x -> x.rule().equals(rule)).findFirst().orElseThrow();
    assertThat(reason.evidence()).contains(flag.field() + "=true");
    assertThat(reason.sources()).isNotBlank();
  }

  @Test
  void legSymptomsInBothLegsAreACaudaEquinaWarning() {
    TriageResult r =
        Answers.doms()
            .areas("lower_back", "leg_below_knee")
            .leg(true, "both", true, "none", false)
            .triage();
    assertThat(r.disposition()).isEqualTo(Disposition.EMERGENCY);
    assertThat(rules(r)).contains("redflag.cauda_equina.bilateral_leg");
    assertThat(r.advice().get(0)).isEqualTo(Advice.EMERGENCY_NOW);
  }

  @Test
  void oneLegGettingWeakerIsUrgentAndWithAFootDropToo() {
    TriageResult weak =
        Answers.doms().areas("lower_back").leg(false, "left", false, "worsening", false).triage();
    assertThat(weak.disposition()).isEqualTo(Disposition.URGENT);
    assertThat(rules(weak)).contains("redflag.neuro.progressive_weakness");
    TriageResult drop =
        Answers.doms().areas("lower_back").leg(false, "right", false, "none", true).triage();
    assertThat(drop.disposition()).isEqualTo(Disposition.URGENT);
    assertThat(drop.advice().get(0)).isEqualTo(Advice.URGENT_NOW);
  }

  @Test
  void weaknessGettingWorseWithACaudaEquinaFeatureIsAnEmergency() {
    TriageResult r =
        Answers.doms()
            .leg(false, "left", false, "worsening", false)
            .flag(RedFlag.BLADDER_CHANGE)
            .triage();
    assertThat(rules(r)).contains("redflag.neuro.progressive_weakness_bilateral_or_ces");
    assertThat(r.disposition()).isEqualTo(Disposition.EMERGENCY);
  }

  @Test
  void cancerHistoryIsUrgentWithBackPainAndAnEmergencyWithNumbness() {
    TriageResult back = Answers.doms().areas("lower_back").flag(RedFlag.CANCER_HISTORY).triage();
    assertThat(rules(back)).contains("redflag.cancer.history_with_back_pain");
    assertThat(back.disposition()).isEqualTo(Disposition.URGENT);
    TriageResult numb =
        Answers.doms()
            .areas("lower_back")
            .leg(false, "left", true, "none", false)
            .character("tingling")
            .flag(RedFlag.CANCER_HISTORY)
            .triage();
    assertThat(rules(numb)).contains("redflag.cancer.history_with_neuro_deficit");
    assertThat(numb.disposition()).isEqualTo(Disposition.EMERGENCY);
  }

  @Test
  void feverWithInfectionRiskIsUrgent() {
    TriageResult r = Answers.doms().flag(RedFlag.FEVER).flag(RedFlag.INFECTION_RISK).triage();
    assertThat(rules(r)).contains("redflag.infection.fever_with_risk_or_constant_pain");
    assertThat(r.disposition()).isEqualTo(Disposition.URGENT);
  }

  @Test
  void osteoporosisWithASuddenSharpOnsetIsUrgent() {
    TriageResult r =
        Answers.doms()
            .areas("lower_back")
            .set("suddenSharpOnset", true)
            .character("sharp")
            .flag(RedFlag.OSTEOPOROSIS_OR_STEROIDS)
            .triage();
    assertThat(rules(r)).contains("redflag.fracture.osteoporosis_sudden_onset");
    assertThat(r.disposition()).isEqualTo(Disposition.URGENT);
  }

  @Test
  void darkUrineWithSwollenMusclesNeverComesWithAnAntiInflammatorySuggestion() {
    TriageResult r =
        Answers.doms()
            .flag(RedFlag.DARK_URINE)
            .flag(RedFlag.MUSCLE_SWELLING_OR_EXTREME_WEAKNESS)
            .triage();
    assertThat(r.antiInflammatoryMentioned()).isFalse();
    assertThat(r.advice()).contains(Advice.NO_NSAID_RHABDO).doesNotContain(Advice.PHARMACIST);
  }

  @Test
  void newBackPainOver50WithoutATriggerNeedsAClinician() {
    TriageResult r =
        Answers.doms().set("age", 62).set("onset", "no_clear_trigger").areas("lower_back").triage();
    assertThat(rules(r)).contains("clinician.new_pain_over_50_no_trigger");
    assertThat(r.disposition()).isEqualTo(Disposition.SEE_CLINICIAN);
    // an older lifter with a clear lifting trigger who is improving is not sent to a clinician
    TriageResult lifting =
        Answers.doms().set("age", 62).areas("hamstrings").set("trend", "improving").triage();
    assertThat(lifting.disposition()).isEqualTo(Disposition.SELF_CARE);
  }

  @Test
  void
      soreness_getting_worse_after_three_days_or_severe_pain_that_stops_walking_needs_a_clinician() {
    assertThat(rules(Answers.doms().set("trend", "worse").set("daysSinceOnset", 4).triage()))
        .contains("clinician.worse_after_3_days");
    TriageResult r = Answers.doms().set("pain", 8).set("canWalkNormally", false).triage();
    assertThat(rules(r)).contains("clinician.severe_pain_cannot_walk");
    assertThat(r.disposition()).isEqualTo(Disposition.SEE_CLINICIAN);
  }

  @Test
  void recurrentBackEpisodesAndSorenessBeyondAWeekNeedAClinician() {
    assertThat(rules(Answers.doms().areas("lower_back").set("previousEpisodes", 4).triage()))
        .contains("clinician.recurrent_episodes");
    assertThat(rules(Answers.doms().set("daysSinceOnset", 9).triage()))
        .contains("clinician.soreness_beyond_a_week");
  }

  @Test
  void sciaticaWithStableWeaknessOrSeverePainNeedsAClinician() {
    TriageResult r =
        Answers.doms()
            .areas("lower_back", "leg_below_knee")
            .character("shooting")
            .leg(true, "right", false, "stable", false)
            .triage();
    assertThat(rules(r)).contains("clinician.sciatica_not_mild");
    assertThat(r.likelyPattern()).isEqualTo(Pattern.RADICULAR);
    assertThat(r.disposition()).isEqualTo(Disposition.SEE_CLINICIAN);
  }

  @Test
  void aStrainNotImprovingAfterTenDaysNeedsAClinician() {
    TriageResult r =
        Answers.doms()
            .areas("lower_back")
            .set("onset", "during_lift")
            .set("suddenSharpOnset", true)
            .character("sharp")
            .set("daysSinceOnset", 11)
            .triage();
    assertThat(rules(r)).contains("clinician.strain_not_improving", "strain.acute");
    assertThat(r.disposition()).isEqualTo(Disposition.SEE_CLINICIAN);
  }

  @Test
  void lowerBackSorenessAfterASessionIsOverloadWithAFormWarningAndNoBedRest() {
    TriageResult r = Answers.doms().areas("lower_back").set("side", "central").triage();
    assertThat(r.likelyPattern()).isEqualTo(Pattern.BACK_OVERLOAD);
    assertThat(rules(r)).containsExactly("back.overload");
    assertThat(r.disposition()).isEqualTo(Disposition.SELF_CARE);
    assertThat(r.formWarning()).isTrue();
    assertThat(r.advice()).anyMatch(a -> a.contains("hip hinge with a dowel"));
    assertThat(r.advice()).contains(Advice.STAY_ACTIVE, Advice.PHARMACIST);
    assertThat(r.recheckInDays()).hasValue(2);
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
            a -> a.contains("HIPS_SHOOT_UP on reps 4–6") && a.contains("Deadlift 140 kg × 6"));
    // the same check-in without training data still works, with a general warning
    assertThat(new TriageEngine().evaluate(c, TrainingContext.none()).linkedSession()).isEmpty();
  }

  @Test
  void hamstringSorenessIsDomsWithoutAFormWarning() {
    TriageResult r = Answers.doms().triage();
    assertThat(r.likelyPattern()).isEqualTo(Pattern.DOMS);
    assertThat(rules(r)).containsExactly("doms.classic");
    assertThat(r.formWarning()).isFalse();
    assertThat(r.recheckInDays()).hasValue(3);
  }

  @Test
  void somethingThatIsNotTrainingSorenessGoesToAClinician() {
    TriageResult r = Answers.doms().areas("abdomen").character("burning").triage();
    assertThat(r.likelyPattern()).isEqualTo(Pattern.UNCLEAR);
    assertThat(rules(r)).contains("pattern.unclear");
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
    assertThat(j.get("reasons").get(0).get("rule").asText())
        .isEqualTo("redflag.cauda_equina.saddle_numbness");
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
