package dev.hinge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hinge.app.Profiles;
import dev.hinge.app.TrainingLog;
import dev.hinge.core.AtomicFiles;
import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.journal.AnalysisStore;
import dev.hinge.journal.Journal;
import dev.hinge.journal.JournalExport;
import dev.hinge.journal.ProfileStore;
import dev.hinge.journal.SetStore;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code hinge journal list | show ID | export | import | log | profile}: what the journal holds.
 */
@Command(
    name = "journal",
    mixinStandardHelpOptions = true,
    description = "The training journal: saved analyses (analyze --save) and check-ins.",
    subcommands = {
      JournalCommand.ListCommand.class,
      JournalCommand.ShowCommand.class,
      JournalCommand.ExportCommand.class,
      JournalCommand.ImportCommand.class,
      JournalCommand.LogCommand.class,
      JournalCommand.ProfileCommand.class
    })
public final class JournalCommand {
  @picocli.CommandLine.Mixin JournalOption journal = new JournalOption();

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Saved analyses.")
  static final class ListCommand implements Callable<Integer> {
    @ParentCommand JournalCommand parent;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Journal j = parent.journal.open()) {
        var analyses = j.analyses().list();
        if (analyses.isEmpty()) {
          out.println("the journal has no analyses yet: save one with hinge analyze VIDEO --save");
        } else {
          out.printf(
              Locale.ROOT,
              "%-5s %-10s %-30s %5s %8s %9s %8s  %s%n",
              "id",
              "day",
              "video",
              "reps",
              "load kg",
              "mean m/s",
              "L5 N·m",
              "faults");
          for (AnalysisStore.AnalysisSummary a : analyses) {
            out.printf(
                Locale.ROOT,
                "%-5d %-10s %-30s %5s %8s %9s %8s  %s%n",
                a.id(),
                a.day(),
                a.videoName().length() > 30 ? a.videoName().substring(0, 29) + "…" : a.videoName(),
                a.fullReps() + (a.partialReps() > 0 ? "+" + a.partialReps() : ""),
                a.loadKg() == null ? "-" : String.format(Locale.ROOT, "%.1f", a.loadKg()),
                a.meanVelocityMps() == null
                    ? "-"
                    : String.format(Locale.ROOT, "%.2f", a.meanVelocityMps()),
                a.peakMomentNm() == null
                    ? "-"
                    : String.format(Locale.ROOT, "%.0f", a.peakMomentNm()),
                a.faults().isEmpty() ? "-" : String.join(", ", a.faults()));
          }
        }
        out.printf(Locale.ROOT, "%d check-in(s) saved%n", j.checkIns().list().size());
        out.flush();
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Print a saved analysis as hinge.analysis/1 JSON.")
  static final class ShowCommand implements Callable<Integer> {
    @ParentCommand JournalCommand parent;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "the analysis id (see journal list)")
    long id;

    @Override
    public Integer call() {
      try (Journal j = parent.journal.open()) {
        String json =
            j.analyses()
                .json(id)
                .orElseThrow(
                    () ->
                        new HingeException(
                            ErrorKind.NOT_FOUND,
                            "no analysis with id "
                                + id
                                + " in the journal ("
                                + j.description()
                                + ")"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(json);
        out.flush();
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Export the journal: CSV (one row per rep) or JSON (analyses and check-ins).")
  static final class ExportCommand implements Callable<Integer> {
    @ParentCommand JournalCommand parent;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", description = "csv or json (default: csv)")
    String format = "csv";

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of stdout")
    Optional<Path> outFile = Optional.empty();

    @Override
    public Integer call() throws java.io.IOException {
      String f = format.toLowerCase(Locale.ROOT);
      if (!f.equals("csv") && !f.equals("json")) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--format must be csv or json, found '" + format + "'");
      }
      try (Journal j = parent.journal.open()) {
        if (outFile.isPresent()) {
          AtomicFiles.write(
              outFile.get(),
              os -> {
                var w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                write(j, f, w);
                w.flush();
              });
        } else {
          PrintWriter out = spec.commandLine().getOut();
          write(j, f, out);
          out.flush();
        }
      }
      return ExitCodes.OK;
    }

    private static void write(Journal j, String format, java.io.Writer w)
        throws java.io.IOException {
      if (format.equals("csv")) {
        JournalExport.csv(j, w);
      } else {
        w.write(
            new ObjectMapper()
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(JournalExport.json(j)));
        w.write('\n');
      }
    }
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description =
          "Import sets from a Strong or Hevy CSV export (recognised from the header; docs/journal.md).")
  static final class ImportCommand implements Callable<Integer> {
    @ParentCommand JournalCommand parent;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the CSV export")
    Path file;

    @Option(
        names = "--units",
        description = "unit of the weights when the file does not say: kg or lb (default: kg)")
    String units = "kg";

    @Option(
        names = "--skip-bad-rows",
        description = "import the good rows and list the bad ones (default: import nothing)")
    boolean skipBadRows;

    @Override
    public Integer call() throws java.io.IOException {
      if (!java.nio.file.Files.isRegularFile(file)) {
        throw new HingeException(ErrorKind.NOT_FOUND, "export file not found: " + file);
      }
      try (Journal j = parent.journal.open();
          var in = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        TrainingLog.Imported imported = new TrainingLog(j).importExport(in, units, skipBadRows);
        SetStore.ImportSummary s = imported.summary();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
            Locale.ROOT,
            "%s export %s: %d sets imported, %d already in the journal, %d bad rows skipped, %d"
                + " empty rows ignored%n",
            imported.formatName(),
            file.getFileName(),
            s.imported(),
            s.alreadyPresent(),
            s.badRowsSkipped(),
            s.emptyRows());
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        imported.read().errors().forEach(e -> err.println("hinge: skipped " + e));
        err.flush();
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "log",
      mixinStandardHelpOptions = true,
      description =
          "Log a set by hand into its day's session (as the web app's history page does).")
  static final class LogCommand implements Callable<Integer> {
    @ParentCommand JournalCommand parent;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--exercise", required = true, description = "e.g. deadlift, Romanian deadlift")
    String exercise;

    @Option(names = "--day", paramLabel = "YYYY-MM-DD", description = "the day (default: today)")
    String day;

    @Option(names = "--load-kg", paramLabel = "N", description = "bar load in kg")
    Double loadKg;

    @Option(names = "--reps", paramLabel = "N", description = "reps done")
    Long reps;

    @Option(names = "--rpe", paramLabel = "N", description = "rate of perceived exertion, 1-10")
    Double rpe;

    @Option(names = "--rir", paramLabel = "N", description = "reps in reserve, 0-10")
    Long rir;

    @Option(names = "--notes", description = "notes")
    String notes;

    @Override
    public Integer call() {
      try (Journal j = parent.journal.open()) {
        long id =
            new TrainingLog(j)
                .log(new TrainingLog.SetRequest(day, exercise, loadKg, reps, rpe, rir, notes));
        PrintWriter err = spec.commandLine().getErr();
        err.println("logged as set " + id + " in the journal (" + j.description() + ")");
        err.flush();
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "profile",
      mixinStandardHelpOptions = true,
      description =
          "Show or set the lifter's profile: height (video scale), body mass (back load), units,"
              + " date of birth and sex (the check-in takes age and sex from them).")
  static final class ProfileCommand implements Callable<Integer> {
    @ParentCommand JournalCommand parent;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--height-cm", paramLabel = "N", description = "height in cm")
    Optional<Double> heightCm = Optional.empty();

    @Option(names = "--body-mass-kg", paramLabel = "N", description = "body mass in kg")
    Optional<Double> bodyMassKg = Optional.empty();

    @Option(names = "--units", description = "kg or lb, how loads are shown")
    Optional<String> units = Optional.empty();

    @Option(
        names = "--birth-date",
        paramLabel = "YYYY-MM-DD",
        description = "date of birth (the check-in's age)")
    Optional<java.time.LocalDate> birthDate = Optional.empty();

    @Option(names = "--sex", description = "female, male or other (the check-in's sex)")
    Optional<String> sex = Optional.empty();

    @Override
    public Integer call() {
      try (Journal j = parent.journal.open()) {
        Profiles profiles = new Profiles(j);
        ProfileStore.Profile p =
            profiles.change(
                new Profiles.Request(
                    heightCm.orElse(null),
                    bodyMassKg.orElse(null),
                    units.orElse(null),
                    birthDate.map(java.time.LocalDate::toString).orElse(null),
                    sex.orElse(null)));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
            Locale.ROOT,
            "height %s, body mass %s, units %s, born %s%s, sex %s%n",
            p.heightCm().isPresent()
                ? String.format(Locale.ROOT, "%.1f cm", p.heightCm().getAsDouble())
                : "not set",
            p.bodyMassKg().isPresent()
                ? String.format(Locale.ROOT, "%.1f kg", p.bodyMassKg().getAsDouble())
                : "not set",
            p.units(),
            p.birthDate().map(Object::toString).orElse("not set"),
            p.ageOn(j.today()).isPresent() ? " (age " + p.ageOn(j.today()).getAsInt() + ")" : "",
            p.sex().orElse("not set"));
        out.flush();
      }
      return ExitCodes.OK;
    }
  }
}
