package dev.hinge.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hinge.core.ErrorKind;
import dev.hinge.triage.Vocabulary.RedFlag;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckInParserTest {

  static List<FieldError> errors(String json) {
    return catchThrowableOfType(() -> CheckInParser.parse(json), CheckInValidationException.class)
        .errors();
  }

  @Test
  void validAnswersParse() {
    CheckIn c = Answers.doms().checkIn();
    assertThat(c.age()).isEqualTo(30);
    assertThat(c.anyRedFlag()).isFalse();
  }

  @Test
  void missingRedFlagAnswersAreRejectedAndEveryMissingQuestionIsNamed() {
    Answers a = Answers.doms();
    ((ObjectNode) a.root.get("redFlags")).remove(List.of("darkUrine", "bowelChange"));
    List<FieldError> e = errors(a.json());
    assertThat(e)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.field()).isEqualTo("redFlags");
              assertThat(f.message()).contains("bowelChange", "darkUrine", "never \"no\"");
            });
  }

  @Test
  void aNullRedFlagAnswerIsUnansweredNotNo() {
    Answers a = Answers.doms();
    ((ObjectNode) a.root.get("redFlags")).putNull("saddleNumbness");
    assertThat(errors(a.json()))
        .anySatisfy(f -> assertThat(f.message()).contains("saddleNumbness"));
  }

  @Test
  void aTypoInAFieldNameGetsASuggestion() {
    Answers a = Answers.doms();
    ObjectNode flags = (ObjectNode) a.root.get("redFlags");
    flags.remove("saddleNumbness");
    flags.put("saddleNumbess", false);
    List<FieldError> e = errors(a.json());
    assertThat(e)
        .anySatisfy(
            f -> {
              assertThat(f.field()).isEqualTo("redFlags.saddleNumbess");
              assertThat(f.message()).contains("did you mean saddleNumbness?");
            });
  }

  @Test
  void outOfRangeAndWrongTypesNameTheFieldAndTheValue() {
    List<FieldError> e =
        errors(Answers.doms().set("pain", 11).set("age", "thirty").set("trend", "worst").json());
    assertThat(e).extracting(FieldError::field).contains("pain", "age", "trend");
    assertThat(e).anySatisfy(f -> assertThat(f.message()).contains("found 11"));
    assertThat(e).anySatisfy(f -> assertThat(f.message()).contains("found \"thirty\""));
    assertThat(e).anySatisfy(f -> assertThat(f.message()).contains("did you mean \"worse\"?"));
  }

  @Test
  void underSixteenIsRefusedWithAdviceToSeeAClinician() {
    assertThat(errors(Answers.doms().set("age", 14).json()))
        .anySatisfy(f -> assertThat(f.message()).contains("16 and over", "clinician"));
  }

  @Test
  void contradictoryLegAnswersNameBothFields() {
    List<FieldError> e = errors(Answers.doms().leg(true, "none", false, "none", false).json());
    assertThat(e)
        .anySatisfy(
            f -> {
              assertThat(f.field()).isEqualTo("leg.sides");
              assertThat(f.message()).contains("painBelowKnee=true");
            });
    assertThat(errors(Answers.doms().leg(false, "left", false, "none", false).json()))
        .anySatisfy(f -> assertThat(f.field()).isEqualTo("leg.sides"));
  }

  @Test
  void noPainAreasIsRejected() {
    assertThat(errors(Answers.doms().areas().set("pain", 8).json()))
        .anySatisfy(f -> assertThat(f.field()).isEqualTo("areas"));
  }

  @Test
  void brokenJsonIsInvalidInput() {
    assertThatThrownBy(() -> CheckInParser.parse("{\"age\": 30,"))
        .isInstanceOf(CheckInValidationException.class)
        .hasMessageContaining("not valid JSON")
        .satisfies(
            x ->
                assertThat(((CheckInValidationException) x).kind())
                    .isEqualTo(ErrorKind.INVALID_INPUT));
  }

  @Test
  void previousEpisodesDefaultsToZeroButHoursSinceTrainingMustBeGivenEvenIfNull() {
    Answers a = Answers.doms();
    a.root.remove("previousEpisodes");
    assertThat(a.checkIn().previousEpisodes()).isZero();
    a.root.remove("hoursSinceTraining");
    assertThat(errors(a.json()))
        .anySatisfy(f -> assertThat(f.field()).isEqualTo("hoursSinceTraining"));
    a.set("hoursSinceTraining", null);
    assertThat(a.checkIn().hoursSinceTraining()).isEmpty();
  }

  @Test
  void allProblemsAreReportedAtOnce() {
    Answers a = Answers.doms().set("pain", -1).set("side", "middle");
    a.root.remove("onset");
    ((ObjectNode) a.root.get("redFlags")).remove(RedFlag.FEVER.field());
    assertThat(errors(a.json()))
        .extracting(FieldError::field)
        .contains("pain", "side", "onset", "redFlags");
  }
}
