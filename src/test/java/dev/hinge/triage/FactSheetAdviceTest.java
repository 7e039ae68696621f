package dev.hinge.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.triage.Vocabulary.Disposition;
import dev.hinge.triage.Vocabulary.RedFlag;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FACTS.md's advice sections: (a) what each disposition says first and must also say, the safety
 * net, (c) the self-care plans and (d) what the tool must never do, each as a test named after its
 * item; a test fails when the sheet has an item with no test here.
 */
class FactSheetAdviceTest {

  private static String all(TriageResult r) {
    return String.join("\n", r.advice());
  }

  /** (a): one per disposition, and the safety net. */
  static final Map<String, Consumer<TriageResult>> DISPOSITIONS = new TreeMap<>();

  static {
    DISPOSITIONS.put(
        "EMERGENCY",
        r -> {
          assertThat(r.advice().get(0)).contains("999/112").contains("A&E").endsWith("now.");
          assertThat(all(r)).contains("Don't train", "don't wait", "Don't drive yourself");
          assertThat(r.advice().get(1)).startsWith("Why: ").contains("between your legs");
          assertThat(all(r).toLowerCase(Locale.ROOT))
              .doesNotContain("painkiller", "anti-inflammatory", "paracetamol", "ibuprofen");
        });
    DISPOSITIONS.put(
        "URGENT",
        r -> {
          assertThat(r.advice().get(0)).startsWith("See a doctor today").contains("NHS 111");
          assertThat(r.advice().get(1)).startsWith("Why: ").contains("weight");
          assertThat(all(r)).contains(Advice.URGENT_NO_LIFTING).contains("go to A&E");
        });
    DISPOSITIONS.put(
        "SEE_CLINICIAN",
        r -> {
          assertThat(r.advice().get(0)).isEqualTo(Advice.CLINICIAN_SOON);
          assertThat(all(r)).contains("keep gently active", "pause the lift");
          assertThat(r.recheckInDays().getAsInt()).isBetween(3, 7);
          assertThat(r.advice()).last().isEqualTo(Advice.SAFETY_NET);
        });
    DISPOSITIONS.put(
        "SELF_CARE",
        r -> {
          assertThat(r.advice().get(0))
              .isEqualTo(
                  "This fits the pattern of delayed onset muscle soreness (DOMS); here is a plan.");
          assertThat(all(r)).contains("Expected course", "Check in again in 3 days");
          assertThat(r.advice()).last().isEqualTo(Advice.SAFETY_NET);
        });
  }

  static Stream<Arguments> dispositions() {
    Map<String, Answers> story =
        Map.of(
            "EMERGENCY", Answers.doms().flag(RedFlag.SADDLE_NUMBNESS),
            "URGENT", Answers.doms().flag(RedFlag.UNEXPLAINED_WEIGHT_LOSS),
            "SEE_CLINICIAN", Answers.doms().days(9),
            "SELF_CARE", Answers.doms());
    return DISPOSITIONS.keySet().stream().map(k -> Arguments.of(k, story.get(k)));
  }

  @ParameterizedTest(name = "(a) {0}: first line and what it must also say")
  @MethodSource("dispositions")
  void eachDispositionSaysWhatTheSheetRequires(String disposition, Answers story) {
    TriageResult r = story.triage();
    assertThat(r.disposition()).isEqualTo(Disposition.valueOf(disposition));
    DISPOSITIONS.get(disposition).accept(r);
  }

  @Test
  void safetyNetEndsEveryResultAndNamesEverySign() {
    assertThat(Advice.SAFETY_NET)
        .contains(
            "numbness between the legs",
            "back passage or genitals",
            "urine or stools",
            "numbness during sex",
            "weakness that gets worse",
            "both legs",
            "cola-coloured urine",
            "tearing pain",
            "fainting");
    for (Answers a :
        List.of(
            Answers.doms(),
            Answers.strain(),
            Answers.sciatica(),
            Answers.doms().flag(RedFlag.BOWEL_CHANGE))) {
      assertThat(a.triage().advice()).last().isEqualTo(Advice.SAFETY_NET);
    }
  }

  @Test
  void everyDispositionOfTheSheetHasATest() throws IOException {
    String facts = FactSheetTest.facts();
    String table = facts.substring(facts.indexOf("## (a)"), facts.indexOf("Safety net"));
    List<String> rows =
        table
            .lines()
            .filter(l -> l.matches("\\| [A-Z_]+ \\|.*"))
            .map(l -> l.split("\\|")[1].trim())
            .toList();
    assertThat(DISPOSITIONS.keySet()).containsExactlyInAnyOrderElementsOf(rows);
  }

  // (c) Self-care plans.
  @Test
  void planAll_stayActiveHeatPainkillersFromAPharmacistAndNoBeltsOrTens() {
    String r = all(Answers.backOverload().triage());
    assertThat(r).contains("Stay active", "avoid bed rest", "Heat");
    assertThat(r).contains("ask a pharmacist whether an anti-inflammatory suits you");
    assertThat(r).contains("kidney disease", "ulcer", "blood thinners", "pregnant", "asthma");
    assertThat(r).contains(Advice.NOT_ADVISED);
  }

  @Test
  void planDoms_fadesByFiveToSevenDaysBackAtSixtyToSeventyPercentRecheckInThree() {
    TriageResult r = Answers.doms().triage();
    assertThat(all(r)).contains("gone by 5–7", "60–70 %", "Train other movement patterns");
    assertThat(r.recheckInDays()).hasValue(3);
  }

  @Test
  void planBackOverload_formWarningNoHeavyHingingReturnLadderRecheckInThree() {
    TriageResult r = Answers.backOverload().triage();
    assertThat(r.formWarning()).isTrue();
    assertThat(all(r)).contains("Form warning", "No heavy hinging", Advice.RETURN_LADDER);
    assertThat(r.recheckInDays()).hasValue(3);
  }

  @Test
  void planStrain_heatWalkingNoHeavyLiftingLadderClinicianIfNotBetterInOneToTwoWeeks() {
    TriageResult r = Answers.strain().triage();
    assertThat(all(r))
        .contains("Heat", "Walk", "No heavy lifting", Advice.RETURN_LADDER, "within 1–2 weeks");
    assertThat(r.recheckInDays()).hasValue(3);
  }

  @Test
  void planMildSciatica_breakUpSittingNoHeavyHingingRecheckInSevenClinicianByFourWeeks() {
    TriageResult r = Answers.sciatica().triage();
    assertThat(all(r))
        .contains("Break up long spells of sitting", "No heavy hinging", "about 4 weeks");
    assertThat(r.recheckInDays()).hasValue(7);
  }

  @Test
  void planReturnLadder_nextStepOnlyAtTwoOutOfTenDuringAndNextMorning() {
    assertThat(Advice.RETURN_LADDER)
        .contains(
            "2/10 or less during it and the next morning",
            "pain-free walking",
            "dowel",
            "Romanian or kettlebell deadlift",
            "50 %",
            "10 % a session",
            "filming a set");
  }

  @Test
  void everyPlanOfTheSheetHasATest() throws IOException {
    String facts = FactSheetTest.facts();
    String plans = facts.substring(facts.indexOf("## (c)"), facts.indexOf("## (d)"));
    long bullets = plans.lines().filter(l -> l.startsWith("- **")).count();
    long tests =
        Arrays.stream(getClass().getDeclaredMethods())
            .filter(
                m ->
                    m.getName().startsWith("plan")
                        && !m.getName()
                            .equals(
                                "planAll_stayActiveHeatPainkillersFromAPharmacistAndNoBeltsOrTens"))
            .count();
    assertThat(tests).as("one test per plan in FACTS.md (c)").isEqualTo(bullets);
  }

  // (d) The tool must never …
  @Test
  void never1_nameADiagnosisAsFact() {
    for (Answers a :
        List.of(Answers.doms(), Answers.strain(), Answers.sciatica(), Answers.backOverload())) {
      TriageResult r = a.triage();
      assertThat(r.advice().get(0)).startsWith("This fits the pattern of");
      assertThat(all(r)).doesNotContainPattern("(?i)you have (doms|a strain|sciatica)");
      assertThat(r.disclaimer()).startsWith("Hinge does not diagnose.");
    }
  }

  @Test
  void never2_callARedFlagCaseFineJustDomsOrSafeToTrain() {
    for (RedFlag f : RedFlag.values()) {
      String r = all(Answers.backOverload().flag(f).triage()).toLowerCase(Locale.ROOT);
      assertThat(r).doesNotContain(" fine", "just doms", "safe to train");
    }
  }

  @Test
  void never3_inferOrDefaultARedFlagAnswer() {
    Answers a = Answers.doms();
    ((com.fasterxml.jackson.databind.node.ObjectNode) a.root.get("redFlags"))
        .remove(RedFlag.SADDLE_NUMBNESS.field());
    assertThat(CheckInParserTest.errors(a.json()))
        .anySatisfy(e -> assertThat(e.message()).contains("saddleNumbness", "never \"no\""));
    assertThat(Questionnaire.questions().stream().filter(Questionnaire.Question::redFlag))
        .hasSize(RedFlag.values().length);
  }

  @Test
  void never4_letADomsPatternOverrideARhabdoOrCesAnswer() {
    for (RedFlag f :
        List.of(
            RedFlag.DARK_URINE,
            RedFlag.MUSCLE_SWELLING_OR_EXTREME_WEAKNESS,
            RedFlag.SADDLE_NUMBNESS,
            RedFlag.BLADDER_CHANGE,
            RedFlag.BOWEL_CHANGE,
            RedFlag.SEXUAL_DYSFUNCTION)) {
      TriageResult r = Answers.doms().set("pain", 7).flag(f).triage();
      assertThat(r.disposition()).isEqualTo(Disposition.EMERGENCY);
      assertThat(r.reasons()).extracting(TriageResult.Reason::rule).doesNotContain("PAT-DOMS");
    }
  }

  @Test
  void never5_suggestAntiInflammatoriesWithRhabdomyolysisOrTheirContraindications() {
    TriageResult r = Answers.doms().flag(RedFlag.MUSCLE_SWELLING_OR_EXTREME_WEAKNESS).triage();
    assertThat(r.antiInflammatoryMentioned()).isFalse();
    assertThat(all(r).toLowerCase(Locale.ROOT)).doesNotContain("anti-inflammator");
    // where it is suggested, the contraindications are named in the same line
    assertThat(Advice.PHARMACIST)
        .contains("kidney disease", "ulcer or bleeding", "blood thinners", "pregnant", "asthma");
  }

  @Test
  void never6_giveMedicineAdviceWithEmergency() {
    for (RedFlag f : RedFlag.values()) {
      TriageResult r = Answers.strain().flag(f).triage();
      if (r.disposition() == Disposition.EMERGENCY) {
        assertThat(r.antiInflammatoryMentioned()).isFalse();
        assertThat(all(r).toLowerCase(Locale.ROOT))
            .doesNotContain("painkiller", "anti-inflammator", "paracetamol", "pharmacist");
      }
    }
  }

  @Test
  void never7_putTheActionLineBelowOtherText() {
    assertThat(Answers.doms().flag(RedFlag.DARK_URINE).triage().advice().get(0))
        .isEqualTo(Advice.EMERGENCY_NOW);
    assertThat(Answers.doms().flag(RedFlag.MAJOR_TRAUMA).triage().advice().get(0))
        .isEqualTo(Advice.URGENT_NOW);
    assertThat(Answers.doms().flag(RedFlag.FEVER).triage().advice().get(0))
        .isEqualTo(Advice.CLINICIAN_SOON);
  }

  @Test
  void never8_recommendImaging() {
    for (Answers a :
        List.of(
            Answers.doms(),
            Answers.backOverload().flag(RedFlag.MAJOR_TRAUMA),
            Answers.backOverload().set("age", 75),
            Answers.sciatica().days(40))) {
      assertThat(all(a.triage()).toLowerCase(Locale.ROOT))
          .doesNotContain("scan", "x-ray", "mri", "imaging");
    }
  }

  @Test
  void never9_adviseTrainingThroughLegNumbnessOrWeakness() {
    TriageResult r = Answers.sciatica().triage();
    assertThat(all(r)).contains("never train through leg numbness or weakness");
    TriageResult numb = Answers.sciatica().leg(true, "left", true, "stable", false).triage();
    assertThat(numb.disposition()).isEqualTo(Disposition.SEE_CLINICIAN);
    assertThat(all(numb)).doesNotContain("Return in steps").contains("pause the lift");
  }

  @Test
  void everyItemOfTheNeverListHasATest() throws IOException {
    String facts = FactSheetTest.facts();
    String never = facts.substring(facts.indexOf("## (d)"), facts.indexOf("## (e)"));
    String list = never.substring(never.indexOf("must never") + "must never".length());
    // items are separated by ";" outside parentheses
    int items = 1;
    int depth = 0;
    for (char ch : list.toCharArray()) {
      depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
      items += ch == ';' && depth == 0 ? 1 : 0;
    }
    long tests =
        Arrays.stream(getClass().getDeclaredMethods())
            .filter(m -> m.getName().matches("never\\d+_.*"))
            .count();
    assertThat(tests).as("one test per item of FACTS.md (d)").isEqualTo(items);
  }
}
