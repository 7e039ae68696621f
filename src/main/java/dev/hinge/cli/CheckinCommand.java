package dev.hinge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hinge.app.CheckIns;
import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.triage.CheckIn;
import dev.hinge.triage.CheckInParser;
import dev.hinge.triage.CheckInValidationException;
import dev.hinge.triage.FieldError;
import dev.hinge.triage.Questionnaire;
import dev.hinge.triage.TriageResult;
import dev.hinge.triage.TriageResultJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
        checkIn = new Interview(out, profileAnswers()).run();
      }
    } catch (CheckInValidationException e) {
      PrintWriter err = spec.commandLine().getErr();
      if (e.errors().size() == 1) {
        err.println("hinge: invalid check-in answers: " + e.errors().get(0));
      } else {
        err.println("hinge: invalid check-in answers (" + e.errors().size() + "):");
        for (FieldError f : e.errors()) {
          err.println("  " + f.field() + ": " + f.message());
        }
      }
      err.flush();
      return ErrorKind.INVALID_INPUT.exitCode();
    }
    if (!save) {
      TriageResult result = CheckIns.preview(checkIn);
      out.println(json ? TriageResultJson.toJson(result) : render(result));
      out.flush();
      return ExitCodes.OK;
    }
    // saved check-ins are linked to the journal's latest analysed set, when recent; the answers
    // are kept as given (an interview's as the validated check-in)
    try (dev.hinge.journal.Journal j = journal.open()) {
      CheckIns checkIns = new CheckIns(j);
      CheckIns.Submitted s = raw != null ? checkIns.submit(raw) : checkIns.submit(checkIn);
      out.println(json ? TriageResultJson.toJson(s.result()) : render(s.result()));
      out.flush();
      PrintWriter err = spec.commandLine().getErr();
      err.println("saved as check-in " + s.id() + " in the journal (" + j.description() + ")");
      err.flush();
    }
    return ExitCodes.OK;
  }

  /**
   * Age and sex from the lifter's profile, offered as the interview's answers (shown, and kept with
   * Enter or changed); empty without a journal or a profile that has them. Never a red flag.
   */
  private java.util.Map<String, String> profileAnswers() {
    java.util.Map<String, String> known = new java.util.HashMap<>();
    try (dev.hinge.journal.Journal j = journal.openExisting().orElse(null)) {
      if (j != null) {
        known.putAll(new CheckIns(j).fromProfile());
      }
    } catch (HingeException e) {
      // an unreadable journal only means nothing is pre-filled; the check-in still runs
      spec.commandLine()
          .getErr()
          .println("hinge: could not read the profile (" + e.getMessage() + "); asking instead");
    }
    return known;
  }

  private static String readAnswers(String source) throws IOException {
    if ("-".equals(source)) {
      return utf8(System.in.readAllBytes(), "standard input");
    }
    Path path = Path.of(source);
    if (Files.isDirectory(path)) {
      throw new HingeException(
          ErrorKind.INVALID_INPUT, "the answers must be a JSON file, found a directory: " + source);
    }
    try {
      return utf8(Files.readAllBytes(path), source);
    } catch (NoSuchFileException e) {
      throw new HingeException(ErrorKind.NOT_FOUND, "answers file not found: " + source);
    }
  }

  /** The answers as text: JSON is UTF-8 (RFC 8259); anything else is named, not mis-read. */
  private static String utf8(byte[] bytes, String source) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new HingeException(
          ErrorKind.INVALID_INPUT,
          "the answers must be UTF-8 JSON text, found bytes that are not UTF-8 in " + source);
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
    private final java.util.Map<String, String> known;

    Interview(PrintWriter out, java.util.Map<String, String> known) {
      this.out = out;
      this.known = known;
    }

    CheckIn run() throws IOException {
      out.println("Soreness check-in. Answer each question; Hinge does not diagnose.");
      out.println("Yes/no questions accept y, n, or 'unsure' (unsure counts as yes, to be safe).");
      ObjectNode a = JSON.createObjectNode();
      boolean safetyIntro = false;
      for (Questionnaire.Question q : Questionnaire.questions()) {
        if (q.redFlag() && !safetyIntro) {
          out.println("\nNow some safety questions. Please answer each one.");
          safetyIntro = true;
        }
        ObjectNode parent = a;
        String[] path = q.field().split("\\.");
        for (int i = 0; i < path.length - 1; i++) {
          parent =
              parent.has(path[i]) ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
        }
        String name = path[path.length - 1];
        if (q.onlyIfLegSymptoms() && !anyLegSymptom(a.path("leg"))) {
          parent.put(name, "none");
          continue;
        }
        String given = q.redFlag() ? null : known.get(q.field());
        if (given != null) {
          String s =
              ask(
                  q.text() + " [" + given + ", from your profile; Enter keeps it]",
                  x -> x.isEmpty() || valid(q, x),
                  true);
          String v = s.isEmpty() ? given : s;
          if (q.kind() == Questionnaire.Kind.NUMBER) {
            parent.put(name, (int) Double.parseDouble(v));
          } else {
            parent.put(name, v);
          }
          continue;
        }
        switch (q.kind()) {
          case YES_NO -> parent.put(name, yesNo(q.text()));
          case CHOICE -> {
            if (q.nullable()) {
              String s =
                  ask(
                      q.text() + " (" + String.join(", ", q.options()) + ", or Enter to skip)",
                      x -> x.isEmpty() || q.options().contains(x),
                      true);
              if (s.isEmpty()) {
                parent.putNull(name);
              } else {
                parent.put(name, s);
              }
            } else {
              parent.put(
                  name,
                  ask(
                      q.text() + " (" + String.join(", ", q.options()) + ")",
                      q.options()::contains));
            }
          }
          case MULTI -> {
            ArrayNode arr = parent.putArray(name);
            choices(q.text(), q.options(), q.min() > 0).forEach(arr::add);
          }
          case NUMBER -> {
            if (q.nullable()) {
              String h =
                  ask(
                      q.text() + " (a number, or 'none')",
                      x -> x.equals("none") || isNumber(x, q.min(), q.max()));
              if (h.equals("none")) {
                parent.putNull(name);
              } else {
                parent.put(name, Double.parseDouble(h));
              }
            } else if (q.integer()) {
              parent.put(name, number(q.text(), q.min(), q.max(), true).intValue());
            } else {
              parent.put(name, number(q.text(), q.min(), q.max(), false));
            }
          }
        }
      }
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
      return ask(question, valid, false);
    }

    private static boolean valid(Questionnaire.Question q, String s) {
      return switch (q.kind()) {
        case NUMBER ->
            isNumber(s, q.min(), q.max())
                && (!q.integer() || Double.parseDouble(s) == Math.rint(Double.parseDouble(s)));
        case CHOICE -> q.options().contains(s);
        default -> false;
      };
    }

    /** Asks until the answer is valid; {@code emptyOk}: Enter alone is an answer (""). */
    private String ask(String question, java.util.function.Predicate<String> valid, boolean emptyOk)
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
        if ((!s.isEmpty() || emptyOk) && valid.test(s)) {
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

    private static boolean anyLegSymptom(com.fasterxml.jackson.databind.JsonNode leg) {
      return leg.path("painBelowKnee").asBoolean()
          || leg.path("numbness").asBoolean()
          || !leg.path("weakness").asText("none").equals("none")
          || leg.path("footDrop").asBoolean();
    }

    private List<String> choices(String q, List<String> names, boolean nonEmpty)
        throws IOException {
      String line =
          ask(
              q
                  + " ("
                  + String.join(", ", names)
                  + ")"
                  + (nonEmpty ? ", one or more, comma-separated" : ", comma-separated, or 'none'"),
              s ->
                  (!nonEmpty && s.equals("none"))
                      || java.util.Arrays.stream(s.split("\\s*,\\s*")).allMatch(names::contains));
      return line.equals("none") ? List.of() : List.of(line.split("\\s*,\\s*"));
    }
  }
}
