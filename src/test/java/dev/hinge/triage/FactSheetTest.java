package dev.hinge.triage;

import static dev.hinge.triage.Vocabulary.Disposition.EMERGENCY;
import static dev.hinge.triage.Vocabulary.Disposition.SEE_CLINICIAN;
import static dev.hinge.triage.Vocabulary.Disposition.SELF_CARE;
import static dev.hinge.triage.Vocabulary.Disposition.URGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hinge.triage.Vocabulary.Disposition;
import dev.hinge.triage.Vocabulary.Pattern;
import dev.hinge.triage.Vocabulary.RedFlag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the clinical fact sheet (shared/clinical/FACTS.md) as table-driven stories named
 * after the row's id, each with the disposition the sheet gives. The sheet is the source of truth:
 * a rule id in the code that the sheet lacks, or a row of the sheet with no story here, fails.
 */
class FactSheetTest {
  static final Path FACTS = Path.of("..", "shared", "clinical", "FACTS.md");

  /**
   * One story: the row it exercises, what happens, the answers, the disposition the sheet gives
   * (and any it names as acceptable), and whether the row's rule must be among the reasons.
   */
  record Story(
      String row,
      String what,
      Supplier<Answers> answers,
      Disposition expected,
      Set<Disposition> acceptable,
      boolean rowFires) {
    @Override
    public String toString() {
      return row + ": " + what;
    }
  }

  static Story fires(String row, String what, Supplier<Answers> a, Disposition d) {
    return new Story(row, what, a, d, Set.of(d), true);
  }

  static Story firesAcceptably(
      String row, String what, Supplier<Answers> a, Disposition d, Disposition alsoAcceptable) {
    return new Story(row, what, a, d, Set.of(d, alsoAcceptable), true);
  }

  static Story doesNotFire(String row, String what, Supplier<Answers> a, Disposition d) {
    return new Story(row, what, a, d, Set.of(d), false);
  }

  static Stream<Story> rows() {
    List<Story> s = new ArrayList<>();
    // (b) Cauda equina: each feature alone, on training soreness or on back pain.
    for (String[] ces :
        new String[][] {
          {"RF-CES-SADDLE", "saddleNumbness"},
          {"RF-CES-BLADDER", "bladderChange"},
          {"RF-CES-BOWEL", "bowelChange"},
          {"RF-CES-SEXUAL", "sexualDysfunction"}
        }) {
      RedFlag f = flag(ces[1]);
      s.add(
          fires(
              ces[0],
              "classic hamstring DOMS plus " + ces[1],
              () -> Answers.doms().flag(f),
              EMERGENCY));
      s.add(
          fires(
              ces[0],
              "back overload plus " + ces[1],
              () -> Answers.backOverload().flag(f),
              EMERGENCY));
      s.add(
          fires(
              ces[0],
              "a lifting strain plus " + ces[1],
              () -> Answers.strain().flag(f),
              EMERGENCY));
    }
    s.add(
        fires(
            "RF-CES-BILATERAL",
            "pain shooting below the knee in both legs",
            () -> Answers.sciatica().leg(true, "both", false, "none", false),
            EMERGENCY));
    s.add(
        fires(
            "RF-CES-BILATERAL",
            "sciatica that spread to numbness in both legs",
            () -> Answers.sciatica().leg(true, "both", true, "none", false).set("trend", "worse"),
            EMERGENCY));
    s.add(
        fires(
            "RF-NEURO-PROGRESSIVE",
            "one leg getting weaker",
            () -> Answers.sciatica().leg(true, "right", false, "worsening", false),
            URGENT));
    s.add(
        fires(
            "RF-NEURO-PROGRESSIVE",
            "a foot that catches, one leg, no pain below the knee",
            () -> Answers.backOverload().leg(false, "left", false, "none", true),
            URGENT));
    s.add(
        fires(
            "RF-NEURO-PROGRESSIVE",
            "one leg getting weaker with a new bladder change",
            () ->
                Answers.sciatica()
                    .leg(true, "left", false, "worsening", false)
                    .flag(RedFlag.BLADDER_CHANGE),
            EMERGENCY));
    s.add(
        fires(
            "RF-NEURO-PROGRESSIVE",
            "both legs getting weaker",
            () -> Answers.sciatica().leg(false, "both", false, "worsening", false),
            EMERGENCY));
    s.add(
        fires(
            "RF-RHABDO-URINE",
            "cola-coloured urine the day after a high-rep session, DOMS-like story",
            () -> Answers.doms().areas("quads", "glutes").set("pain", 7).flag(RedFlag.DARK_URINE),
            EMERGENCY));
    s.add(
        fires(
            "RF-RHABDO-MUSCLE",
            "thighs swollen and rock-hard, urine still normal",
            () ->
                Answers.doms()
                    .areas("quads")
                    .set("pain", 8)
                    .flag(RedFlag.MUSCLE_SWELLING_OR_EXTREME_WEAKNESS),
            EMERGENCY));
    s.add(
        fires(
            "RF-VASCULAR",
            "sudden tearing back pain and feeling faint, 64",
            () ->
                Answers.backOverload()
                    .set("age", 64)
                    .character("tearing")
                    .flag(RedFlag.SUDDEN_TEARING_PAIN_OR_FAINT),
            EMERGENCY));
    s.add(
        fires(
            "RF-CANCER",
            "breast cancer 8 years ago, lower-back ache after deadlifts",
            () -> Answers.backOverload().set("age", 48).flag(RedFlag.CANCER_HISTORY),
            URGENT));
    s.add(
        fires(
            "RF-CANCER",
            "past cancer, new upper-back pain without a clear trigger",
            () ->
                Answers.doms()
                    .set("age", 61)
                    .set("onset", "no_clear_trigger")
                    .areas("upper_back")
                    .set("hoursSinceTraining", null)
                    .set("daysSinceOnset", 10)
                    .flag(RedFlag.CANCER_HISTORY),
            URGENT));
    s.add(
        fires(
            "RF-CANCER",
            "past cancer, pain in the belly after training",
            () -> Answers.doms().areas("abdomen").flag(RedFlag.CANCER_HISTORY),
            URGENT));
    s.add(
        fires(
            "RF-CANCER-NEURO",
            "past cancer with pain shooting below one knee",
            () -> Answers.sciatica().flag(RedFlag.CANCER_HISTORY),
            EMERGENCY));
    s.add(
        fires(
            "RF-CANCER-NEURO",
            "past cancer with a numb foot",
            () ->
                Answers.backOverload()
                    .leg(false, "right", true, "none", false)
                    .flag(RedFlag.CANCER_HISTORY),
            EMERGENCY));
    s.add(
        fires(
            "RF-CANCER-NEURO",
            "past cancer with a steadily weak leg",
            () ->
                Answers.backOverload()
                    .leg(false, "left", false, "stable", false)
                    .flag(RedFlag.CANCER_HISTORY),
            EMERGENCY));
    s.add(
        fires(
            "RF-CANCER-NEURO",
            "past cancer, back pain, cannot walk normally",
            () -> Answers.backOverload().set("canWalkNormally", false).flag(RedFlag.CANCER_HISTORY),
            EMERGENCY));
    s.add(
        fires(
            "RF-CANCER-NEURO",
            "past cancer with a new bladder change",
            () -> Answers.backOverload().flag(RedFlag.CANCER_HISTORY).flag(RedFlag.BLADDER_CHANGE),
            EMERGENCY));
    s.add(
        fires(
            "RF-WEIGHT",
            "weight loss without trying, back overload story",
            () -> Answers.backOverload().flag(RedFlag.UNEXPLAINED_WEIGHT_LOSS),
            URGENT));
    s.add(
        fires(
            "RF-NIGHT",
            "constant pain even at night, not eased by position",
            () ->
                Answers.backOverload()
                    .set("easesWithMovement", false)
                    .flag(RedFlag.CONSTANT_NIGHT_PAIN),
            URGENT));
    s.add(
        fires(
            "RF-INFECTION",
            "fever and a recent operation",
            () -> Answers.backOverload().flag(RedFlag.FEVER).flag(RedFlag.INFECTION_RISK),
            URGENT));
    s.add(
        fires(
            "RF-INFECTION",
            "fever and back pain that movement does not ease",
            () -> Answers.backOverload().set("easesWithMovement", false).flag(RedFlag.FEVER),
            URGENT));
    s.add(
        firesAcceptably(
            "RF-FEVER-MECH",
            "feverish, back pain eases with movement",
            () -> Answers.backOverload().flag(RedFlag.FEVER),
            SEE_CLINICIAN,
            URGENT));
    s.add(
        firesAcceptably(
            "RF-FEVER-MECH",
            "feverish with classic hamstring DOMS",
            () -> Answers.doms().flag(RedFlag.FEVER),
            SEE_CLINICIAN,
            URGENT));
    s.add(
        firesAcceptably(
            "RF-IMMUNO",
            "on biologics, lower-back ache, no fever",
            () -> Answers.backOverload().flag(RedFlag.INFECTION_RISK),
            SEE_CLINICIAN,
            URGENT));
    s.add(
        doesNotFire(
            "RF-IMMUNO",
            "on biologics, hamstring DOMS, no back pain: the row needs back pain",
            () -> Answers.doms().flag(RedFlag.INFECTION_RISK),
            SELF_CARE));
    s.add(
        firesAcceptably(
            "RF-TRAUMA",
            "fell off a ladder",
            () -> Answers.strain().set("onset", "no_clear_trigger").flag(RedFlag.MAJOR_TRAUMA),
            URGENT,
            EMERGENCY));
    s.add(
        fires(
            "RF-FRACTURE",
            "osteoporosis, sudden sharp back pain on a lift",
            () -> Answers.strain().flag(RedFlag.OSTEOPOROSIS_OR_STEROIDS),
            URGENT));
    s.add(
        fires(
            "RF-FRACTURE",
            "steroid tablets for a year, severe central back pain",
            () ->
                Answers.backOverload()
                    .set("pain", 8)
                    .set("side", "central")
                    .flag(RedFlag.OSTEOPOROSIS_OR_STEROIDS),
            URGENT));
    // "sudden onset" is the strain's moment whichever way it was answered: a sharp pain that
    // came on during a lift is sudden even where the sudden-onset question was answered "no"
    s.add(
        fires(
            "RF-FRACTURE",
            "steroid tablets, a sharp lower-back pain that came on during a lift",
            () ->
                Answers.strain()
                    .set("suddenSharpOnset", false)
                    .flag(RedFlag.OSTEOPOROSIS_OR_STEROIDS),
            URGENT));
    s.add(
        fires(
            "RF-FRACTURE",
            "osteoporosis, a dull lower-back ache after training",
            () -> Answers.backOverload().set("pain", 4).flag(RedFlag.OSTEOPOROSIS_OR_STEROIDS),
            SEE_CLINICIAN));
    s.add(
        fires(
            "RF-AGE-NEW",
            "55, lower-back pain without a clear trigger",
            () ->
                Answers.backOverload()
                    .set("age", 55)
                    .set("onset", "no_clear_trigger")
                    .set("hoursSinceTraining", null),
            SEE_CLINICIAN));
    // "new pain without a cause" (CKS): waking with it, no session to blame, is that
    s.add(
        fires(
            "RF-AGE-NEW",
            "60, woke with lower-back pain, no session linked",
            () ->
                Answers.backOverload()
                    .set("age", 60)
                    .set("onset", "woke_with_it")
                    .set("hoursSinceTraining", null),
            SEE_CLINICIAN));
    s.add(
        doesNotFire(
            "RF-AGE-NEW",
            "60, woke with a sore lower back the morning after deadlifts: the session is the cause",
            () -> Answers.backOverload().set("age", 60).set("onset", "woke_with_it"),
            SELF_CARE));
    s.add(
        doesNotFire(
            "RF-AGE-NEW",
            "50, lower-back pain without a clear trigger: not over 50",
            () ->
                Answers.backOverload()
                    .set("age", 50)
                    .set("onset", "no_clear_trigger")
                    .set("hoursSinceTraining", null),
            SEE_CLINICIAN));
    s.add(
        firesAcceptably(
            "RF-AGE-OLD",
            "72, back went on a deadlift, improving",
            () -> Answers.strain().set("age", 72).set("trend", "improving").days(2),
            SEE_CLINICIAN,
            URGENT));
    s.add(
        firesAcceptably(
            "RF-AGE-OLD",
            "70, lower-back soreness the day after deadlifts",
            () -> Answers.backOverload().set("age", 70),
            SEE_CLINICIAN,
            URGENT));
    s.add(
        doesNotFire(
            "RF-AGE-OLD",
            "69, lower-back soreness the day after deadlifts",
            () -> Answers.backOverload().set("age", 69),
            SELF_CARE));
    // Radicular grades.
    s.add(
        fires(
            "PAT-RADICULAR-MILD",
            "one leg, 5/10, stable for six days, no numbness or weakness",
            Answers::sciatica,
            SELF_CARE));
    s.add(
        fires(
            "PAT-RADICULAR-MILD",
            "one leg, 6/10, improving after five weeks",
            () -> Answers.sciatica().set("pain", 6).set("trend", "improving").days(35),
            SELF_CARE));
    s.add(
        fires(
            "PAT-RADICULAR-REVIEW",
            "one leg with a numb patch on the foot, stable for ten days",
            () -> Answers.sciatica().leg(true, "left", true, "none", false).days(10),
            SEE_CLINICIAN));
    s.add(
        fires(
            "PAT-RADICULAR-REVIEW",
            "one leg, the pain described as numb (the leg's numbness answered no)",
            () -> Answers.sciatica().character("shooting", "numb"),
            SEE_CLINICIAN));
    s.add(
        fires(
            "PAT-RADICULAR-REVIEW",
            "one leg with weakness that is not changing",
            () -> Answers.sciatica().leg(true, "left", false, "stable", false),
            SEE_CLINICIAN));
    s.add(
        fires(
            "PAT-RADICULAR-REVIEW",
            "one leg, 7/10",
            () -> Answers.sciatica().set("pain", 7),
            SEE_CLINICIAN));
    s.add(
        fires(
            "PAT-RADICULAR-REVIEW",
            "one leg, walking with a limp",
            () -> Answers.sciatica().set("canWalkNormally", false),
            SEE_CLINICIAN));
    s.add(
        fires(
            "PAT-RADICULAR-REVIEW",
            "one leg, no better after four weeks",
            () -> Answers.sciatica().days(29),
            SEE_CLINICIAN));
    s.add(
        fires(
            "PAT-RADICULAR-REVIEW",
            "one leg, getting worse",
            () -> Answers.sciatica().set("trend", "worse"),
            SEE_CLINICIAN));
    // Patterns without red flags.
    s.add(fires("PAT-DOMS", "hamstrings and glutes the day after", Answers::doms, SELF_CARE));
    s.add(
        fires(
            "PAT-DOMS",
            "8/10 at 46 h, timing and character fit",
            () -> Answers.doms().set("pain", 8).set("hoursSinceTraining", 46).days(2),
            SELF_CARE));
    s.add(
        doesNotFire(
            "PAT-DOMS",
            "9/10: past the 7–8/10 the sheet allows DOMS, so a clinician looks",
            () -> Answers.doms().set("pain", 9),
            SEE_CLINICIAN));
    s.add(
        fires(
            "PAT-DOMS",
            "woke with sore quads and calves",
            () -> Answers.doms().set("onset", "woke_with_it").areas("quads", "calves"),
            SELF_CARE));
    s.add(
        fires(
            "PAT-BACK-OVERLOAD",
            "lower-back ache the day after deadlifts",
            Answers::backOverload,
            SELF_CARE));
    s.add(
        fires(
            "PAT-STRAIN",
            "a sudden sharp pain at one moment of a lift",
            Answers::strain,
            SELF_CARE));
    // a strain is "at one moment of a lift": the same sudden pain with no lift is no pattern
    for (String onset : new String[] {"no_clear_trigger", "woke_with_it", "after_session"}) {
      s.add(
          doesNotFire(
              "PAT-STRAIN",
              "a sudden sharp hamstring pain, onset " + onset + ", no lift",
              () ->
                  Answers.strain()
                      .areas("hamstrings")
                      .set("onset", onset)
                      .set("hoursSinceTraining", null),
              SEE_CLINICIAN));
    }
    // "centred on the lower back" does not depend on the order the places were named in
    s.add(
        fires(
            "PAT-BACK-OVERLOAD",
            "glutes and lower back sore the day after deadlifts",
            () -> Answers.backOverload().areas("glutes", "lower_back"),
            SELF_CARE));
    // Escalations without red flags.
    s.add(
        fires(
            "PAT-STRAIN-SLOW",
            "a strain no better after 14 days",
            () -> Answers.strain().days(14),
            SEE_CLINICIAN));
    s.add(
        fires(
            "PAT-STRAIN-SLOW",
            "a strain getting worse after 8 days",
            () -> Answers.strain().days(8).set("trend", "worse"),
            SEE_CLINICIAN));
    s.add(
        doesNotFire(
            "PAT-STRAIN-SLOW",
            "a strain improving at 12 days",
            () -> Answers.strain().days(12).set("trend", "improving"),
            SELF_CARE));
    s.add(
        fires(
            "PAT-SEVERE",
            "a strain that stops normal walking",
            () -> Answers.strain().set("canWalkNormally", false),
            SEE_CLINICIAN));
    s.add(
        fires(
            "PAT-SEVERE",
            "a strain at 8/10 that movement does not ease",
            () -> Answers.strain().set("pain", 8).set("easesWithMovement", false),
            SEE_CLINICIAN));
    s.add(
        doesNotFire(
            "PAT-SEVERE",
            "DOMS at 8/10 that moving eases",
            () -> Answers.doms().set("pain", 8),
            SELF_CARE));
    // PAT-DOMS's character is "eased by moving": an 8/10 soreness that moving does not ease is
    // not that pattern, so PAT-SEVERE's "(non-DOMS)" takes it to a clinician
    s.add(
        fires(
            "PAT-SEVERE",
            "a DOMS-like 8/10 that moving does not ease",
            () -> Answers.doms().set("pain", 8).set("easesWithMovement", false),
            SEE_CLINICIAN));
    s.add(
        doesNotFire(
            "PAT-DOMS",
            "a DOMS-like 4/10 that moving does not ease: not its character",
            () -> Answers.doms().set("pain", 4).set("easesWithMovement", false),
            SEE_CLINICIAN));
    s.add(
        doesNotFire(
            "PAT-BACK-OVERLOAD",
            "lower-back soreness after deadlifts that moving does not ease",
            () -> Answers.backOverload().set("easesWithMovement", false),
            SEE_CLINICIAN));
    s.add(
        fires(
            "PAT-DOMS-ATYPICAL",
            "\"DOMS\" still there nine days after the session",
            () -> Answers.doms().days(9),
            SEE_CLINICIAN));
    s.add(
        fires(
            "PAT-DOMS-ATYPICAL",
            "\"DOMS\" getting worse on day 4",
            () -> Answers.doms().days(4).set("trend", "worse"),
            SEE_CLINICIAN));
    // "worse after day 3" counts from the session, as DOMS does, not from when it was noticed
    s.add(
        fires(
            "PAT-DOMS-ATYPICAL",
            "\"DOMS\" noticed two days ago, getting worse 3.75 days after the session",
            () ->
                Answers.doms()
                    .set("daysSinceOnset", 2)
                    .set("hoursSinceTraining", 90)
                    .set("trend", "worse"),
            SEE_CLINICIAN));
    s.add(
        fires(
            "PAT-PERSISTENT",
            "lower-back pain no better after five weeks",
            () -> Answers.backOverload().set("onset", "no_clear_trigger").days(35),
            SEE_CLINICIAN));
    // Notes that decide edge cases.
    s.add(
        fires(
            "NOTE-CES-ASKED",
            "classic DOMS plus one CES answer is an emergency",
            () -> Answers.doms().set("pain", 3).flag(RedFlag.SEXUAL_DYSFUNCTION),
            EMERGENCY));
    s.add(
        firesAcceptably(
            "NOTE-AGE-TRIGGER",
            "55, back went on a deadlift, better on day 2",
            () -> Answers.strain().set("age", 55).set("trend", "improving").days(2),
            SELF_CARE,
            SEE_CLINICIAN));
    s.add(
        fires(
            "NOTE-CANCER-REMOTE",
            "cancer treated 20 years ago, \"cured\", lower-back ache",
            () -> Answers.backOverload().set("age", 45).flag(RedFlag.CANCER_HISTORY),
            URGENT));
    s.add(
        fires(
            "NOTE-WEIGHT-TODAY",
            "weight loss is answered \"today\"",
            () -> Answers.doms().flag(RedFlag.UNEXPLAINED_WEIGHT_LOSS),
            URGENT));
    return s.stream();
  }

  private static RedFlag flag(String field) {
    for (RedFlag f : RedFlag.values()) {
      if (f.field().equals(field)) {
        return f;
      }
    }
    throw new IllegalArgumentException(field);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void eachRowOfTheSheetGivesItsDisposition(Story story) {
    TriageResult r = story.answers().get().triage();
    List<String> ids = r.reasons().stream().map(TriageResult.Reason::rule).toList();
    assertThat(story.acceptable()).as("%s; reasons %s", story, ids).contains(r.disposition());
    assertThat(r.disposition()).as("%s; reasons %s", story, ids).isEqualTo(story.expected());
    if (story.row().startsWith("RF-") || story.row().startsWith("PAT-")) {
      if (story.rowFires()) {
        assertThat(ids).as(story.toString()).contains(story.row());
      } else {
        assertThat(ids).as(story.toString()).doesNotContain(story.row());
      }
    }
  }

  @Test
  void everyRuleIdInTheCodeIsARowOfTheSheetAndEveryRowHasAStory() throws IOException {
    String facts = facts();
    Set<String> sheet = sheetIds(facts);
    assertThat(sheet).hasSizeGreaterThanOrEqualTo(27);
    Set<String> code =
        TriageRules.ALL.stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
    assertThat(code).as("rule ids in the code that FACTS.md lacks").isSubsetOf(sheet);
    assertThat(sheet).as("rows of FACTS.md with no rule in the code").isSubsetOf(code);
    Set<String> tested = rows().map(Story::row).collect(Collectors.toCollection(TreeSet::new));
    assertThat(tested).as("rows of FACTS.md with no story in this test").containsAll(sheet);
    // the one reason that is not a row: the schema's UNCLEAR pattern
    assertThat(TriageRules.NO_PATTERN.id()).isEqualTo(Pattern.UNCLEAR.name());
  }

  @Test
  void everyRuleCitesSourcesTheSheetLists() throws IOException {
    String facts = facts();
    String sources = facts.substring(facts.indexOf("## Sources"));
    for (Rule r : TriageRules.ALL) {
      for (String tag : r.sources().split(",\\s*")) {
        assertThat(sources).as("%s cites %s", r.id(), tag).contains("[" + tag + "]");
      }
    }
  }

  @Test
  void everyNoteThatDecidesAnEdgeCaseHasAStory() throws IOException {
    String facts = facts();
    String notes =
        facts.substring(
            facts.indexOf("Notes that decide edge cases:"), facts.indexOf("**Radicular pain**"));
    long bullets = notes.lines().filter(l -> l.startsWith("- ")).count();
    long stories = rows().map(Story::row).filter(r -> r.startsWith("NOTE-")).distinct().count();
    assertThat(stories).as("one story per note in FACTS.md (b)").isEqualTo(bullets);
  }

  @Test
  void theRowsAreWhatTheSheetSays() throws IOException {
    String facts = facts();
    // the dispositions the sheet gives the rows whose answer changed in the 2026-12-03 revision
    assertThat(row(facts, "RF-RHABDO-MUSCLE")).contains("| EMERGENCY |");
    assertThat(row(facts, "RF-AGE-OLD")).contains("SEE_CLINICIAN");
    assertThat(row(facts, "RF-CANCER-NEURO")).contains("URGENT / EMERGENCY");
  }

  private static String row(String facts, String id) {
    return facts
        .lines()
        .filter(l -> l.startsWith("| " + id) || l.contains("/ " + id))
        .findFirst()
        .orElseThrow();
  }

  static String facts() throws IOException {
    assumeTrue(Files.exists(FACTS), "clinical fact sheet not found at " + FACTS.toAbsolutePath());
    return Files.readString(FACTS);
  }

  /** The rule ids the sheet defines: RF-… and PAT-… names. */
  static Set<String> sheetIds(String facts) {
    Set<String> ids = new TreeSet<>();
    Matcher m = java.util.regex.Pattern.compile("\\b(?:RF|PAT)-[A-Z]+(?:-[A-Z]+)*").matcher(facts);
    while (m.find()) {
      ids.add(m.group());
    }
    return ids;
  }
}
