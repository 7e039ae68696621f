package dev.hinge.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a labels file (a JSON array of clip entries, as in {@code fixtures/real/labels.json}, or an
 * object whose {@code clips} is that array). Strict about the fields the scores use: a missing
 * field, a value of the wrong type, an unknown view, spans that run backwards or do not match the
 * rep count each make a {@link LabelProblem} that names the file, the entry, its line, its clip and
 * the field; the entry is then left out and the others are still read. A fault name or variant
 * outside the format's lists (another labeller's vocabulary: "knees_caving", "deficit") is a
 * problem too, but only that name is left out (the variant read as {@code other}): the entry's
 * reps, view and other faults are still scored. Fields the scores do not use (source, notes,
 * licence, codec, ...) are ignored.
 */
public final class LabelsReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelsReader() {}

  public static Labels read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    } catch (NoSuchFileException e) {
      throw new HingeException(ErrorKind.NOT_FOUND, "labels file not found: " + path);
    } catch (IOException e) {
      throw HingeException.invalidInput(
          "cannot read labels file " + path + ": " + e.getMessage(), e);
    }
  }

  public static Labels read(InputStream in, String source) {
    List<ClipLabel> clips = new ArrayList<>();
    List<LabelProblem> problems = new ArrayList<>();
    Set<String> files = new HashSet<>();
    try (JsonParser p = JSON.createParser(in)) {
      JsonToken t = p.nextToken();
      boolean wrapped = t == JsonToken.START_OBJECT;
      if (wrapped) {
        t = clipsField(p);
      }
      if (t != JsonToken.START_ARRAY) {
        String found =
            wrapped && t == JsonToken.END_OBJECT
                ? "an object without \"clips\""
                : (wrapped ? "\"clips\": " : "") + token(p, t);
        problems.add(
            LabelProblem.malformed(
                source,
                0,
                p.currentTokenLocation().getLineNr(),
                "a labels file must be a JSON array of clip entries (or an object whose \"clips\""
                    + " is one), found "
                    + found));
        return new Labels(source, clips, problems);
      }
      int entry = 0;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        entry++;
        int line = p.currentTokenLocation().getLineNr();
        JsonNode node = p.readValueAsTree();
        Entry e = new Entry(source, entry, line);
        Optional<ClipLabel> label = e.parse(node);
        problems.addAll(e.problems);
        if (label.isPresent()) {
          if (files.add(label.get().file())) {
            clips.add(label.get());
          } else {
            e.bad("file", "names a clip that an earlier entry already labels");
            problems.add(e.problems.get(e.problems.size() - 1));
          }
        }
      }
    } catch (JsonProcessingException e) {
      problems.add(
          LabelProblem.malformed(
              source,
              0,
              e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
              "not valid JSON ("
                  + e.getOriginalMessage()
                  + "); the entries after this point were not read"));
    } catch (IOException e) {
      throw HingeException.invalidInput(
          "cannot read labels file " + source + ": " + e.getMessage(), e);
    }
    return new Labels(source, clips, problems);
  }

  /** A token as written: a string quoted, a number or a bracket as is, "nothing" at the end. */
  private static String token(JsonParser p, JsonToken t) throws IOException {
    if (t == null) {
      return "nothing";
    }
    if (t == JsonToken.VALUE_STRING) {
      return "\"" + p.getText() + "\"";
    }
    return t.asString() != null ? t.asString() : p.getText();
  }

  /**
   * In a labels object ({@code {"clips": [...], ...}}, as some labellers wrap the array with their
   * own fields), moves the parser to the {@code clips} array's start and returns that token;
   * another value of {@code clips}, or none, is returned as found ({@code END_OBJECT}: none).
   */
  private static JsonToken clipsField(JsonParser p) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      if (name.equals("clips")) {
        return t;
      }
      p.skipChildren();
    }
    return t;
  }

  /**
   * A name outside the format's list, found in {@code field}: {@code instead} says what is done.
   */
  private record UnknownName(String field, String found, List<String> names, String instead) {}

  /** One entry's fields, read one by one; every problem is collected, not just the first. */
  private static final class Entry {
    final String source;
    final int entry;
    final int line;
    final List<LabelProblem> problems = new ArrayList<>();
    final List<UnknownName> unknownNames = new ArrayList<>();
    Optional<String> clip = Optional.empty();

    Entry(String source, int entry, int line) {
      this.source = source;
      this.entry = entry;
      this.line = line;
    }

    void bad(String field, String what) {
      problems.add(
          new LabelProblem(
              LabelProblem.Kind.MALFORMED, source, entry, line, clip, field + " " + what));
    }

    /** A name outside the format's list: said, and left out where the entry is still scored. */
    void unknown(String field, String found, List<String> names, String instead) {
      unknownNames.add(new UnknownName(field, found, names, instead));
    }

    /**
     * The unknown names as problems: left out of an entry still scored, or one more malformed field
     * of an entry that is not.
     */
    void sayUnknownNames(boolean scored) {
      for (UnknownName u : unknownNames) {
        String what =
            u.field() + " must be one of " + String.join(", ", u.names()) + ", found " + u.found();
        problems.add(
            new LabelProblem(
                scored ? LabelProblem.Kind.UNKNOWN_NAME : LabelProblem.Kind.MALFORMED,
                source,
                entry,
                line,
                clip,
                scored ? what + ": " + u.instead() + ", the rest of the entry scored" : what));
      }
    }

    Optional<ClipLabel> parse(JsonNode n) {
      if (!n.isObject()) {
        problems.add(
            LabelProblem.malformed(
                source, entry, line, "an entry must be a JSON object, found " + shown(n)));
        return Optional.empty();
      }
      Optional<String> file = text(n, "file", true);
      clip = file;
      file.ifPresent(
          f -> {
            Path p = Path.of(f).normalize();
            if (f.isBlank() || p.isAbsolute() || p.startsWith("..")) {
              bad("file", "must name a video inside the videos folder, found \"" + f + "\"");
            }
          });
      Optional<LabelledView> view = choice(n, "view", LabelledView.class, true);
      Optional<String> facing = text(n, "facing", false);
      facing.ifPresent(
          f -> {
            if (!f.equals("left") && !f.equals("right")) {
              bad("facing", "must be left, right or null, found \"" + f + "\"");
            }
          });
      int reps = count(n, "reps");
      List<Span> spans = spans(n, "rep_spans_s", true);
      if (reps >= 0 && n.path("rep_spans_s").isArray() && spans.size() != reps) {
        bad("rep_spans_s", "has " + spans.size() + " spans but reps is " + reps);
      }
      List<Double> lockouts = numbers(n, "lockouts_s");
      List<Span> partials = partialPulls(n);
      Optional<ClipLabel.Variant> variant = variant(n);
      Optional<ClipLabel.FormLabel> form = choice(n, "form_label", ClipLabel.FormLabel.class, true);
      Set<LabelFault> faults = faults(n, "faults", true);
      Set<LabelFault> seen = faults(n, "faults_seen", true);
      Set<LabelFault> suspected = faults(n, "faults_suspected", false);
      boolean usable = flag(n, "usable");
      boolean negative = flag(n, "negative_case");
      if (negative && reps > 0) {
        bad("reps", "must be 0 for a negative case (no deadlift reps), found " + reps);
      }
      Optional<String> other = text(n, "other_exercise", false);
      Map<String, ClipLabel.Confidence> confidence = confidence(n);
      Optional<String> sha = text(n, "sha256", false);
      sha.ifPresent(
          s -> {
            if (!s.matches("[0-9a-f]{64}")) {
              bad("sha256", "must be 64 lower-case hex digits, found \"" + s + "\"");
            }
          });
      boolean scored = problems.isEmpty();
      sayUnknownNames(scored);
      if (!scored) {
        return Optional.empty();
      }
      return Optional.of(
          new ClipLabel(
              entry,
              line,
              file.orElseThrow(),
              view.orElseThrow(),
              facing,
              reps,
              spans,
              lockouts,
              partials,
              variant.orElseThrow(),
              form.orElseThrow(),
              faults,
              seen,
              suspected,
              usable,
              negative,
              other,
              confidence,
              sha,
              Optional.ofNullable(n.get("source"))
                  .map(src -> src.get("repo"))
                  .filter(JsonNode::isTextual)
                  .map(JsonNode::asText)
                  .orElse(ClipLabel.sourceOf(file.orElseThrow()))));
    }

    Optional<String> text(JsonNode n, String field, boolean required) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        if (required) {
          bad(field, "is required");
        }
        return Optional.empty();
      }
      if (!v.isTextual()) {
        bad(field, "must be a string, found " + shown(v));
        return Optional.empty();
      }
      return Optional.of(v.asText());
    }

    <E extends Enum<E>> Optional<E> choice(
        JsonNode n, String field, Class<E> type, boolean required) {
      Optional<String> s = text(n, field, required);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      Optional<E> known = named(type, s.get());
      if (known.isEmpty()) {
        bad(
            field,
            "must be one of " + String.join(", ", names(type)) + ", found \"" + s.get() + "\"");
      }
      return known;
    }

    /** The variant; one outside the format's list reads as {@code other}. */
    Optional<ClipLabel.Variant> variant(JsonNode n) {
      Optional<String> s = text(n, "variant", true);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      Optional<ClipLabel.Variant> known = named(ClipLabel.Variant.class, s.get());
      if (known.isEmpty()) {
        unknown("variant", "\"" + s.get() + "\"", names(ClipLabel.Variant.class), "read as other");
        return Optional.of(ClipLabel.Variant.OTHER);
      }
      return known;
    }

    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
      for (E e : type.getEnumConstants()) {
        if (label(e).equals(name)) {
          return Optional.of(e);
        }
      }
      return Optional.empty();
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
      List<String> names = new ArrayList<>();
      for (E e : type.getEnumConstants()) {
        names.add(label(e));
      }
      return names;
    }

    private static String label(Enum<?> e) {
      return e.name().toLowerCase(java.util.Locale.ROOT);
    }

    int count(JsonNode n, String field) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        bad(field, "is required");
        return -1;
      }
      if (!v.isIntegralNumber() || v.asLong() < 0 || v.asLong() > 1000) {
        bad(field, "must be a whole number from 0 to 1000, found " + shown(v));
        return -1;
      }
      return v.asInt();
    }

    boolean flag(JsonNode n, String field) {
      JsonNode v = n.get(field);
      if (v == null || !v.isBoolean()) {
        bad(
            field,
            v == null || v.isNull() ? "is required" : "must be true or false, found " + shown(v));
        return false;
      }
      return v.asBoolean();
    }

    List<Span> spans(JsonNode n, String field, boolean required) {
      JsonNode v = n.get(field);
      List<Span> out = new ArrayList<>();
      if (v == null || v.isNull()) {
        if (required) {
          bad(field, "is required");
        }
        return out;
      }
      if (!v.isArray()) {
        bad(field, "must be an array of [start, end] pairs in seconds, found " + shown(v));
        return out;
      }
      for (int i = 0; i < v.size(); i++) {
        span(v.get(i), field + "[" + i + "]").ifPresent(out::add);
      }
      return out;
    }

    Optional<Span> span(JsonNode s, String field) {
      if (!s.isArray()
          || s.size() != 2
          || !s.get(0).isNumber()
          || !s.get(1).isNumber()
          || s.get(0).asDouble() < 0
          || s.get(1).asDouble() < s.get(0).asDouble()) {
        bad(field, "must be [start, end] in seconds with 0 ≤ start ≤ end, found " + shown(s));
        return Optional.empty();
      }
      return Optional.of(new Span(s.get(0).asDouble(), s.get(1).asDouble()));
    }

    List<Double> numbers(JsonNode n, String field) {
      JsonNode v = n.get(field);
      List<Double> out = new ArrayList<>();
      if (v == null || v.isNull()) {
        return out;
      }
      if (!v.isArray()) {
        bad(field, "must be an array of times in seconds or null, found " + shown(v));
        return out;
      }
      for (int i = 0; i < v.size(); i++) {
        if (!v.get(i).isNumber() || v.get(i).asDouble() < 0) {
          bad(field + "[" + i + "]", "must be a time in seconds ≥ 0, found " + shown(v.get(i)));
        } else {
          out.add(v.get(i).asDouble());
        }
      }
      return out;
    }

    List<Span> partialPulls(JsonNode n) {
      JsonNode v = n.get("partial_pulls");
      List<Span> out = new ArrayList<>();
      if (v == null || v.isNull()) {
        return out;
      }
      if (!v.isArray()) {
        bad("partial_pulls", "must be an array of {span_s, note} objects, found " + shown(v));
        return out;
      }
      for (int i = 0; i < v.size(); i++) {
        String field = "partial_pulls[" + i + "].span_s";
        JsonNode p = v.get(i);
        if (!p.isObject() || !p.has("span_s")) {
          bad(field, "is required");
        } else {
          span(p.get("span_s"), field).ifPresent(out::add);
        }
      }
      return out;
    }

    Set<LabelFault> faults(JsonNode n, String field, boolean required) {
      JsonNode v = n.get(field);
      Set<LabelFault> out = EnumSet.noneOf(LabelFault.class);
      if (v == null || v.isNull()) {
        if (required) {
          bad(field, "is required (an empty list when none)");
        }
        return out;
      }
      if (!v.isArray()) {
        bad(field, "must be an array of fault names, found " + shown(v));
        return out;
      }
      for (int i = 0; i < v.size(); i++) {
        JsonNode f = v.get(i);
        Optional<LabelFault> parsed =
            f.isTextual() ? LabelFault.parse(f.asText()) : Optional.empty();
        if (parsed.isPresent()) {
          out.add(parsed.get());
          continue;
        }
        List<String> names = new ArrayList<>();
        for (LabelFault l : LabelFault.values()) {
          names.add(l.label());
        }
        if (f.isTextual()) {
          unknown(field + "[" + i + "]", shown(f), names, "left out");
        } else {
          bad(
              field + "[" + i + "]",
              "must be one of " + String.join(", ", names) + ", found " + shown(f));
        }
      }
      return out;
    }

    Map<String, ClipLabel.Confidence> confidence(JsonNode n) {
      JsonNode v = n.get("confidence");
      Map<String, ClipLabel.Confidence> out = new HashMap<>();
      if (v == null || v.isNull()) {
        return out;
      }
      if (!v.isObject()) {
        bad("confidence", "must be an object of field → high|medium|low|n/a, found " + shown(v));
        return out;
      }
      v.fields()
          .forEachRemaining(
              e -> {
                Optional<ClipLabel.Confidence> c =
                    switch (e.getValue().asText("")) {
                      case "high" -> Optional.of(ClipLabel.Confidence.HIGH);
                      case "medium" -> Optional.of(ClipLabel.Confidence.MEDIUM);
                      case "low" -> Optional.of(ClipLabel.Confidence.LOW);
                      case "n/a" -> Optional.of(ClipLabel.Confidence.NOT_APPLICABLE);
                      default -> Optional.empty();
                    };
                if (c.isPresent() && e.getValue().isTextual()) {
                  out.put(e.getKey(), c.get());
                } else {
                  bad(
                      "confidence." + e.getKey(),
                      "must be high, medium, low or n/a, found " + shown(e.getValue()));
                }
              });
      return out;
    }

    private static String shown(JsonNode v) {
      String s = v.toString();
      return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
  }
}
