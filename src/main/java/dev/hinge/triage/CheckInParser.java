package dev.hinge.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hinge.core.StrictJson;
import dev.hinge.triage.CheckIn.Leg;
import dev.hinge.triage.Vocabulary.Area;
import dev.hinge.triage.Vocabulary.Character;
import dev.hinge.triage.Vocabulary.LegSides;
import dev.hinge.triage.Vocabulary.Onset;
import dev.hinge.triage.Vocabulary.RedFlag;
import dev.hinge.triage.Vocabulary.Sex;
import dev.hinge.triage.Vocabulary.Side;
import dev.hinge.triage.Vocabulary.Trend;
import dev.hinge.triage.Vocabulary.Weakness;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads and validates check-in answers (CHECKIN-SCHEMA.md). Every problem is collected, each naming
 * the field and the value found: missing answers (a missing red-flag answer is never taken as
 * "no"), wrong types, out-of-range values, unknown fields (with the likely intended name) and
 * contradictions between answers.
 */
public final class CheckInParser {
  /** NICE NG59 covers over-16s; 110 is the schema's upper bound. */
  static final int MIN_AGE = 16;

  static final int MAX_AGE = 110;

  /**
   * The schema bounds times only below ("≥ 0"); anything up to a lifetime (the oldest age taken) is
   * accepted, so that an old injury's story is never refused, and only a value no life can hold is
   * named as wrong.
   */
  static final int LIFETIME_DAYS = 366 * MAX_AGE;

  private static final List<String> TOP =
      List.of(
          "age",
          "sex",
          "hoursSinceTraining",
          "onset",
          "suddenSharpOnset",
          "areas",
          "side",
          "pain",
          "character",
          "leg",
          "redFlags",
          "trend",
          "daysSinceOnset",
          "easesWithMovement",
          "canWalkNormally",
          "previousEpisodes");
  private static final List<String> LEG =
      List.of("painBelowKnee", "sides", "numbness", "weakness", "footDrop");

  private final List<FieldError> errors = new ArrayList<>();

  private CheckInParser() {}

  /**
   * Parses a JSON document; throws {@link CheckInValidationException} listing every problem. The
   * document is read by {@link StrictJson}: numbers as written, duplicate keys and oversized or
   * over-nested input refused with one line naming where.
   */
  public static CheckIn parse(String json) {
    JsonNode root;
    try {
      // a byte-order mark, as some Windows editors write, is not part of the JSON
      root = StrictJson.read(json.startsWith("\uFEFF") ? json.substring(1) : json);
    } catch (StrictJson.MalformedJsonException e) {
      throw new CheckInValidationException(List.of(new FieldError("$", e.getMessage())));
    }
    return parse(root);
  }

  public static CheckIn parse(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new CheckInValidationException(
          List.of(
              new FieldError(
                  "$",
                  "the answers must be a JSON object, found "
                      + (root == null || root.isMissingNode()
                          ? "nothing"
                          : root.getNodeType().name().toLowerCase(Locale.ROOT)))));
    }
    return new CheckInParser().read((ObjectNode) root);
  }

  private CheckIn read(ObjectNode root) {
    unknownFields(root, "", TOP);
    Integer age = age(root);
    Optional<Sex> sex = Optional.empty();
    if (root.has("sex") && !root.get("sex").isNull()) {
      sex = Optional.ofNullable(enumValue(root, "sex", Sex.class, false));
    }
    OptionalDouble hours = OptionalDouble.empty();
    if (!root.has("hoursSinceTraining")) {
      missing(
          "hoursSinceTraining", "hours since your last session, or null if not linked to training");
    } else if (!root.get("hoursSinceTraining").isNull()) {
      Double h = number(root, "hoursSinceTraining", 0, 24 * LIFETIME_DAYS, true);
      hours = h == null ? OptionalDouble.empty() : OptionalDouble.of(h);
    }
    Onset onset = enumValue(root, "onset", Onset.class, true);
    Boolean sudden = bool(root, "suddenSharpOnset", "");
    List<Area> areas = enumList(root, "areas", Area.class, true);
    Side side = enumValue(root, "side", Side.class, true);
    Integer pain = integer(root, "pain", 0, 10, true);
    List<Character> character = enumList(root, "character", Character.class, false);
    Leg leg = leg(root);
    Map<RedFlag, Boolean> flags = redFlags(root);
    Trend trend = enumValue(root, "trend", Trend.class, true);
    Double days = number(root, "daysSinceOnset", 0, LIFETIME_DAYS, true);
    Boolean eases = bool(root, "easesWithMovement", "");
    Boolean walks = bool(root, "canWalkNormally", "");
    Integer episodes =
        root.has("previousEpisodes")
            ? integer(root, "previousEpisodes", 0, 1_000_000, false)
            : Integer.valueOf(0);

    if (leg != null && areas != null) {
      boolean belowKneeArea = areas.contains(Area.LEG_BELOW_KNEE);
      if (belowKneeArea && !leg.anySymptom()) {
        error(
            "areas",
            "lists leg_below_knee but leg reports no pain below the knee, numbness or weakness (contradicts leg)");
      }
    }
    if (!errors.isEmpty()) {
      throw new CheckInValidationException(errors);
    }
    Set<Character> chars = character.isEmpty() ? Set.of() : EnumSet.copyOf(character);
    return new CheckIn(
        age, sex, hours, onset, sudden, areas, side, pain, chars, leg, flags, trend, days, eases,
        walks, episodes);
  }

  private Leg leg(ObjectNode root) {
    JsonNode n = root.get("leg");
    if (n == null || n.isNull()) {
      missing("leg", "the leg questions (painBelowKnee, sides, numbness, weakness, footDrop)");
      return null;
    }
    if (!n.isObject()) {
      error("leg", "must be an object, found " + describe(n));
      return null;
    }
    ObjectNode o = (ObjectNode) n;
    unknownFields(o, "leg.", LEG);
    Boolean below = bool(o, "painBelowKnee", "leg.");
    LegSides sides = enumValue(o, "sides", LegSides.class, true, "leg.");
    Boolean numb = bool(o, "numbness", "leg.");
    Weakness weak = enumValue(o, "weakness", Weakness.class, true, "leg.");
    Boolean drop = bool(o, "footDrop", "leg.");
    if (below == null || sides == null || numb == null || weak == null || drop == null) {
      return null;
    }
    Leg leg = new Leg(below, sides, numb, weak, drop);
    if (leg.anySymptom() && sides == LegSides.NONE) {
      error(
          "leg.sides",
          "is \"none\" but a leg symptom is reported (painBelowKnee="
              + below
              + ", numbness="
              + numb
              + ", weakness="
              + weak.wire()
              + ", footDrop="
              + drop
              + "); say which leg");
    } else if (!leg.anySymptom() && sides != LegSides.NONE) {
      error(
          "leg.sides",
          "is \""
              + sides.wire()
              + "\" but no leg symptom is reported (painBelowKnee, numbness, "
              + "weakness and footDrop are all no); use \"none\" or answer the leg questions");
    }
    return leg;
  }

  private Map<RedFlag, Boolean> redFlags(ObjectNode root) {
    JsonNode n = root.get("redFlags");
    Map<RedFlag, Boolean> out = new EnumMap<>(RedFlag.class);
    List<String> names = new ArrayList<>();
    for (RedFlag f : RedFlag.values()) {
      names.add(f.field());
    }
    if (n == null || n.isNull()) {
      error(
          "redFlags",
          "missing: every red-flag question must be answered (unanswered is never \"no\"): "
              + String.join(", ", names));
      return out;
    }
    if (!n.isObject()) {
      error(
          "redFlags",
          "must be an object of " + names.size() + " yes/no answers, found " + describe(n));
      return out;
    }
    ObjectNode o = (ObjectNode) n;
    unknownFields(o, "redFlags.", names);
    List<String> missing = new ArrayList<>();
    for (RedFlag f : RedFlag.values()) {
      JsonNode v = o.get(f.field());
      if (v == null || v.isNull()) {
        missing.add(f.field());
      } else if (!v.isBoolean()) {
        error("redFlags." + f.field(), "must be true or false, found " + describe(v));
      } else {
        out.put(f, v.booleanValue());
      }
    }
    if (!missing.isEmpty()) {
      error(
          "redFlags",
          "unanswered red-flag question"
              + (missing.size() == 1 ? "" : "s")
              + " (unanswered is never \"no\"): "
              + String.join(", ", missing));
    }
    return out;
  }

  private void unknownFields(ObjectNode o, String prefix, List<String> known) {
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!known.contains(name)) {
        String hint = closest(name, known).map(k -> "; did you mean " + k + "?").orElse("");
        error(prefix + StrictJson.shorten(name), "unknown field" + hint);
      }
    }
  }

  /** The known name within edit distance 3 (or case-insensitively equal), if any. */
  static Optional<String> closest(String name, List<String> known) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    for (String k : known) {
      int d =
          k.equalsIgnoreCase(name)
              ? 0
              : distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    return bestD <= Math.max(2, Math.min(3, name.length() / 4))
        ? Optional.ofNullable(best)
        : Optional.empty();
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private Integer age(ObjectNode root) {
    JsonNode v = root.get("age");
    if (v == null || v.isNull()) {
      missing("age", StrictJson.wholeNumberRule(MIN_AGE, MAX_AGE));
      return null;
    }
    Optional<Long> young = StrictJson.wholeNumber(v, 0, MIN_AGE - 1);
    if (young.isPresent()) {
      error(
          "age",
          young.get()
              + ": Hinge's check-in is for people aged 16 and over (the guidelines it follows are"
              + " for adults); please see a clinician");
      return null;
    }
    return integer(root, "age", MIN_AGE, MAX_AGE, true);
  }

  private Integer integer(ObjectNode o, String f, int min, int max, boolean required) {
    JsonNode v = o.get(f);
    if (v == null || v.isNull()) {
      if (required) {
        missing(f, StrictJson.wholeNumberRule(min, max));
      }
      return null;
    }
    Optional<Long> x = StrictJson.wholeNumber(v, min, max);
    if (x.isEmpty()) {
      error(f, StrictJson.shown(v) + " is not " + StrictJson.wholeNumberRule(min, max));
      return null;
    }
    return Math.toIntExact(x.get());
  }

  private Double number(ObjectNode o, String f, double min, double max, boolean required) {
    JsonNode v = o.get(f);
    if (v == null || v.isNull()) {
      if (required) {
        missing(f, StrictJson.numberRule(min, max));
      }
      return null;
    }
    Optional<Double> x = StrictJson.number(v, min, max);
    if (x.isEmpty()) {
      error(f, StrictJson.shown(v) + " is not " + StrictJson.numberRule(min, max));
      return null;
    }
    return x.get();
  }

  private Boolean bool(ObjectNode o, String f, String prefix) {
    JsonNode v = o.get(f);
    if (v == null || v.isNull()) {
      missing(prefix + f, "true or false");
      return null;
    }
    if (!v.isBoolean()) {
      error(prefix + f, "must be true or false, found " + describe(v));
      return null;
    }
    return v.booleanValue();
  }

  private <E extends Enum<E> & Vocabulary.Wire> E enumValue(
      ObjectNode o, String f, Class<E> type, boolean required) {
    return enumValue(o, f, type, required, "");
  }

  private <E extends Enum<E> & Vocabulary.Wire> E enumValue(
      ObjectNode o, String f, Class<E> type, boolean required, String prefix) {
    JsonNode v = o.get(f);
    if (v == null || v.isNull()) {
      if (required) {
        missing(prefix + f, "one of " + allowed(type));
      }
      return null;
    }
    return enumOf(v, prefix + f, type);
  }

  private <E extends Enum<E> & Vocabulary.Wire> E enumOf(JsonNode v, String field, Class<E> type) {
    if (!v.isTextual()) {
      error(field, "must be one of " + allowed(type) + ", found " + describe(v));
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.wire().equals(v.asText())) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.wire());
    }
    String hint = closest(v.asText(), names).map(k -> "; did you mean \"" + k + "\"?").orElse("");
    error(field, "must be one of " + allowed(type) + ", found " + describe(v) + hint);
    return null;
  }

  private <E extends Enum<E> & Vocabulary.Wire> List<E> enumList(
      ObjectNode o, String f, Class<E> type, boolean nonEmpty) {
    JsonNode v = o.get(f);
    if (v == null || v.isNull()) {
      missing(f, "a list of " + allowed(type) + (nonEmpty ? "" : " (may be empty)"));
      return null;
    }
    if (!v.isArray()) {
      error(f, "must be a list, found " + describe(v));
      return null;
    }
    List<E> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      E e = enumOf(v.get(i), f + "[" + i + "]", type);
      if (e != null && out.contains(e)) {
        error(f, "lists \"" + e.wire() + "\" twice; name each once");
      } else if (e != null) {
        out.add(e);
      }
    }
    if (nonEmpty && v.size() == 0) {
      error(f, "must name at least one place that hurts, found an empty list");
    }
    return out;
  }

  private static <E extends Enum<E> & Vocabulary.Wire> String allowed(Class<E> type) {
    StringBuilder b = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      b.append(b.length() == 0 ? "" : ", ").append(e.wire());
    }
    return b.toString();
  }

  private void missing(String f, String expected) {
    error(f, "missing: expected " + expected);
  }

  private void error(String f, String message) {
    errors.add(new FieldError(f, message));
  }

  private static String describe(JsonNode v) {
    return StrictJson.shown(v);
  }
}
