package dev.hinge.triage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hinge.triage.Vocabulary.RedFlag;

/** A mutable check-in JSON for tests, starting from classic DOMS with every red flag "no". */
public final class Answers {
  static final ObjectMapper JSON = new ObjectMapper();
  final ObjectNode root;

  private Answers(ObjectNode root) {
    this.root = root;
  }

  public static Answers doms() {
    ObjectNode a = JSON.createObjectNode();
    a.put("age", 30)
        .put("sex", "male")
        .put("hoursSinceTraining", 30)
        .put("onset", "after_session")
        .put("suddenSharpOnset", false);
    a.putArray("areas").add("hamstrings").add("glutes");
    a.put("side", "both").put("pain", 4);
    a.putArray("character").add("aching").add("stiff");
    a.putObject("leg")
        .put("painBelowKnee", false)
        .put("sides", "none")
        .put("numbness", false)
        .put("weakness", "none")
        .put("footDrop", false);
    ObjectNode f = a.putObject("redFlags");
    for (RedFlag r : RedFlag.values()) {
      f.put(r.field(), false);
    }
    a.put("trend", "same")
        .put("daysSinceOnset", 1)
        .put("easesWithMovement", true)
        .put("canWalkNormally", true)
        .put("previousEpisodes", 0);
    return new Answers(a);
  }

  /** Lower-back soreness the day after deadlifts: PAT-BACK-OVERLOAD. */
  public static Answers backOverload() {
    return doms().areas("lower_back").set("side", "central").set("hoursSinceTraining", 36);
  }

  /** A sudden sharp pain at one moment of a lift, today: PAT-STRAIN. */
  public static Answers strain() {
    return doms()
        .set("onset", "during_lift")
        .set("suddenSharpOnset", true)
        .areas("lower_back")
        .set("side", "right")
        .character("sharp", "aching")
        .set("pain", 6)
        .set("hoursSinceTraining", 4)
        .set("daysSinceOnset", 0);
  }

  /** Pain shooting below the knee in one leg, 5/10, steady for six days: PAT-RADICULAR-MILD. */
  public static Answers sciatica() {
    return doms()
        .areas("lower_back", "leg_below_knee")
        .set("side", "left")
        .character("shooting", "aching")
        .set("pain", 5)
        .leg(true, "left", false, "none", false)
        .set("hoursSinceTraining", 150)
        .set("daysSinceOnset", 6);
  }

  /** Days since the symptoms began, keeping the session the same hours before they began. */
  Answers days(double days) {
    double delay =
        root.get("hoursSinceTraining").isNull()
            ? 0
            : root.get("hoursSinceTraining").asDouble()
                - 24 * root.get("daysSinceOnset").asDouble();
    set("daysSinceOnset", days);
    if (!root.get("hoursSinceTraining").isNull()) {
      set("hoursSinceTraining", Math.max(0, delay + 24 * days));
    }
    return this;
  }

  public Answers flag(RedFlag f) {
    ((ObjectNode) root.get("redFlags")).put(f.field(), true);
    return this;
  }

  public Answers set(String field, Object value) {
    if (value instanceof Integer i) {
      root.put(field, i);
    } else if (value instanceof Boolean b) {
      root.put(field, b);
    } else if (value instanceof Double d) {
      root.put(field, d);
    } else if (value == null) {
      root.putNull(field);
    } else {
      root.put(field, value.toString());
    }
    return this;
  }

  public Answers areas(String... areas) {
    var arr = root.putArray("areas");
    for (String s : areas) {
      arr.add(s);
    }
    return this;
  }

  public Answers character(String... chars) {
    var arr = root.putArray("character");
    for (String s : chars) {
      arr.add(s);
    }
    return this;
  }

  public Answers leg(
      boolean belowKnee, String sides, boolean numb, String weakness, boolean footDrop) {
    root.putObject("leg")
        .put("painBelowKnee", belowKnee)
        .put("sides", sides)
        .put("numbness", numb)
        .put("weakness", weakness)
        .put("footDrop", footDrop);
    return this;
  }

  public String json() {
    return root.toString();
  }

  CheckIn checkIn() {
    return CheckInParser.parse(json());
  }

  TriageResult triage() {
    return new TriageEngine().evaluate(checkIn(), TrainingContext.none());
  }
}
