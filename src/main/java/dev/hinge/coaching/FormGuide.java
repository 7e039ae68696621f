package dev.hinge.coaching;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hinge.faults.FaultCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The form guide: one {@link Entry} per fault code, the set-up checklist, and the sources. */
public final class FormGuide {
  /** A reference the guide's content rests on. */
  public record Source(String id, String citation) {}

  /** One step of the set-up checklist. */
  public record Step(String step, String how) {}

  /** A drill: what to do, and how much of it. */
  public record Drill(String name, String how, String dose) {}

  /**
   * One fault's guide. The cue is the fault rule's ({@link FaultCode#cue()}), not repeated here.
   */
  public record Entry(
      FaultCode code,
      String title,
      String what,
      String why,
      List<Drill> drills,
      String dropLoad,
      List<Source> sources) {
    public String cue() {
      return code.cue();
    }

    /** The drill to start with. */
    public Drill firstDrill() {
      return drills.get(0);
    }
  }

  private record RawEntry(
      String code,
      String title,
      String what,
      String why,
      List<Drill> drills,
      String dropLoad,
      List<String> sources) {}

  private record Raw(
      String format, List<Source> sources, List<Step> checklist, List<RawEntry> faults) {}

  private static final String RESOURCE = "coaching/guide.json";
  private static final FormGuide STANDARD = load();

  private final Map<FaultCode, Entry> entries;
  private final List<Step> checklist;
  private final List<Source> sources;

  private FormGuide(Map<FaultCode, Entry> entries, List<Step> checklist, List<Source> sources) {
    this.entries = entries;
    this.checklist = List.copyOf(checklist);
    this.sources = List.copyOf(sources);
  }

  /** The guide Hinge ships. */
  public static FormGuide standard() {
    return STANDARD;
  }

  /** The guide for {@code code}: every code has one. */
  public Entry entry(FaultCode code) {
    Entry e = entries.get(code);
    if (e == null) {
      throw new IllegalStateException("no form guide for " + code + " in " + RESOURCE);
    }
    return e;
  }

  /** The guides in the fault codes' order. */
  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  public List<Step> checklist() {
    return checklist;
  }

  public List<Source> sources() {
    return sources;
  }

  /** Reads and checks the resource: a code, a source or a field that is missing fails here. */
  static FormGuide load() {
    ObjectMapper json =
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    Raw raw;
    try (InputStream in = FormGuide.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      raw = json.readValue(in, Raw.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    Map<String, Source> byId = new LinkedHashMap<>();
    for (Source s : raw.sources()) {
      byId.put(s.id(), s);
    }
    Map<FaultCode, Entry> entries = new EnumMap<>(FaultCode.class);
    for (RawEntry r : raw.faults()) {
      FaultCode code =
          FaultCode.named(r.code())
              .orElseThrow(
                  () -> new IllegalStateException(RESOURCE + ": no fault code " + r.code()));
      List<Source> cited = new ArrayList<>();
      for (String id : r.sources()) {
        Source s = byId.get(id);
        if (s == null) {
          throw new IllegalStateException(RESOURCE + ": " + r.code() + " cites unknown " + id);
        }
        cited.add(s);
      }
      entries.put(
          code,
          new Entry(
              code,
              r.title(),
              r.what(),
              r.why(),
              List.copyOf(r.drills()),
              r.dropLoad(),
              List.copyOf(cited)));
    }
    return new FormGuide(entries, raw.checklist(), raw.sources());
  }
}
