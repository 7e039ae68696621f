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
    assertThat(e)
        .anySatisfy(
            f -> assertThat(f.message()).isEqualTo("11 is not a whole number from 0 to 10"));
    assertThat(e)
        .anySatisfy(
            f ->
                assertThat(f.message())
                    .isEqualTo("\"thirty\" is not a whole number from 16 to 110"));
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

  @Test
  void anIntegerTooLargeForItsFieldIsRejectedAsWrittenNeverWrappedAround() {
    String json = Answers.doms().json().replace("\"age\":30", "\"age\":18446744073709551646");
    assertThat(errors(json))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.field()).isEqualTo("age");
              assertThat(f.message())
                  .isEqualTo("18446744073709551646 is not a whole number from 16 to 110");
            });
    String pain = Answers.doms().json().replace("\"pain\":4", "\"pain\":18446744073709551620");
    assertThat(errors(pain))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("18446744073709551620 is not"));
    String negative = Answers.doms().json().replace("\"pain\":4", "\"pain\":-2147483648");
    assertThat(errors(negative))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("-2147483648 is not"));
  }

  @Test
  void wholeNumbersWrittenWithADecimalPointAreAcceptedButFractionsAreNot() {
    assertThat(CheckInParser.parse(Answers.doms().set("pain", 4.0).json()).pain()).isEqualTo(4);
    assertThat(errors(Answers.doms().set("pain", 4.5).json()))
        .singleElement()
        .satisfies(
            f -> assertThat(f.message()).isEqualTo("4.5 is not a whole number from 0 to 10"));
    assertThat(errors(Answers.doms().json().replace("\"pain\":4", "\"pain\":1e400")))
        .singleElement()
        .satisfies(f -> assertThat(f.field()).isEqualTo("pain"));
  }

  @Test
  void agesFrom16To110AreTriagedAndOthersRefused() {
    assertThat(Answers.doms().set("age", 16).checkIn().age()).isEqualTo(16);
    assertThat(Answers.doms().set("age", 110).checkIn().age()).isEqualTo(110);
    assertThat(errors(Answers.doms().set("age", 111).json()))
        .singleElement()
        .satisfies(
            f -> assertThat(f.message()).isEqualTo("111 is not a whole number from 16 to 110"));
  }

  @Test
  void typesAreStrictAndNothingIsConvertedOrDropped() {
    List<FieldError> e =
        errors(
            Answers.doms()
                .set("pain", "4")
                .set("suddenSharpOnset", "false")
                .set("daysSinceOnset", "1")
                .json()
                .replace("\"side\":\"both\"", "\"side\":{\"x\":1}")
                .replace("\"sex\":\"male\"", "\"sex\":5"));
    assertThat(e)
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("pain", "suddenSharpOnset", "daysSinceOnset", "side", "sex");
    assertThat(e)
        .filteredOn(f -> f.field().equals("side"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("found an object"));
    assertThat(e)
        .filteredOn(f -> f.field().equals("sex"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("found 5"));
  }

  @Test
  void aPlaceOrFeelingListedTwiceIsRejected() {
    assertThat(errors(Answers.doms().areas("glutes", "hamstrings", "glutes").json()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.field()).isEqualTo("areas");
              assertThat(f.message()).contains("\"glutes\" twice");
            });
    assertThat(errors(Answers.doms().character("aching", "aching").json()))
        .extracting(FieldError::field)
        .containsExactly("character");
  }

  @Test
  void aFieldGivenTwiceIsRejectedNotReadAsEitherValue() {
    String json = Answers.doms().json().replace("\"age\":30", "\"age\":30,\"age\":80");
    assertThat(errors(json))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.field()).isEqualTo("$");
              assertThat(f.message()).contains("\"age\" is given twice", "line 1, column");
            });
  }

  @Test
  void jsonTooDeepTooLongOrWithAHugeKeyIsInvalidJsonWithItsPlace() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    String number = "{\"age\": " + "9".repeat(1200) + "}";
    String key = "{\"" + "k".repeat(60_000) + "\": 1}";
    String string = "{\"sex\": \"" + "x".repeat(200_000) + "\"}";
    for (String json : List.of(deep, number, key, string)) {
      assertThat(errors(json))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.field()).isEqualTo("$");
                assertThat(f.message()).startsWith("not valid JSON at line 1, column ");
                assertThat(f.message()).doesNotContain("\n").hasSizeLessThan(200);
              });
    }
    assertThat(errors(deep).get(0).message()).endsWith("nested deeper than 32 levels");
    assertThat(errors(number).get(0).message()).endsWith("a number longer than 100 characters");
    assertThat(errors(key).get(0).message()).endsWith("a field name longer than 200 characters");
  }

  @Test
  void textAfterTheDocumentOrAnEmptyDocumentIsInvalidJson() {
    assertThat(errors(Answers.doms().json() + " {}").get(0).message())
        .contains("more after the document ends");
    assertThat(errors("   ").get(0).message()).contains("empty");
  }
}
