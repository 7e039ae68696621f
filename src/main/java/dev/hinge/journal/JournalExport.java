package dev.hinge.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The journal as CSV (one row per rep) and as JSON (analyses and check-ins). */
public final class JournalExport {
  static final ObjectMapper JSON = new ObjectMapper();

  public static final String[] CSV_HEADER = {
    "analysis_id",
    "day",
    "video",
    "load_kg",
    "rep",
    "partial",
    "mean_velocity_mps",
    "peak_velocity_mps",
    "peak_moment_nm",
    "faults"
  };

  private JournalExport() {}

  public static void csv(Journal j, Appendable out) {
    // the printer is not closed: the caller owns the output (an atomic file write, or stdout)
    try {
      CSVPrinter p =
          CSVFormat.DEFAULT
              .builder()
              .setHeader(CSV_HEADER)
              .setRecordSeparator('\n')
              .build()
              .print(out);
      for (AnalysisStore.RepRow r : j.analyses().reps()) {
        p.printRecord(
            r.analysisId(),
            r.day(),
            r.videoName(),
            num(r.loadKg(), 1),
            r.rep(),
            r.partial(),
            num(r.meanVelocityMps(), 3),
            num(r.peakVelocityMps(), 3),
            num(r.peakMomentNm(), 0),
            r.faults());
      }
      p.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the CSV export: " + e.getMessage(), e);
    }
  }

  /** Analyses (with their full reports) and check-ins (answers and results). */
  public static ObjectNode json(Journal j) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", "hinge.journal/1");
    ArrayNode analyses = root.putArray("analyses");
    for (AnalysisStore.AnalysisSummary s : j.analyses().list()) {
      ObjectNode a = analyses.addObject();
      a.put("id", s.id());
      a.put("day", s.day());
      a.put("createdAt", s.createdAt());
      a.put("video", s.videoName());
      a.put("fullReps", s.fullReps());
      a.put("partialReps", s.partialReps());
      if (s.loadKg() != null) {
        a.put("loadKg", s.loadKg());
      }
      a.set("report", parse(j.analyses().json(s.id()).orElse("null")));
    }
    ArrayNode checkins = root.putArray("checkins");
    for (CheckInStore.CheckInSummary c : j.checkIns().list()) {
      ObjectNode o = checkins.addObject();
      o.put("id", c.id());
      o.put("createdAt", c.createdAt());
      o.put("disposition", c.disposition());
      o.set("answers", parse(c.answersJson()));
      o.set("result", parse(c.resultJson()));
    }
    return root;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("the journal holds invalid JSON: " + e.getMessage(), e);
    }
  }

  private static String num(Double v, int decimals) {
    return v == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
