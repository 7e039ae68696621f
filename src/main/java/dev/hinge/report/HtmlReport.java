package dev.hinge.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hinge.coaching.CameraCoach;
import dev.hinge.faults.Fault;
import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.RepAnalysis;
import dev.hinge.pipeline.RepComparison;
import dev.hinge.pose.PoseTrack;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One self-contained HTML file: Chart.js (from its WebJar, inlined) draws hip and shoulder height,
 * trunk angle, bar path and velocity per rep; the analysis JSON is embedded; with a {@link
 * KeyFrameSource} each fault gets its key frame with the skeleton drawn on it.
 */
public final class HtmlReport {
  static final String CHART_JS = "/META-INF/resources/webjars/chart.js/4.4.7/dist/chart.umd.js";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_POINTS = 1500;

  private HtmlReport() {}

  public static void write(
      Analysis a, Optional<PoseTrack> track, KeyFrameSource frames, OutputStream out) {
    write(a, track, frames, Optional.empty(), out);
  }

  /** As above, with a link to the annotated video at {@code videoHref}. */
  public static void write(
      Analysis a,
      Optional<PoseTrack> track,
      KeyFrameSource frames,
      Optional<String> videoHref,
      OutputStream out) {
    try {
      out.write(render(a, track, frames, videoHref).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the HTML report: " + e.getMessage(), e);
    }
  }

  public static String render(Analysis a, Optional<PoseTrack> track, KeyFrameSource frames) {
    return render(a, track, frames, Optional.empty());
  }

  public static String render(
      Analysis a, Optional<PoseTrack> track, KeyFrameSource frames, Optional<String> videoHref) {
    ObjectNode data = JSON.createObjectNode();
    data.set("analysis", AnalysisJson.tree(a));
    data.set("series", series(a.kinematics()));
    StringBuilder keyFrames = new StringBuilder();
    Kinematics k = a.kinematics();
    for (RepAnalysis r : a.reps()) {
      for (Fault f : r.faults()) {
        int frame = Math.max(0, (f.evidence().fromFrame() + f.evidence().toFrame()) / 2);
        List<String> caption =
            List.of(
                String.format(
                    Locale.ROOT,
                    "rep %d %s (%s): %s %s vs %s",
                    r.rep().index(),
                    f.code().name(),
                    f.severity().code(),
                    f.evidence().metric(),
                    num(f.evidence().value()),
                    num(f.evidence().threshold())));
        Optional<Integer> riseFrom =
            f.code() == dev.hinge.faults.FaultCode.HIPS_SHOOT_UP
                ? Optional.of(r.rep().floorBreakFrame())
                : Optional.empty();
        figure(
            keyFrames,
            frames,
            track,
            k,
            frame,
            f.code() == dev.hinge.faults.FaultCode.HEAD_POSITION,
            riseFrom,
            caption,
            "rep " + r.rep().index() + " " + f.code().name(),
            "rep "
                + r.rep().index()
                + " — "
                + f.code().name()
                + " ("
                + f.severity().code()
                + "), frame "
                + frame);
      }
    }
    // the best rep's floor break, bar at the knee and lockout, measured the same way: a clean set
    // has key frames too
    RepComparison.best(a)
        .ifPresent(
            r -> {
              int[] at = moments(r);
              for (int m = 0; m < MOMENTS.length; m++) {
                String what = "best rep (" + r.rep().index() + "): " + MOMENTS[m];
                figure(
                    keyFrames,
                    frames,
                    track,
                    k,
                    at[m],
                    false,
                    Optional.empty(),
                    List.of(what),
                    what,
                    what + ", frame " + at[m]);
              }
            });
    StringBuilder pair = new StringBuilder();
    RepComparison.of(a).ifPresent(c -> comparison(pair, a, c, track, frames));
    String dataJson;
    try {
      dataJson = scriptSafe(JSON.writeValueAsString(data));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String title = escape(a.video().name());
    return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Hinge — "
        + title
        + "</title>\n<style>"
        + STYLE
        + "</style>\n<script>"
        + chartJs()
        + "</script>\n</head><body>\n<h1>Deadlift analysis — "
        + title
        + "</h1>\n<div id=\"summary\"></div>\n"
        + videoHref
            .map(
                h ->
                    "<p><a id=\"annotated-video\" href=\""
                        + escape(h)
                        + "\" download>Download the annotated video</a> (skeleton, bar path,"
                        + " reps, angles and findings drawn on the set)</p>\n")
            .orElse("")
        + "<h2>Reps</h2><table id=\"reps\"></table>\n"
        + "<h2>What to fix first</h2><ol id=\"fixes\"></ol>\n"
        + "<div class=\"charts\">"
        + "<figure><canvas id=\"heights\"></canvas><figcaption>Hip and shoulder height</figcaption></figure>"
        + "<figure><canvas id=\"trunk\"></canvas><figcaption>Trunk angle from vertical</figcaption></figure>"
        + "<figure><canvas id=\"barpath\"></canvas><figcaption>Bar path (hands) against mid-foot</figcaption></figure>"
        + "<figure><canvas id=\"velocity\"></canvas><figcaption>Concentric velocity per rep</figcaption></figure>"
        + "</div>\n"
        + (pair.length() == 0 ? "" : "<h2>Best rep against worst</h2>" + pair)
        + filming(a)
        + "<h2>Key frames</h2><div class=\"frames\">"
        + (keyFrames.length() == 0
            ? (frames == KeyFrameSource.NONE
                ? "<p>No key frames: the video was not available to this report (an analysis of a"
                    + " saved pose track).</p>"
                : "<p>No key frames: no full rep to show.</p>")
            : keyFrames)
        + "</div>\n<h2>Notes</h2><ul id=\"notes\"></ul>\n"
        + "<p class=\"small\">Hinge estimates; it does not diagnose. Back-load figures are"
        + " rough and only meant to compare reps and sessions.</p>\n"
        + "<script id=\"data\" type=\"application/json\">"
        + dataJson
        + "</script>\n<script>"
        + SCRIPT
        + "</script>\n</body></html>\n";
  }

  /**
   * The best and the worst rep: why, the differences in words, and both skeletons at the floor
   * break, the bar at the knee and lockout (the best's frame, the worst drawn over it in red).
   */
  private static void comparison(
      StringBuilder out,
      Analysis a,
      RepComparison.Comparison c,
      Optional<PoseTrack> track,
      KeyFrameSource frames) {
    out.append("<p id=\"comparison\">Rep ")
        .append(c.bestRep())
        .append(" (green) against rep ")
        .append(c.worstRep())
        .append(" (red): ")
        .append(escape(c.why()))
        .append(".</p><ul>");
    for (RepComparison.Difference d : c.differences()) {
      out.append("<li>").append(escape(d.words())).append("</li>");
    }
    out.append("</ul><div class=\"frames\">");
    RepAnalysis best =
        a.reps().stream().filter(r -> r.rep().index() == c.bestRep()).findFirst().orElseThrow();
    RepAnalysis worst =
        a.reps().stream().filter(r -> r.rep().index() == c.worstRep()).findFirst().orElseThrow();
    int[] b = moments(best);
    int[] w = moments(worst);
    for (int m = 0; m < 3; m++) {
      int bf = b[m];
      int wf = w[m];
      String caption =
          MOMENTS[m] + ": rep " + c.bestRep() + " (green), rep " + c.worstRep() + " (red)";
      Optional<byte[]> img =
          track
              .filter(t -> bf < t.frames().size() && wf < t.frames().size())
              .flatMap(
                  t ->
                      frames
                          .frame(bf)
                          .flatMap(
                              bytes ->
                                  KeyFrameRenderer.renderPair(
                                      bytes,
                                      t.frames().get(bf),
                                      t.frames().get(wf),
                                      List.of(caption))));
      img.ifPresent(bytes -> appendFigure(out, caption, bytes, caption));
    }
    out.append("</div>\n");
  }

  /** The three moments of a rep the key frames show. */
  private static final String[] MOMENTS = {"floor break", "bar at the knee", "lockout"};

  /** A rep's floor break, bar at the knee and lockout frames. */
  static int[] moments(RepAnalysis r) {
    int knee =
        r.rep()
            .phase(dev.hinge.reps.PhaseName.KNEE_TO_LOCKOUT)
            .map(dev.hinge.reps.Phase::startFrame)
            .orElse((r.rep().floorBreakFrame() + r.rep().lockoutFrame()) / 2);
    return new int[] {r.rep().floorBreakFrame(), knee, r.rep().lockoutFrame()};
  }

  /** How to film instead, with the diagram, when the camera check withheld judgements. */
  private static String filming(Analysis a) {
    List<String> advice = CameraCoach.advice(TerminalReport.cameraIssues(a));
    if (advice.isEmpty()) {
      return "";
    }
    StringBuilder b =
        new StringBuilder("<h2>How to film for a full analysis</h2><div id=\"filming\">");
    b.append(CameraCoach.DIAGRAM_SVG).append("<ul>");
    for (String line : advice) {
      b.append("<li>").append(escape(line)).append("</li>");
    }
    return b.append("</ul></div>\n").toString();
  }

  /** A PNG as an inline figure with its caption. */
  private static void appendFigure(StringBuilder out, String alt, byte[] png, String caption) {
    out.append("<figure><img alt=\"")
        .append(escape(alt))
        .append("\" src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(png))
        .append("\"><figcaption>")
        .append(escape(caption))
        .append("</figcaption></figure>\n");
  }

  static String num(double v) {
    return Math.abs(v) >= 10
        ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%.2f", v);
  }

  /** One key frame, measured, as a figure; nothing when the frame cannot be had. */
  private static void figure(
      StringBuilder out,
      KeyFrameSource frames,
      Optional<PoseTrack> track,
      Kinematics k,
      int frame,
      boolean head,
      Optional<Integer> riseFrom,
      List<String> caption,
      String alt,
      String figcaption) {
    if (frame < 0 || frame >= k.frameCount()) {
      return;
    }
    Optional<byte[]> img =
        frames
            .frame(frame)
            .flatMap(
                bytes ->
                    track
                        .filter(t -> frame < t.frames().size())
                        .flatMap(
                            t ->
                                KeyFrameRenderer.renderMeasured(
                                    bytes,
                                    t.frames().get(frame),
                                    new KeyFrameRenderer.Measures(
                                        k.trunkDeg()[frame],
                                        k.barForwardM()[frame] * 100,
                                        k.headDeg()[frame],
                                        head,
                                        riseFrom
                                            .filter(i -> i >= 0 && i < t.frames().size())
                                            .map(i -> t.frames().get(i)),
                                        caption)))
                        .or(() -> Optional.of(bytes)));
    img.ifPresent(bytes -> appendFigure(out, alt, bytes, figcaption));
  }

  private static ObjectNode series(Kinematics k) {
    ObjectNode s = JSON.createObjectNode();
    ArrayNode t = s.putArray("tS");
    ArrayNode hip = s.putArray("hipM");
    ArrayNode sh = s.putArray("shoulderM");
    ArrayNode bar = s.putArray("barM");
    ArrayNode trunk = s.putArray("trunkDeg");
    ArrayNode bx = s.putArray("barForwardCm");
    int step = Math.max(1, k.frameCount() / MAX_POINTS);
    for (int i = 0; i < k.frameCount(); i += step) {
      t.add(AnalysisJson.r(k.t(i) / 1000.0, 3));
      boolean p = k.present()[i];
      if (p) {
        hip.add(AnalysisJson.r(k.up(Joint.HIP, i), 3));
        sh.add(AnalysisJson.r(k.up(Joint.SHOULDER, i), 3));
        bar.add(AnalysisJson.r(k.barUpM()[i], 3));
        trunk.add(AnalysisJson.r(k.trunkDeg()[i], 1));
        bx.add(AnalysisJson.r(100 * k.barForwardM()[i], 1));
      } else {
        hip.addNull();
        sh.addNull();
        bar.addNull();
        trunk.addNull();
        bx.addNull();
      }
    }
    return s;
  }

  /**
   * JSON that can sit inside a {@code <script>} element whatever its strings hold: {@code <},
   * {@code >} and {@code &} written as JSON escapes (so neither {@code </script>} nor {@code <!--}
   * can end or derail the element; a video named {@code <!--<script>x.mp4} once left the page
   * empty), and the two line separators JavaScript once refused in strings. Still the same JSON to
   * a parser.
   */
  static String scriptSafe(String json) {
    StringBuilder b = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> b.append("\\u003c");
        case '>' -> b.append("\\u003e");
        case '&' -> b.append("\\u0026");
        case '\u2028' -> b.append("\\u2028");
        case '\u2029' -> b.append("\\u2029");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String chartJs() {
    try (InputStream in = HtmlReport.class.getResourceAsStream(CHART_JS)) {
      if (in == null) {
        throw new IllegalStateException("Chart.js is missing from the class path: " + CHART_JS);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("</script", "<\\/script");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#222}"
          + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;"
          + "padding:.3rem .5rem;text-align:right}td:last-child,th:last-child{text-align:left}"
          + ".charts{display:grid;grid-template-columns:1fr 1fr;gap:1rem}"
          + ".frames{display:flex;flex-wrap:wrap;gap:1rem}.frames img{max-width:340px}"
          + ".small{color:#666;font-size:.85rem}.sev-severe{color:#b00}.sev-moderate{color:#c60}";

  private static final String SCRIPT =
      """
      const D = JSON.parse(document.getElementById('data').textContent);
      const A = D.analysis, S = D.series;
      const esc = s => String(s).replace(/[&<>"]/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
      document.getElementById('summary').innerHTML =
        `<p><b>${A.repCount}</b> full rep(s), ${A.partialReps} partial; view <b>${esc(A.view.kind)}</b>
         (confidence ${A.view.confidence})${A.view.kind === 'front' ? '' : '; facing ' + esc(A.facing)}; scale from ${esc(A.scale.source)}
         (±${A.scale.uncertaintyPct} %). Mean velocity ${A.set.meanConcentricVelocityMps} m/s,
         velocity loss ${A.set.velocityLossPct} %. ${A.set.peakLumbarMomentNm === null
           ? 'Lower-back load not estimated: ' + esc(A.reps.length ? A.reps[0].load.notEstimated : '')
           : `Peak lower-back moment ${A.set.peakLumbarMomentNm} N·m ${A.set.barLoadIncluded ? '' : '(body only: bar not included)'}`}.</p>`;
      let rows = '<tr><th>rep</th><th>type</th><th>up (s)</th><th>mean m/s</th><th>peak m/s</th>'
        + '<th>trunk° floor</th><th>knee° start</th><th>drift cm</th><th>faults</th></tr>';
      for (const r of A.reps) {
        const m = r.metrics;
        const f = r.faults.map(x => `<span class="sev-${x.severity}" title="${esc(x.cue)}">${esc(x.code)} (${x.severity}, ${x.evidence.metric} ${x.evidence.value} vs ${x.evidence.threshold})</span>`).join('<br>') || '—';
        rows += `<tr><td>${r.index}</td><td>${r.missed ? 'missed' : r.partial ? 'partial' : r.lockoutSeen === false ? 'full (lockout not seen)' : 'full'}</td><td>${(m.concentricMs/1000).toFixed(2)}</td>`
          + `<td>${m.meanConcentricVelocityMps}</td><td>${m.peakConcentricVelocityMps}</td>`
          + (r.view === 'front' ? '<td>—</td><td>—</td><td>—</td>'
             : `<td>${m.trunkAngleFloorDeg}</td><td>${m.kneeAngleStartDeg}</td><td>${m.barDriftCm}</td>`)
          + `<td>${f}</td></tr>`;
      }
      document.getElementById('reps').innerHTML = rows;
      document.getElementById('fixes').innerHTML = A.topFixes.length
        ? A.topFixes.map(t => {
            const g = A.reps.flatMap(r => r.faults).find(x => x.code === t.code).guide;
            const drills = g.drills.map(d => `<li><b>${esc(d.name)}</b>: ${esc(d.how)} <i>${esc(d.dose)}</i></li>`).join('');
            const src = g.sources.map(x => `<li>${esc(x.citation)}</li>`).join('');
            return `<li class="guide"><b>${esc(g.title)}</b> (reps ${t.reps.join(', ')}): ${esc(t.cue)}`
              + `<p>${esc(g.what)}</p><p><b>Why it loads the lower back.</b> ${esc(g.why)}</p>`
              + `<p><b>Drills</b></p><ul>${drills}</ul><p><b>When to drop the load.</b> ${esc(g.dropLoad)}</p>`
              + `<details><summary>Sources</summary><ul class="small">${src}</ul></details></li>`;
          }).join('')
        : A.skipped.length === 0 ? '<li>No faults found.</li>'
        : `<li>No faults found in what this video let be judged (${A.skipped.length} judgement(s) not made: see the notes).</li>`;
      document.getElementById('notes').innerHTML =
        A.warnings.map(w => `<li>${esc(w.message)}</li>`).concat(
        A.skipped.map(s => `<li>Not judged: ${esc(s.judgement)} — ${esc(s.reason)}</li>`)).join('');
      // time on a linear axis in whole seconds (the frames' times are not round numbers)
      const line = (id, sets, yTitle) => new Chart(document.getElementById(id), {type: 'line',
        data: {datasets: sets.map(d => ({...d, data: d.data.map((y, i) => ({x: S.tS[i], y}))}))},
        options: {animation: false, pointRadius: 0, spanGaps: true, parsing: true,
        elements: {point: {radius: 0}}, scales: {x: {type: 'linear', title: {display: true, text: 's'},
        ticks: {stepSize: 1, precision: 0, callback: v => Number.isInteger(v) ? String(v) : ''}},
        y: {title: {display: true, text: yTitle}}}}});
      line('heights', [{label: 'hip', data: S.hipM, borderColor: '#36c'}, {label: 'shoulder', data: S.shoulderM, borderColor: '#e63'},
        {label: 'bar (hands)', data: S.barM, borderColor: '#999'}], 'm above floor');
      // from the front the trunk's angle and the bar's distance from mid-foot are depth: no chart
      const front = A.reps.length > 0 && A.reps.every(r => r.view === 'front');
      if (front) {
        for (const [id, what] of [['trunk', 'Trunk angle'], ['barpath', 'Bar path against mid-foot']]) {
          document.getElementById(id).closest('figure').innerHTML =
            `<figcaption>${what}: needs a side view (from the front it is depth, not seen)</figcaption>`;
        }
      } else {
      line('trunk', [{label: 'trunk', data: S.trunkDeg, borderColor: '#393'}], 'degrees');
      const path = [];
      for (const r of A.reps) {
        const pts = [];
        const from = r.phases.find(p => p.name === 'floor_to_knee' || p.name === 'knee_to_lockout');
        const to = [...r.phases].reverse().find(p => p.name === 'knee_to_lockout');
        if (!from || !to) continue;
        for (let i = 0; i < S.tS.length; i++) {
          const t = S.tS[i] * 1000;
          if (t >= from.startMs && t <= to.endMs && S.barM[i] !== null) pts.push({x: S.barForwardCm[i], y: S.barM[i]});
        }
        path.push({label: 'rep ' + r.index, data: pts, showLine: true});
      }
      new Chart(document.getElementById('barpath'), {type: 'scatter', data: {datasets: path},
        options: {animation: false, scales: {x: {title: {display: true, text: 'cm from mid-foot'}},
        y: {title: {display: true, text: 'm above floor'}}}}});
      }
      new Chart(document.getElementById('velocity'), {type: 'bar',
        data: {labels: A.reps.map(r => 'rep ' + r.index), datasets: [
          {label: 'mean', data: A.reps.map(r => r.metrics.meanConcentricVelocityMps), backgroundColor: '#36c'},
          {label: 'peak', data: A.reps.map(r => r.metrics.peakConcentricVelocityMps), backgroundColor: '#9bd'}]},
        options: {animation: false, scales: {y: {title: {display: true, text: 'm/s'}}}}});
      """;
}
