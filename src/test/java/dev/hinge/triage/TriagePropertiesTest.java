package dev.hinge.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.triage.Vocabulary.Disposition;
import dev.hinge.triage.Vocabulary.RedFlag;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Safety properties over generated valid check-ins. */
class TriagePropertiesTest {

  @Provide
  Arbitrary<Answers> answers() {
    Arbitrary<Integer> age = Arbitraries.integers().between(16, 100);
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
    Arbitrary<String> legSide = Arbitraries.of("none", "left", "right", "both");
    Arbitrary<String> weakness = Arbitraries.of("none", "stable", "worsening");
    Arbitrary<Integer> flags = Arbitraries.integers().between(0, (1 << 14) - 1);
    Arbitrary<String> trend = Arbitraries.of("improving", "same", "worse");
    Arbitrary<Integer> days = Arbitraries.integers().between(0, 40);
    Arbitrary<Boolean> b = Arbitraries.of(true, false);
    return Combinators.combine(age, onset, areas, chars, pain, legSide, weakness, flags)
        .as(
            (ag, on, ar, ch, p, ls, w, fl) -> {
              Answers a =
                  Answers.doms()
                      .set("age", ag)
                      .set("onset", on)
                      .areas(ar.toArray(String[]::new))
                      .character(ch.toArray(String[]::new))
                      .set("pain", p);
              boolean anyLeg = !ls.equals("none");
              a.leg(anyLeg && !w.equals("worsening"), ls, false, anyLeg ? w : "none", false);
              for (RedFlag f : RedFlag.values()) {
                if ((fl & (1 << f.ordinal())) != 0 && (fl % 3 == 0 || Integer.bitCount(fl) <= 2)) {
                  a.flag(f);
                }
              }
              return a;
            })
        .flatMap(
            a ->
                Combinators.combine(trend, days, b, b)
                    .as(
                        (t, d, s, walk) ->
                            a.set("trend", t)
                                .set("daysSinceOnset", d)
                                .set("suddenSharpOnset", s)
                                .set("canWalkNormally", walk)));
  }

  @Property(tries = 400)
  void anyRedFlagAnswerYesNeverYieldsSelfCare(@ForAll("answers") Answers a) {
    CheckIn c = a.checkIn();
    TriageResult r = new TriageEngine().evaluate(c, TrainingContext.none());
    if (c.anyRedFlag()) {
      assertThat(r.disposition()).isNotEqualTo(Disposition.SELF_CARE);
    }
  }

  @Property(tries = 400)
  void darkUrineNeverComesWithAnAntiInflammatorySuggestion(@ForAll("answers") Answers a) {
    TriageResult r =
        new TriageEngine().evaluate(a.flag(RedFlag.DARK_URINE).checkIn(), TrainingContext.none());
    assertThat(r.antiInflammatoryMentioned()).isFalse();
    assertThat(r.advice()).noneMatch(x -> x.startsWith("Ask a pharmacist"));
    assertThat(r.disposition()).isEqualTo(Disposition.EMERGENCY);
  }

  @Property(tries = 200)
  void eachCaudaEquinaFeatureAloneIsAnEmergencyWithTheInstructionFirst(
      @ForAll("answers") Answers a) {
    for (RedFlag f : RedFlag.values()) {
      if (!f.caudaEquina()) {
        continue;
      }
      Answers one = Answers.doms();
      one.root.setAll(a.root.deepCopy());
      var flags = (com.fasterxml.jackson.databind.node.ObjectNode) one.root.get("redFlags");
      for (RedFlag g : RedFlag.values()) {
        flags.put(g.field(), g == f);
      }
      TriageResult r = new TriageEngine().evaluate(one.checkIn(), TrainingContext.none());
      assertThat(r.disposition()).isEqualTo(Disposition.EMERGENCY);
      assertThat(r.advice().get(0)).isEqualTo(Advice.EMERGENCY_NOW);
    }
  }

  @Property(tries = 400)
  void theMostCautiousRuleThatFiredDecidesAndEveryResultHasTheSafetyNet(
      @ForAll("answers") Answers a) {
    TriageResult r = new TriageEngine().evaluate(a.checkIn(), TrainingContext.none());
    Disposition max =
        r.reasons().stream()
            .map(TriageResult.Reason::disposition)
            .max(Enum::compareTo)
            .orElseThrow();
    assertThat(r.disposition()).isEqualTo(max);
    assertThat(r.advice()).last().isEqualTo(Advice.SAFETY_NET);
    if (r.disposition() == Disposition.URGENT) {
      assertThat(r.advice().get(0)).isEqualTo(Advice.URGENT_NOW);
    }
  }

  @Property(tries = 200)
  void outOfRangePainIsRejected(@ForAll("answers") Answers a, @ForAll("badPain") int pain) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.set("pain", pain).checkIn())
        .isInstanceOf(CheckInValidationException.class)
        .hasMessageContaining("pain");
  }

  @Provide
  Arbitrary<Integer> badPain() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-100, -1), Arbitraries.integers().between(11, 1000));
  }
}
