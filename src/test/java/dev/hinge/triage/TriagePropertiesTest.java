package dev.hinge.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hinge.triage.Vocabulary.Disposition;
import dev.hinge.triage.Vocabulary.Pattern;
import dev.hinge.triage.Vocabulary.RedFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Safety properties over many generated check-ins: a red flag alone gives exactly its row's
 * disposition, nothing made worse ever lowers the answer, and the advice keeps FACTS.md (a) and (d)
 * for every level.
 */
class TriagePropertiesTest {

  private static TriageResult triage(Answers a) {
    return new TriageEngine().evaluate(a.checkIn(), TrainingContext.none());
  }

  /** Any valid check-in: every answer varied, leg answers consistent with leg.sides. */
  @Provide
  Arbitrary<Answers> answers() {
    Arbitrary<Integer> age = Arbitraries.integers().between(16, 110);
    Arbitrary<String> onset =
        Arbitraries.of("during_lift", "after_session", "woke_with_it", "no_clear_trigger");
    Arbitrary<List<String>> areas =
        Arbitraries.of(
                "lower_back",
                "upper_back",
                "glutes",
                "hamstrings",
                "quads",
                "hips",
                "groin",
                "calves",
                "abdomen")
            .list()
            .ofMinSize(1)
            .ofMaxSize(4)
            .uniqueElements();
    Arbitrary<List<String>> chars =
        Arbitraries.of(
                "aching",
                "stiff",
                "tender",
                "sharp",
                "stabbing",
                "burning",
                "shooting",
                "tingling",
                "numb",
                "tearing")
            .list()
            .ofMaxSize(3)
            .uniqueElements();
    Arbitrary<Integer> pain = Arbitraries.integers().between(0, 10);
    Arbitrary<Integer> leg = Arbitraries.integers().between(0, 63);
    Arbitrary<Integer> flags = Arbitraries.integers().between(0, (1 << 14) - 1);
    Arbitrary<Integer> flagDensity = Arbitraries.integers().between(0, 3);
    Arbitrary<String> trend = Arbitraries.of("improving", "same", "worse");
    Arbitrary<Integer> days = Arbitraries.integers().between(0, 45);
    Arbitrary<Integer> delayHours = Arbitraries.integers().between(0, 72);
    Arbitrary<Boolean> b = Arbitraries.of(true, false);
    return Combinators.combine(age, onset, areas, chars, pain, leg, flags, flagDensity)
        .as(
            (ag, on, ar, ch, p, lg, fl, density) -> {
              Answers a =
                  Answers.doms()
                      .set("age", ag)
                      .set("onset", on)
                      .areas(ar.toArray(String[]::new))
                      .character(ch.toArray(String[]::new))
                      .set("pain", p);
              legFromBits(a, lg);
              // most stories have no or one red flag; a few have several
              if (density > 0) {
                for (RedFlag f : RedFlag.values()) {
                  if ((fl & (1 << f.ordinal())) != 0
                      && (density == 3 || Integer.bitCount(fl) <= density)) {
                    a.flag(f);
                  }
                }
              }
              return a;
            })
        .flatMap(
            a ->
                Combinators.combine(
                        trend,
                        days,
                        delayHours,
                        b,
                        b,
                        b,
                        Arbitraries.of("central", "left", "right", "both"))
                    .as(
                        (t, d, delay, sudden, walk, eases, side) ->
                            a.set("trend", t)
                                .set("daysSinceOnset", d)
                                .set("hoursSinceTraining", 24 * d + delay)
                                .set("suddenSharpOnset", sudden)
                                .set("canWalkNormally", walk)
                                .set("easesWithMovement", eases)
                                .set("side", side)));
  }

  /** Leg answers from six bits; leg.sides follows from whether any symptom is set. */
  private static void legFromBits(Answers a, int bits) {
    boolean below = (bits & 1) != 0;
    boolean numb = (bits & 2) != 0;
    String weak = (bits & 12) == 4 ? "stable" : (bits & 12) == 8 ? "worsening" : "none";
    boolean drop = (bits & 16) != 0 && (bits & 12) == 12;
    boolean any = below || numb || !weak.equals("none") || drop;
    String sides = !any ? "none" : (bits & 32) != 0 ? "both" : ((bits & 4) != 0 ? "right" : "left");
    a.leg(below, sides, numb, weak, drop);
  }

  /** Stories with no red flag that the sheet self-cares: the "otherwise benign answers". */
  @Provide
  Arbitrary<Answers> benign() {
    return Combinators.combine(
            Arbitraries.of("doms", "overload", "strain", "sciatica"),
            Arbitraries.integers().between(16, 69),
            Arbitraries.integers().between(0, 6),
            Arbitraries.of("improving", "same"),
            Arbitraries.of(true, false),
            Arbitraries.of("central", "left", "right", "both"))
        .as(
            (kind, age, pain, trend, eases, side) -> {
              Answers a =
                  switch (kind) {
                    case "doms" -> Answers.doms();
                    case "overload" -> Answers.backOverload();
                    case "strain" -> Answers.strain();
                    default -> Answers.sciatica();
                  };
              return a.set("age", age)
                  .set("pain", pain)
                  .set("trend", trend)
                  .set("side", side)
                  .set("easesWithMovement", eases || kind.equals("doms"));
            })
        .filter(a -> triage(a).disposition() == Disposition.SELF_CARE);
  }

  /**
   * The disposition the sheet's row gives a red flag answered yes on top of a benign story, written
   * from FACTS.md (b) directly.
   */
  private static Disposition sheetSays(RedFlag f, CheckIn c) {
    boolean back = c.has(Vocabulary.Area.LOWER_BACK) || c.has(Vocabulary.Area.UPPER_BACK);
    boolean trunk = back || c.has(Vocabulary.Area.ABDOMEN);
    return switch (f) {
      case SADDLE_NUMBNESS,
              BLADDER_CHANGE,
              BOWEL_CHANGE,
              SEXUAL_DYSFUNCTION,
              DARK_URINE,
              MUSCLE_SWELLING_OR_EXTREME_WEAKNESS,
              SUDDEN_TEARING_PAIN_OR_FAINT ->
          Disposition.EMERGENCY;
      case UNEXPLAINED_WEIGHT_LOSS, CONSTANT_NIGHT_PAIN, MAJOR_TRAUMA -> Disposition.URGENT;
      case CANCER_HISTORY ->
          c.leg().anySymptom() || !c.canWalkNormally()
              ? Disposition.EMERGENCY
              : trunk ? Disposition.URGENT : Disposition.SELF_CARE;
      case FEVER -> c.easesWithMovement() ? Disposition.SEE_CLINICIAN : Disposition.URGENT;
      case INFECTION_RISK -> back ? Disposition.SEE_CLINICIAN : Disposition.SELF_CARE;
      case OSTEOPOROSIS_OR_STEROIDS ->
          !back
              ? Disposition.SELF_CARE
              : c.suddenSharpOnset()
                      || (c.pain() >= 7
                          && (c.side() == Vocabulary.Side.CENTRAL
                              || c.side() == Vocabulary.Side.BOTH))
                  ? Disposition.URGENT
                  : Disposition.SEE_CLINICIAN;
    };
  }

  @Property(tries = 300)
  void eachRedFlagAloneOnBenignAnswersGivesExactlyItsRowsDisposition(
      @ForAll("benign") Answers base) {
    for (RedFlag f : RedFlag.values()) {
      Answers one = copy(base).flag(f);
      CheckIn c = one.checkIn();
      TriageResult r = new TriageEngine().evaluate(c, TrainingContext.none());
      assertThat(r.disposition()).as("%s on %s", f, base.json()).isEqualTo(sheetSays(f, c));
      if (r.disposition() != Disposition.SELF_CARE) {
        assertThat(r.reasons())
            .as("%s on %s", f, base.json())
            .anySatisfy(x -> assertThat(x.evidence()).contains(f.field() + "=true"));
      } else {
        assertThat(r.advice())
            .as("a yes is never ignored: %s", f)
            .anyMatch(x -> x.startsWith("You have had cancer") || x.startsWith("With "));
      }
    }
  }

  /**
   * The least the sheet allows for a story, read from FACTS.md (b), the radicular paragraph and the
   * escalations directly, independent of {@code PatternRules}: every row whose condition holds sets
   * a floor, the most cautious floor wins. It says nothing about over-triage.
   */
  static Disposition sheetMinimum(CheckIn c) {
    boolean back = c.has(Vocabulary.Area.LOWER_BACK) || c.has(Vocabulary.Area.UPPER_BACK);
    boolean ces = false;
    for (RedFlag f : RedFlag.values()) {
      ces |= f.caudaEquina() && c.flag(f);
    }
    CheckIn.Leg leg = c.leg();
    boolean both = leg.sides() == Vocabulary.LegSides.BOTH;
    boolean progressive = leg.weakness() == Vocabulary.Weakness.WORSENING || leg.footDrop();
    List<Disposition> floors = new ArrayList<>();
    floors.add(Disposition.SELF_CARE);
    if (ces
        || both
        || c.flag(RedFlag.DARK_URINE)
        || c.flag(RedFlag.MUSCLE_SWELLING_OR_EXTREME_WEAKNESS)
        || c.flag(RedFlag.SUDDEN_TEARING_PAIN_OR_FAINT)
        || (progressive && ces)) {
      floors.add(Disposition.EMERGENCY);
    }
    if (progressive) {
      floors.add(Disposition.URGENT);
    }
    if (c.flag(RedFlag.CANCER_HISTORY) && back) {
      boolean neuro =
          leg.painBelowKnee()
              || leg.numbness()
              || leg.weakness() != Vocabulary.Weakness.NONE
              || leg.footDrop()
              || !c.canWalkNormally();
      floors.add(neuro ? Disposition.EMERGENCY : Disposition.URGENT);
    }
    if (c.flag(RedFlag.UNEXPLAINED_WEIGHT_LOSS)
        || c.flag(RedFlag.CONSTANT_NIGHT_PAIN)
        || c.flag(RedFlag.MAJOR_TRAUMA)
        || (c.flag(RedFlag.FEVER) && (c.flag(RedFlag.INFECTION_RISK) || !c.easesWithMovement()))) {
      floors.add(Disposition.URGENT);
    }
    if (c.flag(RedFlag.FEVER) || (c.flag(RedFlag.INFECTION_RISK) && back)) {
      floors.add(Disposition.SEE_CLINICIAN);
    }
    if (c.flag(RedFlag.OSTEOPOROSIS_OR_STEROIDS) && back) {
      boolean severeCentral = c.pain() >= 7 && c.side() == Vocabulary.Side.CENTRAL;
      floors.add(
          c.suddenSharpOnset() || severeCentral ? Disposition.URGENT : Disposition.SEE_CLINICIAN);
    }
    if (back
        && ((c.age() > 50 && c.onset() == Vocabulary.Onset.NO_CLEAR_TRIGGER) || c.age() >= 70)) {
      floors.add(Disposition.SEE_CLINICIAN);
    }
    boolean notImproving = c.daysSinceOnset() >= 28 && c.trend() != Vocabulary.Trend.IMPROVING;
    if ((leg.painBelowKnee() || leg.numbness() || leg.weakness() != Vocabulary.Weakness.NONE)
        && (leg.numbness()
            || leg.weakness() == Vocabulary.Weakness.STABLE
            || c.pain() >= 7
            || !c.canWalkNormally()
            || notImproving)) {
      floors.add(Disposition.SEE_CLINICIAN);
    }
    // PAT-SEVERE: DOMS, which the sheet exempts, is "eased by moving"
    if (!c.canWalkNormally() || (c.pain() >= 8 && !c.easesWithMovement())) {
      floors.add(Disposition.SEE_CLINICIAN);
    }
    if (back && notImproving) {
      floors.add(Disposition.SEE_CLINICIAN);
    }
    return floors.stream().max(Disposition::compareTo).orElseThrow();
  }

  @Property(tries = 3000)
  void noStoryGetsLessThanTheSheetsMinimum(@ForAll("answers") Answers a) {
    CheckIn c = a.checkIn();
    assertThat(triage(a).disposition()).as("%s", a.json()).isGreaterThanOrEqualTo(sheetMinimum(c));
  }

  @Property(tries = 200)
  void aDomsLikeSorenessAtEightThatMovingDoesNotEaseSeesAClinician(@ForAll("benign") Answers base) {
    Answers a = copy(base).set("pain", 8).set("easesWithMovement", false);
    assertThat(triage(a).disposition()).as("%s", a.json()).isGreaterThan(Disposition.SELF_CARE);
  }

  @Property(tries = 1000)
  void addingARedFlagOrWorseningAnAnswerNeverLowersTheDisposition(@ForAll("answers") Answers a) {
    Disposition before = triage(a).disposition();
    for (UnaryOperator<Answers> worse : worsenings(a)) {
      Answers w = worse.apply(copy(a));
      Disposition after = triage(w).disposition();
      assertThat(after)
          .as("before %s: %s%nafter: %s", before, a.json(), w.json())
          .isGreaterThanOrEqualTo(before);
    }
  }

  /** Every way to make the story worse by one answer. */
  private static List<UnaryOperator<Answers>> worsenings(Answers a) {
    List<UnaryOperator<Answers>> out = new ArrayList<>();
    ObjectNode r = a.root;
    for (RedFlag f : RedFlag.values()) {
      out.add(x -> x.flag(f));
    }
    if (r.get("pain").asInt() < 10) {
      out.add(x -> x.set("pain", r.get("pain").asInt() + 1));
    }
    out.add(x -> x.set("canWalkNormally", false));
    out.add(x -> x.set("easesWithMovement", false));
    String trend = r.get("trend").asText();
    if (!trend.equals("worse")) {
      out.add(x -> x.set("trend", trend.equals("improving") ? "same" : "worse"));
    }
    if (!trend.equals("improving")) {
      out.add(x -> x.days(r.get("daysSinceOnset").asDouble() + 7));
    }
    if (r.get("age").asInt() <= 100) {
      out.add(x -> x.set("age", r.get("age").asInt() + 10));
    }
    ObjectNode leg = (ObjectNode) r.get("leg");
    String sides = leg.get("sides").asText();
    String oneLeg = sides.equals("none") ? "left" : sides;
    boolean below = leg.get("painBelowKnee").asBoolean();
    boolean numb = leg.get("numbness").asBoolean();
    String weak = leg.get("weakness").asText();
    boolean drop = leg.get("footDrop").asBoolean();
    out.add(x -> x.leg(below, oneLeg, true, weak, drop));
    out.add(x -> x.leg(below, oneLeg, numb, weak, true));
    out.add(x -> x.leg(below, oneLeg, numb, weak.equals("none") ? "stable" : "worsening", drop));
    if (!sides.equals("none")) {
      out.add(x -> x.leg(true, sides, numb, weak, drop));
      out.add(x -> x.leg(below, "both", numb, weak, drop));
    }
    return out;
  }

  @Property(tries = 1000)
  void theAdviceKeepsTheSheetsOrderAndPromisesForEveryLevel(@ForAll("answers") Answers a) {
    CheckIn c = a.checkIn();
    TriageResult r = new TriageEngine().evaluate(c, TrainingContext.none());
    assertThat(r.reasons()).isNotEmpty();
    Disposition max =
        r.reasons().stream()
            .map(TriageResult.Reason::disposition)
            .max(Enum::compareTo)
            .orElseThrow();
    assertThat(r.disposition()).isEqualTo(max);
    // the action line first, the safety net last
    String first = r.advice().get(0);
    switch (r.disposition()) {
      case EMERGENCY -> assertThat(first).isEqualTo(Advice.EMERGENCY_NOW);
      case URGENT -> assertThat(first).isEqualTo(Advice.URGENT_NOW);
      case SEE_CLINICIAN -> assertThat(first).isEqualTo(Advice.CLINICIAN_SOON);
      case SELF_CARE ->
          assertThat(first).startsWith("This fits the pattern of").endsWith("here is a plan.");
    }
    assertThat(r.advice()).last().isEqualTo(Advice.SAFETY_NET);
    // re-check days as the schema says
    switch (r.disposition()) {
      case EMERGENCY, URGENT -> assertThat(r.recheckInDays()).isEmpty();
      case SEE_CLINICIAN -> assertThat(r.recheckInDays().getAsInt()).isBetween(3, 7);
      case SELF_CARE -> assertThat(r.recheckInDays().getAsInt()).isBetween(2, 7);
    }
    boolean rhabdo =
        c.flag(RedFlag.DARK_URINE) || c.flag(RedFlag.MUSCLE_SWELLING_OR_EXTREME_WEAKNESS);
    String all = String.join("\n", r.advice()).toLowerCase(Locale.ROOT);
    // no anti-inflammatory with rhabdomyolysis answers or an emergency; no medicine with EMERGENCY
    if (rhabdo || r.disposition().compareTo(Disposition.URGENT) >= 0) {
      assertThat(r.antiInflammatoryMentioned()).isFalse();
      assertThat(all).doesNotContain("anti-inflammator", "ibuprofen", "naproxen", "painkiller");
    }
    // never: imaging, calling a red-flag case fine, advice to train through leg symptoms
    assertThat(all).doesNotContain("scan", "x-ray", "mri", "imaging");
    if (r.likelyPattern() == Pattern.RED_FLAG) {
      assertThat(all).doesNotContain("fine", "just doms", "safe to train", "this fits the pattern");
    }
    // formWarning never with a doctor-today or emergency answer
    if (r.disposition().compareTo(Disposition.URGENT) >= 0) {
      assertThat(r.formWarning()).isFalse();
      assertThat(r.likelyPattern()).isEqualTo(Pattern.RED_FLAG);
    }
    // the levels' other promises
    if (r.disposition() == Disposition.EMERGENCY) {
      assertThat(r.advice()).contains(Advice.EMERGENCY_DONT_WAIT);
      assertThat(r.advice().get(1)).startsWith("Why: ");
    }
    if (r.disposition() == Disposition.URGENT) {
      assertThat(r.advice()).contains(Advice.URGENT_NO_LIFTING, Advice.URGENT_ESCALATE);
    }
  }

  @Property(tries = 300)
  void darkUrineIsAlwaysAnEmergencyWithoutMedicineAdvice(@ForAll("answers") Answers a) {
    TriageResult r = triage(a.flag(RedFlag.DARK_URINE));
    assertThat(r.disposition()).isEqualTo(Disposition.EMERGENCY);
    assertThat(r.antiInflammatoryMentioned()).isFalse();
    assertThat(r.reasons()).extracting(TriageResult.Reason::rule).contains("RF-RHABDO-URINE");
  }

  @Property(tries = 200)
  void outOfRangePainIsRejected(@ForAll("answers") Answers a, @ForAll("badPain") int pain) {
    assertThatThrownBy(() -> a.set("pain", pain).checkIn())
        .isInstanceOf(CheckInValidationException.class)
        .hasMessageContaining("pain: " + pain + " is not a whole number from 0 to 10");
  }

  @Provide
  Arbitrary<Integer> badPain() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(Integer.MIN_VALUE, -1),
        Arbitraries.integers().between(11, Integer.MAX_VALUE));
  }

  private static Answers copy(Answers a) {
    Answers c = Answers.doms();
    c.root.removeAll();
    c.root.setAll(a.root.deepCopy());
    return c;
  }
}
