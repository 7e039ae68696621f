package dev.hinge.cli;

import dev.hinge.coaching.FormGuide;
import dev.hinge.faults.FaultCode;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hinge guide [CODE]}: the form guide, a fault's or the list with the set-up checklist. */
@Command(
    name = "guide",
    mixinStandardHelpOptions = true,
    description = {
      "Tips on proper form: the deadlift set-up checklist and the faults Hinge finds;",
      "with a CODE (e.g. HIPS_SHOOT_UP), what it is, why it loads the lower back, the cue,",
      "drills with their dose, when to drop the load, and the sources."
    })
public final class GuideCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "CODE",
      description = "a fault code, as in the analysis (case and dashes do not matter)")
  Optional<String> code = Optional.empty();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    FormGuide guide = FormGuide.standard();
    if (code.isEmpty()) {
      out.print(list(guide));
    } else {
      String wanted =
          code.get().trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
      FaultCode c =
          FaultCode.named(wanted)
              .orElseThrow(
                  () ->
                      new picocli.CommandLine.ParameterException(
                          spec.commandLine(),
                          "no fault code '"
                              + code.get()
                              + "': one of "
                              + Arrays.stream(FaultCode.values())
                                  .map(Enum::name)
                                  .collect(Collectors.joining(", "))));
      out.print(entry(guide.entry(c)));
    }
    out.flush();
    return ExitCodes.OK;
  }

  static String list(FormGuide guide) {
    StringBuilder b = new StringBuilder("Deadlift set-up checklist:\n");
    int i = 1;
    for (FormGuide.Step s : guide.checklist()) {
      b.append(String.format(Locale.ROOT, "  %d. %s: %s%n", i++, s.step(), s.how()));
    }
    b.append("\nFaults Hinge finds (hinge guide CODE for one):\n");
    for (FormGuide.Entry e : guide.entries()) {
      b.append(String.format(Locale.ROOT, "  %-24s %s: %s%n", e.code().name(), e.title(), e.cue()));
    }
    return b.toString();
  }

  static String entry(FormGuide.Entry e) {
    StringBuilder b = new StringBuilder();
    b.append(e.code().name()).append(" — ").append(e.title()).append("\n\n");
    b.append(e.what()).append("\n\n");
    b.append("Why it loads the lower back: ").append(e.why()).append("\n\n");
    b.append("Cue: ").append(e.cue()).append("\n\nDrills:\n");
    int i = 1;
    for (FormGuide.Drill d : e.drills()) {
      b.append(
          String.format(Locale.ROOT, "  %d. %s: %s%n     %s%n", i++, d.name(), d.how(), d.dose()));
    }
    b.append("\nWhen to drop the load: ").append(e.dropLoad()).append("\n\nSources:\n");
    for (FormGuide.Source s : e.sources()) {
      b.append("  - ").append(s.citation()).append('\n');
    }
    return b.toString();
  }
}
