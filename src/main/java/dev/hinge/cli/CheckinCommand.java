package dev.hinge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.triage.CheckIn;
import dev.hinge.triage.CheckInParser;
import dev.hinge.triage.CheckInValidationException;
import dev.hinge.triage.FieldError;
import dev.hinge.triage.TrainingContext;
import dev.hinge.triage.TriageEngine;
import dev.hinge.triage.TriageResult;
import dev.hinge.triage.TriageResultJson;
import dev.hinge.triage.Vocabulary;
import dev.hinge.triage.Vocabulary.RedFlag;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hinge checkin}: the soreness check-in, asked one question at a time, or read from a JSON
 * file. Exit 0 whatever the disposition; 3 for invalid answers (nothing is stored).
 */
@Command(
    name = "checkin",
    mixinStandardHelpOptions = true,
    description = {
      "Soreness check-in after training: normal muscle soreness, back overload, strain, sciatica or a red flag?",
      "Answers EMERGENCY, URGENT, SEE_CLINICIAN or SELF_CARE with a plan. Hinge does not diagnose."
    })
public final class CheckinCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--answers",
      paramLabel = "FILE",
      description = "read the answers from a JSON file ('-' for stdin) instead of asking")
  String answers;

  @Option(names = "--json", description = "print the result as JSON")
  boolean json;

  @Option(names = "--save", description = "record the check-in in the training journal")
  boolean save;

  @picocli.CommandLine.Mixin JournalOption journal = new JournalOption();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    CheckIn checkIn;
    String raw = null;
    try {
      if (answers != null) {
        raw = readAnswers(answers);
        checkIn = CheckInParser.parse(raw);
      } else {
        checkIn = new Interview(out).run();
      }
    } catch (CheckInValidationException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("hinge: invalid check-in answers (" + e.errors().size() + "):");
      for (FieldError f : e.errors()) {
        err.println("  " + f.field() + ": " + f.message());
      }
      err.flush();
      return ErrorKind.INVALID_INPUT.exitCode();
    }
    TriageResult result = new TriageEngine().evaluate(checkIn, TrainingContext.none());
    out.println(json ? TriageResultJson.toJson(result) : render(result));
    out.flush();
    if (save) {
      // the answers as given; an interview's answers as the validated check-in
      String stored =
          raw != null
              ? raw
              : new com.fasterxml.jackson.databind.ObjectMapper()
                  .registerModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module())
                  .writeValueAsString(checkIn);
      try (dev.hinge.journal.Journal j = journal.open()) {
        long id = j.saveCheckIn(stored, result);
        PrintWriter err = spec.commandLine().getErr();
        err.println("saved as check-in " + id + " in the journal (" + j.description() + ")");
        err.flush();
      }
    }
    return ExitCodes.OK;
  }

  private static String readAnswers(String source) throws IOException {
    if ("-".equals(source)) {
      return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      return Files.readString(Path.of(source));
    } catch (NoSuchFileException e) {
      throw new HingeException(ErrorKind.NOT_FOUND, "answers file not found: " + source);
    }
  }

  static String render(TriageResult r) {
    StringBuilder b = new StringBuilder();
    String head =
        switch (r.disposition()) {
          case EMERGENCY -> "EMERGENCY";
          case URGENT -> "URGENT — see a doctor today";
          case SEE_CLINICIAN -> "SEE A CLINICIAN — book an appointment";
          case SELF_CARE -> "SELF-CARE";
        };
    b.append("\n").append(head).append("\n");
    b.append("=".repeat(head.length())).append("\n");
    for (String a : r.advice()) {
      b.append("• ").append(a).append("\n");
    }
    b.append("\nLikely pattern: ")
        .append(r.likelyPattern().name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .append("\n");
    b.append("Why:\n");
    for (TriageResult.Reason x : r.reasons()) {
      b.append("  ")
          .append(x.rule())
          .append(" [")
          .append(x.sources())
          .append("]: ")
          .append(x.evidence())
          .append("\n");
    }
    b.append("\n").append(r.disclaimer());
    return b.toString();
  }

  /** Asks the schema's questions in plain language, one at a time; never fills in a red flag. */
  static final class Interview {
    private final PrintWriter out;
    private final BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    private final List<String> unsure = new ArrayList<>();

    Interview(PrintWriter out) {
      this.out = out;
    }

    CheckIn run() throws IOException {
      out.println("Soreness check-in. Answer each question; Hinge does not diagnose.");
      out.println("Yes/no questions accept y, n, or 'unsure' (unsure counts as yes, to be safe).");
      ObjectNode a = JSON.createObjectNode();
      a.put("age", number("How old are you?", 0, 120, true).intValue());
      String h =
          ask(
              "How many hours ago was your last training session? (a number, or 'none' if not linked to training)",
              s -> s.equals("none") || isNumber(s, 0, 24 * 365));
      if (h.equals("none")) {
        a.putNull("hoursSinceTraining");
      } else {
        a.put("hoursSinceTraining", Double.parseDouble(h));
      }
      a.put("onset", choice("When did it start?", Vocabulary.Onset.values()));
      a.put("suddenSharpOnset", yesNo("Did it start as a sudden sharp pain at one moment?"));
      ArrayNode areas = a.putArray("areas");
      for (String s :
          choices(
              "Where does it hurt? (one or more, separated by commas)",
              Vocabulary.Area.values(),
              true)) {
        areas.add(s);
      }
      a.put("side", choice("Which side?", Vocabulary.Side.values()));
      a.put(
          "pain",
          number(
                  "How bad is the worst pain now, from 0 (none) to 10 (worst imaginable)?",
                  0,
                  10,
                  true)
              .intValue());
      ArrayNode ch = a.putArray("character");
      for (String s :
          choices(
              "How does it feel? (any of these, comma-separated, or empty)",
              Vocabulary.Character.values(),
              false)) {
        ch.add(s);
      }
      ObjectNode leg = a.putObject("leg");
      leg.put("painBelowKnee", yesNo("Is there pain going down a leg below the knee?"));
      leg.put("numbness", yesNo("Is there numbness or pins and needles in a leg?"));
      leg.put("weakness", choice("Is a leg weak?", Vocabulary.Weakness.values()));
      leg.put("footDrop", yesNo("Does your foot slap or catch when you walk?"));
      boolean anyLeg =
          leg.get("painBelowKnee").asBoolean()
              || leg.get("numbness").asBoolean()
              || !leg.get("weakness").asText().equals("none")
              || leg.get("footDrop").asBoolean();
      leg.put(
          "sides",
          anyLeg
              ? choice(
                  "Is the leg pain, numbness or weakness in one leg or both?",
                  new Vocabulary.LegSides[] {
                    Vocabulary.LegSides.LEFT, Vocabulary.LegSides.RIGHT, Vocabulary.LegSides.BOTH
                  })
              : "none");
      out.println("\nNow some safety questions. Please answer each one.");
      ObjectNode flags = a.putObject("redFlags");
      for (RedFlag f : RedFlag.values()) {
        flags.put(f.field(), yesNo(f.question()));
      }
      a.put("trend", choice("Since it started, is it", Vocabulary.Trend.values()));
      a.put("daysSinceOnset", number("How many days since it started?", 0, 3650, false));
      a.put("easesWithMovement", yesNo("Does gentle movement ease it?"));
      a.put("canWalkNormally", yesNo("Can you walk normally?"));
      a.put(
          "previousEpisodes",
          number("How many similar episodes have you had before?", 0, 1000, true).intValue());
      if (!unsure.isEmpty()) {
        out.println(
            "\nYou were unsure about: "
                + String.join("; ", unsure)
                + " — these were counted as yes.");
      }
      return CheckInParser.parse(a);
    }

    private String ask(String question, java.util.function.Predicate<String> valid)
        throws IOException {
      while (true) {
        out.print(question + " ");
        out.flush();
        String line = in.readLine();
        if (line == null) {
          throw new CheckInValidationException(
              List.of(
                  new FieldError(
                      "$",
                      "the check-in ended before every question was answered (no answer to: "
                          + question
                          + ")")));
        }
        String s = line.trim().toLowerCase(Locale.ROOT);
        if (!s.isEmpty() && valid.test(s)) {
          return s;
        }
        out.println(
            "  Please answer the question"
                + (s.isEmpty()
                    ? " (an answer is needed)."
                    : ": '" + line.trim() + "' is not one of the choices."));
      }
    }

    private boolean yesNo(String q) throws IOException {
      String s =
          ask(
              q + " [y/n/unsure]",
              x -> List.of("y", "yes", "n", "no", "unsure", "not sure", "?").contains(x));
      if (s.equals("unsure") || s.equals("not sure") || s.equals("?")) {
        unsure.add(q);
        return true; // unsure is never taken as no
      }
      return s.startsWith("y");
    }

    private Double number(String q, double min, double max, boolean integer) throws IOException {
      return Double.parseDouble(
          ask(
              q,
              s ->
                  isNumber(s, min, max)
                      && (!integer || Double.parseDouble(s) == Math.rint(Double.parseDouble(s)))));
    }

    private static boolean isNumber(String s, double min, double max) {
      try {
        double d = Double.parseDouble(s);
        return d >= min && d <= max;
      } catch (NumberFormatException e) {
        return false;
      }
    }

    private <E extends Enum<E> & Vocabulary.Wire> String choice(String q, E[] values)
        throws IOException {
      List<String> names = new ArrayList<>();
      for (E v : values) {
        names.add(v.wire());
      }
      return ask(q + " (" + String.join(", ", names) + ")", names::contains);
    }

    private <E extends Enum<E> & Vocabulary.Wire> List<String> choices(
        String q, E[] values, boolean nonEmpty) throws IOException {
      List<String> names = new ArrayList<>();
      for (E v : values) {
        names.add(v.wire());
      }
      String line =
          ask(
              q + " (" + String.join(", ", names) + ")" + (nonEmpty ? "" : " or 'none'"),
              s ->
                  (!nonEmpty && s.equals("none"))
                      || java.util.Arrays.stream(s.split("\\s*,\\s*")).allMatch(names::contains));
      return line.equals("none") ? List.of() : List.of(line.split("\\s*,\\s*"));
    }
  }
}
