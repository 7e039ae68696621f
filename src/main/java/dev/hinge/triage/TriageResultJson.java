package dev.hinge.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** The result as CHECKIN-SCHEMA.md's output JSON. */
public final class TriageResultJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TriageResultJson() {}

  public static JsonNode toNode(TriageResult r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("disposition", r.disposition().name());
    ArrayNode reasons = o.putArray("reasons");
    for (TriageResult.Reason x : r.reasons()) {
      reasons
          .addObject()
          .put("rule", x.rule())
          .put("evidence", x.evidence())
          .put("sources", x.sources())
          .put("disposition", x.disposition().name());
    }
    o.put("likelyPattern", r.likelyPattern().name());
    ArrayNode advice = o.putArray("advice");
    r.advice().forEach(advice::add);
    if (r.recheckInDays().isPresent()) {
      o.put("recheckInDays", r.recheckInDays().getAsInt());
    } else {
      o.putNull("recheckInDays");
    }
    o.put("formWarning", r.formWarning());
    if (r.linkedSession().isPresent()) {
      TriageResult.LinkedSession s = r.linkedSession().get();
      ObjectNode l = o.putObject("linkedSession");
      l.put("analysisId", s.analysisId())
          .put("label", s.label())
          .put("performedAt", s.performedAt().toString());
      ArrayNode faults = l.putArray("faults");
      for (TrainingContext.RepFault f : s.faults()) {
        ObjectNode fo = faults.addObject().put("code", f.code());
        ArrayNode reps = fo.putArray("reps");
        f.reps().forEach(reps::add);
      }
    } else {
      o.putNull("linkedSession");
    }
    o.put("antiInflammatoryMentioned", r.antiInflammatoryMentioned());
    o.put("disclaimer", r.disclaimer());
    return o;
  }

  public static String toJson(TriageResult r) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toNode(r));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
