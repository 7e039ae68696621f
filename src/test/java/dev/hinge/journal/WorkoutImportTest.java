package dev.hinge.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hinge.core.HingeException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Strong and Hevy exports, written here to their published shapes, read and imported. */
class WorkoutImportTest {
  /** Strong's older export: semicolons, a weight-unit column, quoted names, a BOM. */
  static final String STRONG_SEMICOLON =
      "\uFEFFDate;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;"
          + "Distance Unit;Seconds;Notes;Workout Notes\n"
          + "2026-11-20 18:31:54;\"Pull\";\"Deadlift (Barbell)\";1;140;kg;5;8;;;0;\"\";\"\"\n"
          + "2026-11-20 18:31:54;\"Pull\";\"Deadlift (Barbell)\";2;140;kg;5;8.5;;;0;\"belt\";\"\"\n"
          + ";;;;;;;;;;;;\n"
          + "\n"
          + "2026-11-22 09:05:00;\"Beine\";\"Kreuzheben – rumänisch\";1;225;lbs;8;;;;0;\"\";\"\"\n"
          + "2026-11-22 09:05:00;\"脚の日\";\"デッドリフト\";1;100;kg;3;;;;0;\"\";\"\"\n";

  /** Strong's current export: commas, weights in the user's unit, duration column. */
  static final String STRONG_COMMA =
      "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
          + "Workout Notes,RPE\n"
          + "2026-11-21 07:15:00,Morning,45m,Deadlift (Barbell),1,315,3,0,0,,,9\n"
          + "2026-11-21 07:15:00,Morning,45m,Plank,1,,,0,60,,,\n";

  static final String HEVY_KG =
      "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\","
          + "\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\","
          + "\"duration_seconds\",\"rpe\"\n"
          + "\"Lower\",\"24 Nov 2026, 17:02\",\"24 Nov 2026, 18:10\",\"\",\"Deadlift (Barbell)\",,\"\","
          + "0,\"warmup\",60,8,,,\n"
          + "\"Lower\",\"24 Nov 2026, 17:02\",\"24 Nov 2026, 18:10\",\"\",\"Deadlift (Barbell)\",,"
          + "\"tight lats\",1,\"normal\",150,5,,,8\n";

  static final String HEVY_LBS = HEVY_KG.replace("weight_kg", "weight_lbs");

  static WorkoutImport.Result read(String csv, String units) {
    return WorkoutImport.read(new StringReader(csv), units);
  }

  @Test
  void strongWithSemicolonsUnitsEmptyRowsAndNonAsciiNames() {
    WorkoutImport.Result r = read(STRONG_SEMICOLON, "kg");
    assertThat(r.format()).isEqualTo(WorkoutImport.Format.STRONG);
    assertThat(r.errors()).isEmpty();
    assertThat(r.emptyRows()).isEqualTo(1);
    assertThat(r.sets()).hasSize(4);
    assertThat(r.sets().get(1).rpe().getAsDouble()).isEqualTo(8.5);
    assertThat(r.sets().get(1).notes()).isEqualTo("belt");
    WorkoutImport.ImportedSet pounds = r.sets().get(2);
    assertThat(pounds.exercise()).isEqualTo("Kreuzheben – rumänisch");
    assertThat(pounds.loadKg().getAsDouble())
        .isCloseTo(102.058, org.assertj.core.data.Offset.offset(0.001));
    assertThat(r.sets().get(3).exercise()).isEqualTo("デッドリフト");
    assertThat(r.sets().get(3).day()).hasToString("2026-11-22");
  }

  @Test
  void strongWithCommasTakesTheUnitItIsGiven() {
    WorkoutImport.Result r = read(STRONG_COMMA, "lb");
    assertThat(r.sets()).hasSize(2);
    assertThat(r.sets().get(0).loadKg().getAsDouble())
        .isCloseTo(142.88, org.assertj.core.data.Offset.offset(0.01));
    assertThat(r.sets().get(0).rpe().getAsDouble()).isEqualTo(9.0);
    // a timed set has no load and no reps
    assertThat(r.sets().get(1).loadKg()).isEmpty();
    assertThat(r.sets().get(1).reps()).isEmpty();
  }

  @Test
  void hevyInKilogramsAndPounds() {
    WorkoutImport.Result kg = read(HEVY_KG, "kg");
    assertThat(kg.format()).isEqualTo(WorkoutImport.Format.HEVY);
    assertThat(kg.sets()).extracting(s -> s.loadKg().getAsDouble()).containsExactly(60.0, 150.0);
    assertThat(kg.sets().get(0).notes()).isEqualTo("warmup");
    assertThat(kg.sets().get(1).notes()).isEqualTo("tight lats");
    assertThat(kg.sets().get(1).day()).hasToString("2026-11-24");
    WorkoutImport.Result lbs = read(HEVY_LBS, "kg");
    assertThat(lbs.sets().get(1).loadKg().getAsDouble())
        .isCloseTo(150 * WorkoutImport.KG_PER_LB, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void badRowsAreListedWithTheirLineAndReason() {
    String csv =
        STRONG_COMMA
            + "2026-11-21 07:15:00,Morning,45m,Deadlift (Barbell),2,heavy,3,0,0,,,\n"
            + "21/11/2026,Morning,45m,Deadlift (Barbell),3,100,3,0,0,,,\n"
            + "2026-11-21 07:15:00,Morning,45m,Deadlift (Barbell),4,100,2.5,0,0,,,\n";
    WorkoutImport.Result r = read(csv, "kg");
    assertThat(r.sets()).hasSize(2);
    assertThat(r.errors())
        .extracting(Object::toString)
        .containsExactly(
            "line 4: weight 'heavy' is not a number of 0 or more",
            "line 5: Date '21/11/2026' is not a date like 2024-05-03 18:30:00",
            "line 6: reps '2.5' is not a whole number");
  }

  @Test
  void anUnknownHeaderSaysWhatWasFoundAndWhatIsNeeded() {
    assertThatThrownBy(() -> read("day,lift,kg\n2026-11-20,deadlift,140\n", "kg"))
        .isInstanceOf(HingeException.class)
        .hasMessageContaining("not a Strong or Hevy export")
        .hasMessageContaining("day,lift,kg");
  }

  static List<String> databases() {
    return JournalTestSupport.databases().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void importingIsAllOrNothingUnlessToldAndNeverTwice(String kind) throws Exception {
    String bad =
        STRONG_COMMA + "2026-11-21 07:15:00,Morning,45m,Deadlift (Barbell),2,heavy,3,0,0,,,\n";
    try (Journal j = Journal.open(JournalTestSupport.fresh(kind))) {
      assertThatThrownBy(() -> j.sets().importSets(read(bad, "kg"), false))
          .isInstanceOf(HingeException.class)
          .hasMessageContaining("1 bad row")
          .hasMessageContaining("nothing imported")
          .hasMessageContaining("line 4");
      assertThat(j.sets().list()).isEmpty();

      SetStore.ImportSummary some = j.sets().importSets(read(bad, "kg"), true);
      assertThat(some.imported()).isEqualTo(2);
      assertThat(some.badRowsSkipped()).isEqualTo(1);

      SetStore.ImportSummary all = j.sets().importSets(read(STRONG_SEMICOLON, "kg"), false);
      assertThat(all.imported()).isEqualTo(4);
      SetStore.ImportSummary again = j.sets().importSets(read(STRONG_SEMICOLON, "kg"), false);
      assertThat(again.imported()).isZero();
      assertThat(again.alreadyPresent()).isEqualTo(4);

      List<SetStore.SetRow> sets = j.sets().list();
      assertThat(sets).hasSize(6);
      assertThat(sets).extracting(SetStore.SetRow::source).containsOnly("strong");
      assertThat(sets).extracting(SetStore.SetRow::exercise).contains("デッドリフト");
      assertThat(sets.get(0).day()).isEqualTo("2026-11-22");
    }
  }
}
