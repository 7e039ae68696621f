package dev.hinge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hinge.core.AtomicFiles;
import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.journal.Journal;
import dev.hinge.journal.JournalExport;
import dev.hinge.journal.WorkoutImport;
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

/** {@code hinge journal list | show ID | export}: what the journal holds. */
@Command(
    name = "journal",
    mixinStandardHelpOptions = true,
    description = "The training journal: saved analyses (analyze --save) and check-ins.",
    subcommands = {
      JournalCommand.ListCommand.class,
      JournalCommand.ShowCommand.class,
      JournalCommand.ExportCommand.class,
      JournalCommand.ImportCommand.class,
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
        var analyses = j.analyses();
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
          for (Journal.AnalysisSummary a : analyses) {
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
        out.printf(Locale.ROOT, "%d check-in(s) saved%n", j.checkIns().size());
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
            j.analysisJson(id)
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
      String u = units.toLowerCase(Locale.ROOT);
      if (!u.equals("kg") && !u.equals("lb") && !u.equals("lbs")) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--units must be kg or lb, found '" + units + "'");
      }
      if (!java.nio.file.Files.isRegularFile(file)) {
        throw new HingeException(ErrorKind.NOT_FOUND, "export file not found: " + file);
      }
      WorkoutImport.Result read;
      try (var in = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        read = WorkoutImport.read(in, u);
      }
      try (Journal j = parent.journal.open()) {
        Journal.ImportSummary s = j.importSets(read, skipBadRows);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
            Locale.ROOT,
            "%s export %s: %d sets imported, %d already in the journal, %d bad rows skipped, %d"
                + " empty rows ignored%n",
            read.format().name().charAt(0)
                + read.format().name().substring(1).toLowerCase(Locale.ROOT),
            file.getFileName(),
            s.imported(),
            s.alreadyPresent(),
            s.badRowsSkipped(),
            s.emptyRows());
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        read.errors().forEach(e -> err.println("hinge: skipped " + e));
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
        Journal.Profile p = j.profile();
        if (heightCm.isPresent()
            || bodyMassKg.isPresent()
            || units.isPresent()
            || birthDate.isPresent()
            || sex.isPresent()) {
          if (birthDate.isPresent() && birthDate.get().isAfter(j.today())) {
            throw HingeException.invalidInput(
                "--birth-date must not be in the future, found " + birthDate.get());
          }
          p =
              new Journal.Profile(
                  heightCm.map(java.util.OptionalDouble::of).orElse(p.heightCm()),
                  bodyMassKg.map(java.util.OptionalDouble::of).orElse(p.bodyMassKg()),
                  units.map(u -> u.toLowerCase(Locale.ROOT)).orElse(p.units()),
                  birthDate.or(p::birthDate),
                  sex.map(x -> x.toLowerCase(Locale.ROOT)).or(p::sex));
          j.saveProfile(p);
        }
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
