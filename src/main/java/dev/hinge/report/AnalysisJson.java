package dev.hinge.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hinge.coaching.CameraCoach;
import dev.hinge.coaching.FormGuide;
import dev.hinge.faults.Fault;
import dev.hinge.faults.SkippedJudgement;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.load.LoadEstimate;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.RepAnalysis;
import dev.hinge.pipeline.RepComparison;
import dev.hinge.pipeline.SetSummary;
import dev.hinge.pipeline.TopFix;
import dev.hinge.pipeline.Warning;
import dev.hinge.reps.Phase;
import dev.hinge.reps.RepMetrics;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes an {@link Analysis} as {@code hinge.analysis/1} JSON (see docs/analysis.md). */
public final class AnalysisJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AnalysisJson() {}

  public static String toJson(Analysis a) {
    try {
      return JSON.writeValueAsString(tree(a));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(Analysis a, OutputStream out) {
    try {
      JSON.writeValue(new NonClosing(out), tree(a));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the analysis: " + e.getMessage(), e);
    }
  }

  public static ObjectNode tree(Analysis a) {
    Kinematics k = a.kinematics();
    ObjectNode root = JSON.createObjectNode();
    root.put("format", Analysis.FORMAT);
    ObjectNode video = root.putObject("video");
    video.put("name", a.video().name());
    video.put("durationMs", Math.round(a.video().durationMs()));
    video.put("fps", r(k.fps(), 3));
    ObjectNode view = root.putObject("view");
    view.put("kind", k.camera().view().kind().code());
    view.put("confidence", k.camera().view().confidence());
    root.put("facing", k.facing().code());
    ObjectNode scale = root.putObject("scale");
    scale.put("source", k.scale().source().code());
    scale.put("metresPerPixel", r(k.scale().metresPerPixel(), 6));
    scale.put("uncertaintyPct", k.scale().uncertaintyPct());
    scale.put("statureM", r(k.statureM(), 2));
    root.put("repCount", a.repCount());
    root.put("partialReps", a.partialReps());
    set(root.putObject("set"), a.set());
    ArrayNode reps = root.putArray("reps");
    for (RepAnalysis ra : a.reps()) {
      rep(reps.addObject(), ra, k);
    }
    ArrayNode warnings = root.putArray("warnings");
    for (Warning w : a.warnings()) {
      warnings.addObject().put("code", w.code()).put("message", w.message());
    }
    ArrayNode skipped = root.putArray("skipped");
    for (SkippedJudgement s : a.skipped()) {
      skipped.addObject().put("judgement", s.judgement()).put("reason", s.reason());
    }
    RepComparison.of(a)
        .ifPresent(
            c -> {
              ObjectNode co = root.putObject("comparison");
              co.put("bestRep", c.bestRep());
              co.put("worstRep", c.worstRep());
              co.put("why", c.why());
              ArrayNode diffs = co.putArray("differences");
              for (RepComparison.Difference d : c.differences()) {
                diffs
                    .addObject()
                    .put("metric", d.metric())
                    .put("label", d.label())
                    .put("best", r(d.best(), 3))
                    .put("worst", r(d.worst(), 3))
                    .put("unit", d.unit())
                    .put("words", d.words());
              }
            });
    List<String> filming = CameraCoach.advice(TerminalReport.cameraIssues(a));
    if (!filming.isEmpty()) {
      ArrayNode film = root.putArray("filming");
      filming.forEach(film::add);
    }
    ArrayNode fixes = root.putArray("topFixes");
    for (TopFix f : a.topFixes()) {
      ObjectNode o = fixes.addObject();
      o.put("code", f.code().name());
      ArrayNode r = o.putArray("reps");
      f.reps().forEach(r::add);
      o.put("cue", f.cue());
      FormGuide.Drill first = FormGuide.standard().entry(f.code()).firstDrill();
      o.putObject("firstDrill")
          .put("name", first.name())
          .put("how", first.how())
          .put("dose", first.dose());
    }
    return root;
  }

  private static void set(ObjectNode o, SetSummary s) {
    o.put("meanConcentricVelocityMps", s.meanConcentricVelocityMps());
    o.put("bestConcentricVelocityMps", s.bestConcentricVelocityMps());
    o.put("velocityLossPct", s.velocityLossPct());
    o.put("techniqueDecay", s.techniqueDecay());
    o.put("meanConcentricMs", s.meanConcentricMs());
    o.put("meanEccentricMs", s.meanEccentricMs());
    // no figures where no rep's camera let the back's load be estimated (a front view)
    if (s.lumbarLoadEstimated()) {
      o.put("peakLumbarMomentNm", s.peakLumbarMomentNm());
      o.put("peakLumbarCompressionN", s.peakLumbarCompressionN());
      o.put("cumulativeLumbarImpulseNms", s.cumulativeLumbarImpulseNms());
    } else {
      o.putNull("peakLumbarMomentNm");
      o.putNull("peakLumbarCompressionN");
      o.putNull("cumulativeLumbarImpulseNms");
    }
    o.put("barLoadIncluded", s.barLoadIncluded());
  }

  private static void rep(ObjectNode o, RepAnalysis ra, Kinematics k) {
    o.put("index", ra.rep().index());
    o.put("view", ra.view().code());
    o.put("startMs", Math.round(k.t(ra.rep().startFrame())));
    o.put("endMs", Math.round(k.t(ra.rep().endFrame())));
    o.put("partial", ra.rep().partial());
    if (ra.rep().missed()) {
      o.put("missed", true);
    }
    if (!ra.rep().lockoutSeen()) {
      o.put("lockoutSeen", false);
    }
    ra.rep().partialReason().ifPresent(r -> o.put("partialReason", r));
    ArrayNode phases = o.putArray("phases");
    for (Phase p : ra.rep().phases()) {
      phases
          .addObject()
          .put("name", p.name().code())
          .put("startMs", Math.round(p.startMs()))
          .put("endMs", Math.round(p.endMs()))
          .put("startFrame", p.startFrame())
          .put("endFrame", p.endFrame());
    }
    RepMetrics m = ra.metrics();
    ObjectNode mo = o.putObject("metrics");
    mo.put("concentricMs", Math.round(m.concentricMs()));
    if (m.eccentricMs().isPresent()) {
      mo.put("eccentricMs", Math.round(m.eccentricMs().getAsDouble()));
    } else {
      mo.putNull("eccentricMs");
    }
    mo.put("meanConcentricVelocityMps", r(m.meanConcentricVelocityMps(), 3));
    mo.put("peakConcentricVelocityMps", r(m.peakConcentricVelocityMps(), 3));
    mo.put("barRiseM", r(m.barRiseM(), 3));
    mo.put("trunkAngleFloorDeg", r(m.trunkAngleFloorDeg(), 1));
    mo.put("trunkAngleLockoutDeg", r(m.trunkAngleLockoutDeg(), 1));
    mo.put("kneeAngleStartDeg", r(m.kneeAngleStartDeg(), 1));
    mo.put("thighElevationStartDeg", r(m.thighElevationStartDeg(), 1));
    mo.put("hipAngleStartDeg", r(m.hipAngleStartDeg(), 1));
    mo.put("hipShoulderRiseRatio", r(m.hipShoulderRiseRatio(), 2));
    mo.put("trunkAngleChangeEarlyDeg", r(m.trunkAngleChangeEarlyDeg(), 1));
    mo.put("barDriftCm", r(m.barDriftCm(), 1));
    mo.put("floorBreakAccelerationMps2", r(m.floorBreakAccelerationMps2(), 2));
    mo.put("floorBreakSpeedRatio", r(m.floorBreakSpeedRatio(), 2));
    mo.put("headAngleDeg", r(m.headAngleDeg(), 1));
    mo.put("trunkChordRatio", r(m.trunkChordRatio(), 3));
    mo.put("trunkAngleKneeDeg", r(m.trunkAngleKneeDeg(), 1));
    mo.put("leanBackPeakDeg", r(m.leanBackPeakDeg(), 1));
    mo.put("leanBackFromLegsDeg", r(m.leanBackFromLegsDeg(), 1));
    mo.put("legLineTopDeg", r(m.legLineTopDeg(), 1));
    mo.put("hipAngleTopDeg", r(m.hipAngleTopDeg(), 1));
    mo.put("thighElevationSetupMinDeg", r(m.thighElevationSetupMinDeg(), 1));
    mo.put("setupHandsSeenShare", r(m.setupHandsSeenShare(), 2));
    mo.put("barExcursionCm", r(m.barExcursionCm(), 1));
    mo.put("handsSeenShare", r(m.handsSeenShare(), 2));
    LoadEstimate l = ra.load();
    ObjectNode lo = o.putObject("load");
    if (l.estimated()) {
      lo.put("peakMomentNm", l.peakMomentNm());
      lo.put("peakCompressionN", l.peakCompressionN());
      lo.put("momentAtFloorBreakNm", l.momentAtFloorBreakNm());
      lo.put("impulseNms", l.impulseNms());
      lo.put("uncertaintyPct", l.uncertaintyPct());
    } else {
      for (String field :
          List.of(
              "peakMomentNm",
              "peakCompressionN",
              "momentAtFloorBreakNm",
              "impulseNms",
              "uncertaintyPct")) {
        lo.putNull(field);
      }
      lo.put("notEstimated", l.notEstimated().get());
    }
    lo.put("barIncluded", l.barIncluded());
    lo.put("bodyMassKg", l.bodyMassKg());
    lo.put("bodyMassEstimated", l.bodyMassEstimated());
    ArrayNode faults = o.putArray("faults");
    for (Fault f : ra.faults()) {
      ObjectNode fo = faults.addObject();
      fo.put("code", f.code().name());
      fo.put("severity", f.severity().code());
      fo.put("confidence", f.confidence());
      fo.put("phase", f.phase().code());
      ObjectNode ev = fo.putObject("evidence");
      ev.put("metric", f.evidence().metric());
      ev.put("value", f.evidence().value());
      ev.put("threshold", f.evidence().threshold());
      ev.putArray("frames").add(f.evidence().fromFrame()).add(f.evidence().toFrame());
      fo.put("cue", f.cue());
      fo.put("cause", f.cause());
      guide(fo.putObject("guide"), FormGuide.standard().entry(f.code()));
    }
  }

  /** A fault's form guide: what it is, why it loads the back, the cue, drills, sources. */
  static void guide(ObjectNode g, FormGuide.Entry e) {
    g.put("title", e.title());
    g.put("what", e.what());
    g.put("why", e.why());
    g.put("cue", e.cue());
    ArrayNode drills = g.putArray("drills");
    for (FormGuide.Drill d : e.drills()) {
      drills.addObject().put("name", d.name()).put("how", d.how()).put("dose", d.dose());
    }
    g.put("dropLoad", e.dropLoad());
    ArrayNode sources = g.putArray("sources");
    for (FormGuide.Source src : e.sources()) {
      sources.addObject().put("id", src.id()).put("citation", src.citation());
    }
  }

  static double r(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }

  /** Jackson closes the stream it writes to; the caller owns it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
