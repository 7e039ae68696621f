package dev.hinge.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hinge.core.HingeException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The training log's sets, on SQLite and PostgreSQL. */
class SetStoreTest extends StoreTestBase {
  static SetStore.NewSet set(String day, double kg, int reps) {
    return new SetStore.NewSet(
        LocalDate.parse(day),
        "deadlift",
        OptionalDouble.of(kg),
        OptionalInt.of(reps),
        OptionalDouble.of(8),
        OptionalInt.of(2),
        "belt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void loggedSetsAreListedNewestDayFirstWithEveryField(String kind) throws Exception {
    try (Journal j = open(kind)) {
      long older = j.sets().log(set("2026-11-18", 140, 5));
      long newer = j.sets().log(set("2026-11-20", 150, 3));
      long sameDay = j.sets().log(set("2026-11-20", 160, 1));
      assertThat(j.sets().list())
          .extracting(SetStore.SetRow::id)
          .containsExactly(newer, sameDay, older);
      SetStore.SetRow row = j.sets().list().get(2);
      assertThat(row.day()).isEqualTo("2026-11-18");
      assertThat(row.exercise()).isEqualTo("deadlift");
      assertThat(row.loadKg()).isEqualTo(140.0);
      assertThat(row.reps()).isEqualTo(5);
      assertThat(row.rpe()).isEqualTo(8.0);
      assertThat(row.rir()).isEqualTo(2);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anImportIsKeptOnceAndBadRowsStopItUnlessSkipped(String kind) throws Exception {
    try (Journal j = open(kind)) {
      WorkoutImport.Result strong =
          WorkoutImport.read(new StringReader(WorkoutImportTest.STRONG_COMMA), "lb");
      SetStore.ImportSummary first = j.sets().importSets(strong, false);
      assertThat(first.imported()).isEqualTo(2);
      SetStore.ImportSummary again = j.sets().importSets(strong, false);
      assertThat(again.imported()).isZero();
      assertThat(again.alreadyPresent()).isEqualTo(2);
      assertThat(j.sets().list())
          .filteredOn(s -> s.exercise().equals("Deadlift (Barbell)"))
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.day()).isEqualTo("2026-11-21");
                assertThat(s.loadKg()).isCloseTo(142.88, org.assertj.core.data.Offset.offset(0.01));
                assertThat(s.source()).isEqualTo("strong");
              });
      WorkoutImport.Result bad =
          WorkoutImport.read(
              new StringReader(
                  WorkoutImportTest.STRONG_COMMA
                      .replace(",315,3,", ",heavy,3,")
                      .replace("07:15", "09:15")),
              "lb");
      assertThat(bad.errors()).isNotEmpty();
      int before = j.sets().list().size();
      assertThatThrownBy(() -> j.sets().importSets(bad, false))
          .isInstanceOf(HingeException.class)
          .hasMessageContaining("nothing imported");
      assertThat(j.sets().list()).hasSize(before);
      assertThat(j.sets().importSets(bad, true).badRowsSkipped()).isEqualTo(bad.errors().size());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void theSetOfAnAnalysedVideoIsInTheLog(String kind) throws Exception {
    try (Journal j = open(kind)) {
      j.analyses().save(JournalTestSupport.setWithBarDriftOnRep2(), OptionalDouble.of(120));
      assertThat(j.sets().list())
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.source()).isEqualTo("video");
                assertThat(s.loadKg()).isEqualTo(120.0);
                assertThat(s.reps()).isEqualTo(2);
                assertThat(s.day()).isEqualTo("2026-11-20");
              });
    }
  }
}
