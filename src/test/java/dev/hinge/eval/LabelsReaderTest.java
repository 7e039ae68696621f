package dev.hinge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.faults.FaultCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The labels are invented for these tests; the real set is read only by the integration test. */
class LabelsReaderTest {

  static final String GOOD_ENTRY =
      """
      {"file": "lifter_a.mp4", "view": "side", "facing": "left", "reps": 2,
       "rep_spans_s": [[1.0, 3.5], [4.0, 6.25]], "lockouts_s": [2.0, 5.0],
       "partial_pulls": [{"span_s": [7.0, 8.0], "note": "stalled"}],
       "variant": "conventional", "touch_and_go": false, "form_label": "bad",
       "faults": ["over_arching"], "faults_seen": ["over_arching", "heel_lift"],
       "faults_suspected": ["bar_drift"], "usable": true, "negative_case": false,
       "confidence": {"view": "high", "reps": "medium", "faults_seen": "n/a"},
       "sha256": "%s", "notes": "ignored", "source": {"repo": "x/y"}}
      """
          .formatted("ab".repeat(32));

  static Labels read(String json) {
    return LabelsReader.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "labels.json");
  }

  @Test
  void aWellFormedEntryIsReadWithEveryFieldTheScoresUse() {
    Labels l = read("[" + GOOD_ENTRY + "]");
    assertThat(l.problems()).isEmpty();
    ClipLabel c = l.clips().get(0);
    assertThat(c.entry()).isEqualTo(1);
    assertThat(c.line()).isEqualTo(1);
    assertThat(c.file()).isEqualTo("lifter_a.mp4");
    assertThat(c.view()).isEqualTo(LabelledView.SIDE);
    assertThat(c.facing()).contains("left");
    assertThat(c.reps()).isEqualTo(2);
    assertThat(c.repSpans()).containsExactly(new Span(1.0, 3.5), new Span(4.0, 6.25));
    assertThat(c.lockoutsS()).containsExactly(2.0, 5.0);
    assertThat(c.partialPulls()).containsExactly(new Span(7.0, 8.0));
    assertThat(c.variant()).isEqualTo(ClipLabel.Variant.CONVENTIONAL);
    assertThat(c.formLabel()).isEqualTo(ClipLabel.FormLabel.BAD);
    assertThat(c.faults()).containsExactly(LabelFault.OVER_ARCHING);
    assertThat(c.faultsSeen())
        .containsExactlyInAnyOrder(LabelFault.OVER_ARCHING, LabelFault.HEEL_LIFT);
    assertThat(c.faultsSuspected()).containsExactly(LabelFault.BAR_DRIFT);
    assertThat(c.scorable()).isTrue();
    assertThat(c.confidence("reps")).isEqualTo(ClipLabel.Confidence.MEDIUM);
    assertThat(c.confidence("faults_seen")).isEqualTo(ClipLabel.Confidence.NOT_APPLICABLE);
    assertThat(c.sha256()).contains("ab".repeat(32));
    assertThat(c.source()).isEqualTo("x/y");
  }

  @Test
  void labelFaultNamesMapToHingesRulesAndTwoHaveNone() {
    assertThat(LabelFault.OVER_ARCHING.rule()).contains(FaultCode.OVER_ARCHED_BACK);
    assertThat(LabelFault.parse("hips_shoot_up").flatMap(LabelFault::rule))
        .contains(FaultCode.HIPS_SHOOT_UP);
    assertThat(LabelFault.HEEL_LIFT.rule()).isEmpty();
    assertThat(LabelFault.ARM_BEND.rule()).isEmpty();
    assertThat(LabelFault.of(FaultCode.TOO_HEAVY)).isEmpty();
    for (FaultCode c : FaultCode.values()) {
      if (c != FaultCode.TOO_HEAVY) {
        assertThat(LabelFault.of(c)).as(c.name()).isPresent();
      }
    }
  }

  @Test
  void nullsWhereAFieldDoesNotApplyAreAccepted() {
    Labels l =
        read(
            """
            [{"file": "neg.mp4", "view": "front", "facing": null, "reps": 0, "rep_spans_s": [],
              "lockouts_s": null, "variant": "other", "touch_and_go": null,
              "form_label": "unknown", "faults": [], "faults_seen": [], "usable": false,
              "negative_case": true, "other_exercise": "bodyweight squat"}]
            """);
    assertThat(l.problems()).isEmpty();
    ClipLabel c = l.clips().get(0);
    assertThat(c.facing()).isEmpty();
    assertThat(c.lockoutsS()).isEmpty();
    assertThat(c.faultsSuspected()).isEmpty();
    assertThat(c.negativeCase()).isTrue();
    assertThat(c.source()).as("no source.repo: the file name's prefix").isEqualTo("neg");
    assertThat(c.scorable()).isFalse();
    assertThat(c.otherExercise()).contains("bodyweight squat");
  }

  @Test
  void anUnknownFaultOrVariantNameIsLeftOutAndTheRestOfItsEntryScored() {
    String other =
        GOOD_ENTRY
            .replace(
                "\"faults\": [\"over_arching\"]",
                "\"faults\": [\"knees_caving\", \"over_arching\"]")
            .replace("\"variant\": \"conventional\"", "\"variant\": \"deficit\"");
    Labels l = read("[" + other + "]");
    ClipLabel c = l.clips().get(0);
    assertThat(c.reps()).isEqualTo(2);
    assertThat(c.faults()).containsExactly(LabelFault.OVER_ARCHING);
    assertThat(c.variant()).isEqualTo(ClipLabel.Variant.OTHER);
    assertThat(l.problems())
        .allSatisfy(p -> assertThat(p.kind()).isEqualTo(LabelProblem.Kind.UNKNOWN_NAME))
        .extracting(LabelProblem::describe)
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith(
                        "labels.json entry 1 (line 1, lifter_a.mp4): faults[0] must be one of")
                    .endsWith("found \"knees_caving\": left out, the rest of the entry scored"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("variant must be one of conventional, sumo")
                    .endsWith("found \"deficit\": read as other, the rest of the entry scored"));
  }

  @Test
  void anUnknownNameInAnEntryThatIsNotScoredIsOneMoreMalformedField() {
    Labels l =
        read(
            "["
                + GOOD_ENTRY
                    .replace("\"reps\": 2", "\"reps\": \"two\"")
                    .replace("heel_lift", "heel")
                + "]");
    assertThat(l.clips()).isEmpty();
    assertThat(l.problems())
        .allSatisfy(p -> assertThat(p.kind()).isEqualTo(LabelProblem.Kind.MALFORMED))
        .extracting(LabelProblem::describe)
        .anySatisfy(
            m ->
                assertThat(m).contains("faults_seen[1] must be one of").endsWith("found \"heel\""));
  }

  @Test
  void eachMalformedEntryIsNamedByItsPositionLineClipAndFieldAndTheOthersAreStillRead() {
    String bad =
        """
        [
        %s,
        {"file": "lifter_b.mp4", "view": "top", "reps": "two", "rep_spans_s": [[3, 1]],
         "variant": "conventional", "form_label": "good", "faults": ["heel"],
         "faults_seen": [], "usable": true, "negative_case": false},
        {"file": "lifter_c.mp4", "view": "side", "reps": 2, "rep_spans_s": [[1, 2]],
         "variant": "sumo", "form_label": "good", "faults": [], "faults_seen": [],
         "usable": true, "negative_case": false},
        "not an object",
        {"view": "side", "reps": 0, "rep_spans_s": [], "variant": "other", "form_label": "good",
         "faults": [], "faults_seen": [], "usable": "yes", "negative_case": false}
        ]
        """
            .formatted(GOOD_ENTRY.replace("lifter_a", "lifter_d"));
    Labels l = read(bad);
    assertThat(l.clips()).extracting(ClipLabel::file).containsExactly("lifter_d.mp4");
    List<String> msgs = l.problems().stream().map(LabelProblem::describe).toList();
    int line = lineOf(bad, "lifter_b.mp4");
    assertThat(msgs)
        .contains(
            "labels.json entry 2 (line "
                + line
                + ", lifter_b.mp4): view must be one of side, front, oblique, rear, found \"top\"",
            "labels.json entry 2 (line "
                + line
                + ", lifter_b.mp4): reps must be a whole number from 0 to 1000, found \"two\"",
            "labels.json entry 2 (line "
                + line
                + ", lifter_b.mp4): rep_spans_s[0] must be [start, end] in seconds with 0 ≤ start ≤"
                + " end, found [3,1]");
    assertThat(msgs)
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith("labels.json entry 2")
                    .contains("faults[0] must be one of rounded_back", "found \"heel\""));
    assertThat(msgs)
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith("labels.json entry 3 (line " + lineOf(bad, "lifter_c.mp4"))
                    .endsWith("rep_spans_s has 1 spans but reps is 2"));
    assertThat(msgs)
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith("labels.json entry 4")
                    .contains("an entry must be a JSON object, found \"not an object\""));
    assertThat(msgs)
        .contains(
            "labels.json entry 5 (line "
                + lineOf(bad, "\"usable\": \"yes\"")
                + "): file is required")
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith("labels.json entry 5")
                    .endsWith("usable must be true or false, found \"yes\""));
    assertThat(l.problems()).allMatch(p -> p.kind() == LabelProblem.Kind.MALFORMED);
  }

  /** The 1-based line of the first entry object at or before the line holding {@code text}. */
  private static int lineOf(String json, String text) {
    String[] lines = json.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        int j = i;
        while (!lines[j].trim().startsWith("{")) {
          j--;
        }
        return j + 1;
      }
    }
    throw new AssertionError(text);
  }

  @Test
  void aDuplicateClipAndANegativeCaseWithRepsAreProblems() {
    Labels l =
        read(
            "["
                + GOOD_ENTRY
                + ","
                + GOOD_ENTRY
                + ","
                + """
                {"file": "neg.mp4", "view": "side", "reps": 1, "rep_spans_s": [[0, 1]],
                 "variant": "kettlebell", "form_label": "unknown", "faults": [], "faults_seen": [],
                 "usable": false, "negative_case": true}]
                """);
    assertThat(l.clips()).hasSize(1);
    assertThat(l.problems())
        .extracting(LabelProblem::what)
        .containsExactly(
            "file names a clip that an earlier entry already labels",
            "reps must be 0 for a negative case (no deadlift reps), found 1");
  }

  @Test
  void aPathOutsideTheVideosFolderIsRefused() {
    Labels l = read("[" + GOOD_ENTRY.replace("lifter_a.mp4", "../secret.mp4") + "]");
    assertThat(l.clips()).isEmpty();
    assertThat(l.problems().get(0).what())
        .isEqualTo("file must name a video inside the videos folder, found \"../secret.mp4\"");
  }

  @Test
  void brokenJsonKeepsTheEntriesBeforeItAndSaysWhere() {
    Labels l = read("[\n" + GOOD_ENTRY + ",\n{\"file\": \"x.mp4\", \"view\": }\n]");
    assertThat(l.clips()).hasSize(1);
    LabelProblem p = l.problems().get(0);
    assertThat(p.entry()).isZero();
    assertThat(p.line()).isEqualTo(11);
    assertThat(p.describe()).startsWith("labels.json (line 11): not valid JSON (");
    assertThat(p.describe()).endsWith("the entries after this point were not read");
  }

  @Test
  void aFileThatIsNotAnArrayIsOneProblem() {
    Labels l = read("{\"file\": \"a.mp4\"}");
    assertThat(l.clips()).isEmpty();
    assertThat(l.problems())
        .extracting(LabelProblem::describe)
        .containsExactly(
            "labels.json (line 1): a labels file must be a JSON array of clip entries (or an object"
                + " whose \"clips\" is one), found an object without \"clips\"");
    assertThat(read("\"clips\"").problems())
        .extracting(LabelProblem::describe)
        .containsExactly(
            "labels.json (line 1): a labels file must be a JSON array of clip entries (or an object"
                + " whose \"clips\" is one), found \"clips\"");
    assertThat(read("{\"clips\": 3}").problems())
        .extracting(LabelProblem::describe)
        .singleElement()
        .asString()
        .endsWith("found \"clips\": 3");
  }

  @Test
  void anObjectWrappingTheEntriesInClipsIsReadWithTheEntriesLines() {
    String wrapped =
        "{\"format\": \"labels/1\", \"notes\": {\"by\": [\"x\"]},\n\"clips\": [\n"
            + GOOD_ENTRY
            + "]}";
    Labels l = read(wrapped);
    assertThat(l.problems()).isEmpty();
    assertThat(l.clips()).extracting(ClipLabel::file).containsExactly("lifter_a.mp4");
    assertThat(l.clips().get(0).line()).isEqualTo(3);
  }

  @Test
  void aMissingLabelsFileIsNotFound() {
    assertThatThrownBy(() -> LabelsReader.read(Path.of("no/such/labels.json")))
        .isInstanceOf(HingeException.class)
        .hasMessage("labels file not found: no/such/labels.json")
        .extracting(e -> ((HingeException) e).kind())
        .isEqualTo(ErrorKind.NOT_FOUND);
  }

  @Test
  void aProblemWithoutAClipOrLineStillReadsWell() {
    assertThat(
            new LabelProblem(
                    LabelProblem.Kind.VIDEO_MISSING, "l.json", 3, 0, Optional.of("a.mp4"), "gone")
                .describe())
        .isEqualTo("l.json entry 3 (a.mp4): gone");
  }
}
