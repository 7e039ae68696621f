package dev.hinge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hinge.core.HingeException;
import dev.hinge.journal.Journal;
import dev.hinge.journal.JournalTestSupport;
import dev.hinge.journal.ProfileStore;
import dev.hinge.journal.SetStore;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.report.KeyFrameSource;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import dev.hinge.triage.Answers;
import dev.hinge.triage.Vocabulary.Disposition;
import java.io.StringReader;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The use cases on a real (SQLite) journal: what both edges get. */
class UseCasesTest {
  Journal journal() throws Exception {
    return Journal.open(JournalTestSupport.fresh("sqlite"));
  }

  @Test
  void aSetIsLoggedIntoItsDayAndBadFieldsAreNamedWithTheirValue() throws Exception {
    try (Journal j = journal()) {
      TrainingLog log = new TrainingLog(j);
      long id =
          log.log(new TrainingLog.SetRequest("2026-11-23", "Deadlift", 140.0, 5L, 8.5, 1L, "belt"));
      assertThat(j.sets().list()).singleElement().satisfies(s -> assertThat(s.id()).isEqualTo(id));
      // today by default
      log.log(new TrainingLog.SetRequest(null, "Deadlift", null, null, null, null, null));
      assertThat(j.sets().list()).extracting(SetStore.SetRow::day).contains(j.today().toString());
      String[][] bad = {
        {"reps", "reps: 4294967301 is not a whole number from 0 to 1000"},
        {"rpe", "rpe: 0.5 is not a number from 1 to 10"},
        {"day", "day: \"2101-01-01\" is not a date like 2026-11-25 from 1900-01-01 to 2100-12-31"},
        {"exercise", "exercise: \"\" is not text of 1 to 200 characters"},
        {"notes", "notes: contains the control character U+0007 at position 2"},
        {"missing", "exercise: missing"},
        {"load", "loadKg: Infinity is not a number from 0 to 1000"}
      };
      TrainingLog.SetRequest[] requests = {
        new TrainingLog.SetRequest(null, "Deadlift", null, 4294967301L, null, null, null),
        new TrainingLog.SetRequest(null, "Deadlift", null, null, 0.5, null, null),
        new TrainingLog.SetRequest("2101-01-01", "Deadlift", null, null, null, null, null),
        new TrainingLog.SetRequest(null, "", null, null, null, null, null),
        new TrainingLog.SetRequest(null, "Deadlift", null, null, null, null, "a\u0007b"),
        new TrainingLog.SetRequest(null, null, null, null, null, null, null),
        new TrainingLog.SetRequest(
            null, "Deadlift", Double.POSITIVE_INFINITY, null, null, null, null)
      };
      for (int i = 0; i < bad.length; i++) {
        TrainingLog.SetRequest r = requests[i];
        assertThatThrownBy(() -> log.log(r))
            .as(bad[i][0])
            .isInstanceOf(HingeException.class)
            .hasMessageContaining(bad[i][1]);
      }
      assertThat(j.sets().list()).hasSize(2);
    }
  }

  @Test
  void anExportIsImportedOnceAndBadUnitsAreRefused() throws Exception {
    String csv =
        "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;"
            + "Distance Unit;Seconds;Notes;Workout Notes;Workout Duration\n"
            + "2026-11-20 18:00:00;Pull;Deadlift;1;140;kg;5;8;;;0;;;1h\n";
    try (Journal j = journal()) {
      TrainingLog log = new TrainingLog(j);
      TrainingLog.Imported first = log.importExport(new StringReader(csv), "kg", false);
      assertThat(first.formatName()).isEqualTo("Strong");
      assertThat(first.summary().imported()).isEqualTo(1);
      assertThat(log.importExport(new StringReader(csv), "KG", false).summary().alreadyPresent())
          .isEqualTo(1);
      assertThatThrownBy(() -> log.importExport(new StringReader(csv), "stone", false))
          .hasMessageContaining("units: \"stone\" is not one of kg, lb");
    }
  }

  @Test
  void theProfileIsReplacedOrChangedWithTheSameRules() throws Exception {
    try (Journal j = journal()) {
      Profiles profiles = new Profiles(j);
      profiles.replace(new Profiles.Request(180.0, 82.0, "LB", "1980-04-30", "Female"));
      ProfileStore.Profile p = profiles.get();
      assertThat(p.units()).isEqualTo("lb");
      assertThat(p.sex()).contains("female");
      assertThat(profiles.age(p)).isPresent();
      // a change keeps what it does not name; a replacement clears it
      profiles.change(new Profiles.Request(null, 84.0, null, null, null));
      assertThat(profiles.get().heightCm()).hasValue(180.0);
      assertThat(profiles.get().bodyMassKg()).hasValue(84.0);
      profiles.replace(new Profiles.Request(null, null, null, null, null));
      assertThat(profiles.get().heightCm()).isEmpty();
      assertThat(profiles.get().units()).isEqualTo("kg");
      for (Object[] bad :
          new Object[][] {
            {
              new Profiles.Request(1780.0, null, null, null, null),
              "heightCm: 1780 is not a number from 100 to 250"
            },
            {
              new Profiles.Request(null, 12.0, null, null, null),
              "bodyMassKg: 12 is not a number from 25 to 300"
            },
            {
              new Profiles.Request(null, null, "st", null, null),
              "units: \"st\" is not one of kg, lb"
            },
            {
              new Profiles.Request(null, null, null, "2999-01-01", null),
              "birthDate: \"2999-01-01\" is not a date"
            },
            {
              new Profiles.Request(null, null, null, null, "yes"),
              "sex: \"yes\" is not one of female, male, other"
            }
          }) {
        Profiles.Request r = (Profiles.Request) bad[0];
        assertThatThrownBy(() -> profiles.change(r)).hasMessageContaining((String) bad[1]);
        assertThatThrownBy(() -> profiles.replace(r)).hasMessageContaining((String) bad[1]);
      }
    }
  }

  @Test
  void aCheckInIsTriagedSavedAndPrefilledFromTheProfile() throws Exception {
    try (Journal j = journal()) {
      CheckIns checkIns = new CheckIns(j);
      CheckIns.Submitted s = checkIns.submit(Answers.doms().json());
      assertThat(s.result().disposition()).isEqualTo(Disposition.SELF_CARE);
      assertThat(j.checkIns().list())
          .singleElement()
          .satisfies(c -> assertThat(c.id()).isEqualTo(s.id()));
      // the interview's answers are kept as the validated check-in
      CheckIns.Submitted again =
          checkIns.submit(dev.hinge.triage.CheckInParser.parse(Answers.doms().json()));
      assertThat(j.checkIns().list()).hasSize(2);
      assertThat(again.id()).isNotEqualTo(s.id());
      assertThat(checkIns.fromProfile()).isEmpty();
      new Profiles(j).replace(new Profiles.Request(null, null, null, "1980-04-30", "male"));
      assertThat(checkIns.fromProfile()).containsKeys("age", "sex").containsEntry("sex", "male");
    }
  }

  @Test
  void aSavedAnalysisTakesTheProfilesHeightAndMassWhereTheCallerSaysNothing() throws Exception {
    try (Journal j = journal()) {
      new Profiles(j).replace(new Profiles.Request(182.0, 90.0, null, null, null));
      Analyses analyses = new Analyses(j, Optional.empty());
      AnalysisOptions o =
          analyses.options(OptionalDouble.empty(), OptionalDouble.of(140), OptionalDouble.of(95));
      assertThat(o.heightCm()).hasValue(182.0);
      assertThat(o.bodyMassKg()).hasValue(95.0);
      assertThat(o.loadKg()).hasValue(140.0);
      var a = AnalysisPipeline.analyze(SyntheticLifter.generate(SetSpec.clean(4, 2)).track(), o);
      long id =
          analyses.save(
              Analyses.named(a, "tuesday.mp4"), o.loadKg(), Optional.empty(), KeyFrameSource.NONE);
      assertThat(j.analyses().list())
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.id()).isEqualTo(id);
                assertThat(s.videoName()).isEqualTo("tuesday.mp4");
                assertThat(s.loadKg()).isEqualTo(140.0);
              });
    }
  }

  @Test
  void anUploadsNameIsShownNeverUsedAsAPath() {
    assertThat(UploadedVideos.shownName("../../etc/my set.mp4")).isEqualTo("my set.mp4");
    assertThat(UploadedVideos.shownName("C:\\\\clips\\\\pull.mov")).isEqualTo("pull.mov");
    assertThat(UploadedVideos.shownName("a\u0000b.mp4")).isEqualTo("a?b.mp4");
    assertThat(UploadedVideos.shownName("dir/")).isEqualTo("upload");
    assertThat(UploadedVideos.shownName(null)).isEqualTo("upload");
    assertThat(UploadedVideos.load(" 140 ")).hasValue(140.0);
    assertThat(UploadedVideos.load("")).isEmpty();
    assertThatThrownBy(() -> UploadedVideos.load("heavy")).hasMessageContaining("\"heavy\"");
    assertThatThrownBy(() -> UploadedVideos.load("NaN")).hasMessageContaining("between 0 and 600");
  }
}
