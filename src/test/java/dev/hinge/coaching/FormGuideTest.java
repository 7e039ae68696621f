package dev.hinge.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.faults.FaultCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FormGuideTest {
  static final FormGuide GUIDE = FormGuide.standard();

  @ParameterizedTest
  @EnumSource(FaultCode.class)
  void everyFaultHasAGuideWithTwoDrillsADoseAndASource(FaultCode code) {
    FormGuide.Entry e = GUIDE.entry(code);
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.title()).isNotBlank();
    assertThat(e.what()).hasSizeGreaterThan(40);
    assertThat(e.why()).hasSizeGreaterThan(40);
    assertThat(e.cue()).isEqualTo(code.cue());
    assertThat(e.drills()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(e.drills())
        .allSatisfy(
            d -> {
              assertThat(d.name()).isNotBlank();
              assertThat(d.how()).isNotBlank();
              assertThat(d.dose()).isNotBlank();
            });
    assertThat(e.dropLoad()).isNotBlank();
    assertThat(e.sources()).isNotEmpty();
    assertThat(e.sources()).allSatisfy(s -> assertThat(s.citation()).hasSizeGreaterThan(30));
  }

  @Test
  void theGuideTiesEachFaultToTheSeedsCauses() {
    // the seed: too quick, too heavy, wrong muscles / legs, over-arching, core not engaged
    for (FaultCode c :
        new FaultCode[] {
          FaultCode.HIPS_SHOOT_UP,
          FaultCode.ROUNDED_BACK,
          FaultCode.OVER_ARCHED_BACK,
          FaultCode.LOCKOUT_HYPEREXTENSION,
          FaultCode.JERKING_THE_BAR,
          FaultCode.TOO_HEAVY
        }) {
      assertThat(GUIDE.entry(c).sources()).extracting(FormGuide.Source::id).contains("SEED");
    }
    assertThat(GUIDE.entry(FaultCode.JERKING_THE_BAR).why()).containsIgnoringCase("too quickly");
    assertThat(GUIDE.entry(FaultCode.TOO_HEAVY).why()).containsIgnoringCase("too heavy");
    assertThat(GUIDE.entry(FaultCode.OVER_ARCHED_BACK).why()).containsIgnoringCase("over-arching");
  }

  @Test
  void theChecklistCoversTheSetUp() {
    assertThat(GUIDE.checklist())
        .extracting(FormGuide.Step::step)
        .containsExactly("Feet", "Grip", "Shins", "Lats", "Brace", "Hips", "Slack");
  }

  @Test
  void everySourceListedIsCitedAndEveryCitedIsListed() {
    Set<String> cited = new HashSet<>();
    GUIDE.entries().forEach(e -> e.sources().forEach(s -> cited.add(s.id())));
    assertThat(GUIDE.sources())
        .extracting(FormGuide.Source::id)
        .containsExactlyInAnyOrderElementsOf(cited);
  }

  /** docs/coaching.md shows the same guide: every title, cue, drill and source is on the page. */
  @Test
  void theDocsPageIsTheSameGuide() throws Exception {
    String doc = Files.readString(Path.of("docs/coaching.md"));
    for (FormGuide.Entry e : GUIDE.entries()) {
      assertThat(doc).contains("### " + e.code().name() + ": " + e.title());
      assertThat(doc).contains(e.cue());
      assertThat(doc).contains(e.why());
      e.drills().forEach(d -> assertThat(doc).contains("**" + d.name() + "**: " + d.how()));
      assertThat(doc).contains(e.dropLoad());
    }
    GUIDE.sources().forEach(s -> assertThat(doc).contains("**" + s.id() + "**: " + s.citation()));
    GUIDE.checklist().forEach(s -> assertThat(doc).contains("**" + s.step() + "**: " + s.how()));
  }
}
