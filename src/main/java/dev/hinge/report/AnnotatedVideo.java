package dev.hinge.report;

import dev.hinge.core.HingeException;
import dev.hinge.faults.Fault;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.kinematics.ViewKind;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.RepAnalysis;
import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.Landmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.reps.Phase;
import dev.hinge.video.CameraShift;
import dev.hinge.video.FfmpegFrameSource;
import dev.hinge.video.FfmpegVideoWriter;
import dev.hinge.video.Frame;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The set as an annotated video ({@code hinge analyze --video-out}): every frame of the input, same
 * size, upright, same timestamps, no audio, with the skeleton, the bar's path in the current rep, a
 * rep counter and phase, live trunk, hip and knee angles (from the side), the bar speed of each
 * finished rep, and each finding as a banner over the frames its evidence covers (its value against
 * its threshold). Decoded and encoded frame by frame: memory flat in video length. Written to a
 * temporary file beside {@code out} and moved into place when complete.
 */
public final class AnnotatedVideo {
  /** A finding's banner stays this long after the frames its evidence covers. */
  static final double BANNER_HOLD_MS = 1000;

  private static final Color BAR = new Color(0xff, 0xe0, 0x33);
  private static final Color PANEL = new Color(0, 0, 0, 150);
  private static final Color BANNER = new Color(0xb0, 0x00, 0x20, 210);

  private AnnotatedVideo() {}

  /** Writes {@code out} from {@code video}, its {@code track} and its {@code analysis}. */
  public static void write(Path video, PoseTrack track, Analysis analysis, Path out) {
    Path dir = out.toAbsolutePath().getParent();
    Path tmp;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + out.getFileName() + ".", ".mp4");
    } catch (IOException e) {
      throw HingeException.invalidInput("cannot write " + out + ": " + e.getMessage(), e);
    }
    try {
      encode(video, track, analysis, tmp);
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw HingeException.invalidInput("cannot write " + out + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the move took it, or nothing more can be done
      }
    }
  }

  private static void encode(Path video, PoseTrack track, Analysis analysis, Path file) {
    try (FfmpegFrameSource source = FfmpegFrameSource.open(video)) {
      int w = source.metadata().width();
      int h = source.metadata().height();
      BufferedImage canvas = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
      byte[] bgr = ((DataBufferByte) canvas.getRaster().getDataBuffer()).getData();
      Painter painter = new Painter(track, analysis, w, h);
      try (FfmpegVideoWriter writer = new FfmpegVideoWriter(file, w, h, analysis.video().fps())) {
        Optional<Frame> next;
        while ((next = source.next()).isPresent()) {
          Frame f = next.get();
          try {
            byte[] rgb = f.rgb();
            for (int p = 0, n = w * h * 3; p < n; p += 3) {
              bgr[p] = rgb[p + 2];
              bgr[p + 1] = rgb[p + 1];
              bgr[p + 2] = rgb[p];
            }
            Graphics2D g = canvas.createGraphics();
            try {
              painter.paint(g, f.index());
            } finally {
              g.dispose();
            }
            writer.write(bgr, w * 3, f.tMs());
          } finally {
            source.release(f);
          }
        }
      }
    }
  }

  /** What is drawn on frame {@code i}; pure given the track and the analysis. */
  static final class Painter {
    private final PoseTrack track;
    private final Analysis analysis;
    private final Kinematics k;
    private final float u;
    private final Font font;
    private final Font small;
    private final int width;
    private final int height;

    Painter(PoseTrack track, Analysis analysis, int w, int h) {
      this.width = w;
      this.height = h;
      this.track = track;
      this.analysis = analysis;
      this.k = analysis.kinematics();
      this.u = Math.max(w, h) / 100f;
      this.font = new Font(Font.SANS_SERIF, Font.BOLD, Math.max(11, Math.round(2.6f * u)));
      this.small = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, Math.round(2.1f * u)));
    }

    void paint(Graphics2D g, int i) {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      Optional<PoseFrame> pose = frame(i);
      Optional<RepAnalysis> current = currentRep(i);
      current.ifPresent(r -> pose.ifPresent(p -> barTrail(g, r, i)));
      pose.filter(PoseFrame::hasPose).ifPresent(p -> skeleton(g, p));
      panel(g, i, current);
      banners(g, i);
    }

    Optional<PoseFrame> frame(int i) {
      return i >= 0 && i < track.frames().size()
          ? Optional.of(track.frames().get(i))
          : Optional.empty();
    }

    /** The rep frame {@code i} belongs to, from its start to its end. */
    Optional<RepAnalysis> currentRep(int i) {
      return analysis.reps().stream()
          .filter(r -> r.rep().startFrame() <= i && i <= r.rep().endFrame())
          .findFirst();
    }

    /** Full reps finished (locked out) by frame {@code i}. */
    long repsDone(int i) {
      return analysis.reps().stream()
          .filter(r -> !r.rep().partial() && r.rep().lockoutFrame() <= i)
          .count();
    }

    /** The phase of {@code rep} at frame {@code i}, as a label. */
    static String phase(RepAnalysis rep, int i) {
      for (Phase p : rep.rep().phases()) {
        if (p.startFrame() <= i && i <= p.endFrame()) {
          return p.name().code().replace("_to_", " → ").replace('_', ' ');
        }
      }
      return "";
    }

    /** The text lines of the panel at frame {@code i} (for tests too). */
    List<String> panelLines(int i, Optional<RepAnalysis> current) {
      List<String> lines = new ArrayList<>();
      long done = repsDone(i);
      String rep =
          current
              .map(
                  r ->
                      "rep "
                          + r.rep().index()
                          + (r.rep().partial() ? " (partial)" : "")
                          + " · "
                          + phase(r, i))
              .orElse("between reps");
      lines.add(done + (done == 1 ? " rep" : " reps") + " done · " + rep);
      // the joint angles in the picture are the side's: from the front they mean nothing
      boolean sideSeen =
          current.map(RepAnalysis::sideSeen).orElse(k.camera().view().kind() != ViewKind.FRONT);
      if (sideSeen && i < k.frameCount() && k.present()[i]) {
        lines.add(
            String.format(
                Locale.ROOT,
                "trunk %.0f°  hip %.0f°  knee %.0f°",
                k.trunkDeg()[i],
                k.hipDeg()[i],
                k.kneeDeg()[i]));
      }
      for (RepAnalysis r : analysis.reps()) {
        if (r.rep().lockoutFrame() <= i && !r.rep().partial()) {
          lines.add(
              String.format(
                  Locale.ROOT,
                  "rep %d: %.2f m/s",
                  r.rep().index(),
                  r.metrics().meanConcentricVelocityMps()));
        }
      }
      return lines;
    }

    /** The banners at frame {@code i}: each finding whose evidence covers it (for tests too). */
    List<String> bannerLines(int i) {
      List<String> out = new ArrayList<>();
      double t = i < k.frameCount() ? k.t(i) : Double.NaN;
      for (RepAnalysis r : analysis.reps()) {
        for (Fault f : r.faults()) {
          int from = Math.max(0, f.evidence().fromFrame());
          int to = Math.min(k.frameCount() - 1, Math.max(from, f.evidence().toFrame()));
          if (i >= from && (i <= to || t - k.t(to) <= BANNER_HOLD_MS)) {
            out.add(
                String.format(
                    Locale.ROOT,
                    "rep %d %s (%s): %s %s vs %s — %s",
                    r.rep().index(),
                    f.code().name(),
                    f.severity().code(),
                    f.evidence().metric(),
                    HtmlReport.num(f.evidence().value()),
                    HtmlReport.num(f.evidence().threshold()),
                    f.cue()));
          }
        }
      }
      return out;
    }

    private void skeleton(Graphics2D g, PoseFrame p) {
      g.setStroke(
          new BasicStroke(Math.max(2f, 0.5f * u), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      KeyFrameRenderer.bones(g, p, null);
    }

    /**
     * The hands' path from the rep's start to frame {@code i}: the bar's, from the side. Where the
     * camera moved, each earlier point is drawn where that spot of the room is in this frame.
     */
    private void barTrail(Graphics2D g, RepAnalysis r, int i) {
      Path2D.Double path = new Path2D.Double();
      boolean started = false;
      CameraShift now = frame(i).map(PoseFrame::camera).orElse(CameraShift.NONE);
      for (int j = r.rep().startFrame(); j <= i; j++) {
        Optional<PoseFrame> then = frame(j);
        Optional<double[]> hands = then.flatMap(Painter::hands);
        if (hands.isEmpty()) {
          continue;
        }
        double[] p = inPicture(hands.get(), then.get().camera(), now);
        double x = p[0];
        double y = p[1];
        if (!started) {
          path.moveTo(x, y);
          started = true;
        } else {
          path.lineTo(x, y);
        }
      }
      if (started) {
        g.setColor(BAR);
        g.setStroke(
            new BasicStroke(
                Math.max(2f, 0.45f * u), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
      }
    }

    /**
     * Where a point of an earlier frame's picture is in a later one's: the same spot of the room,
     * moved by as much as the camera moved between the two.
     */
    static double[] inPicture(double[] point, CameraShift then, CameraShift now) {
      return new double[] {
        point[0] - then.dxPx() + now.dxPx(), point[1] - then.dyPx() + now.dyPx()
      };
    }

    /** The more visible wrist, in pixels: the bar in the lifter's hands. */
    static Optional<double[]> hands(PoseFrame p) {
      if (!p.hasPose()) {
        return Optional.empty();
      }
      Landmark l = p.image(BodyLandmark.LEFT_WRIST);
      Landmark r = p.image(BodyLandmark.RIGHT_WRIST);
      Landmark w = l.visibility() >= r.visibility() ? l : r;
      return Optional.of(new double[] {w.x(), w.y()});
    }

    private void panel(Graphics2D g, int i, Optional<RepAnalysis> current) {
      List<String> lines = panelLines(i, current);
      g.setFont(font);
      FontMetrics fm = g.getFontMetrics();
      int lh = fm.getHeight();
      int width = 0;
      for (String s : lines) {
        width = Math.max(width, fm.stringWidth(s));
      }
      int pad = Math.round(u);
      g.setColor(PANEL);
      g.fillRoundRect(pad, pad, width + 2 * pad, lh * lines.size() + pad, pad, pad);
      g.setColor(Color.WHITE);
      for (int n = 0; n < lines.size(); n++) {
        g.drawString(lines.get(n), 2 * pad, pad + lh * (n + 1) - fm.getDescent());
      }
    }

    private void banners(Graphics2D g, int i) {
      List<String> lines = bannerLines(i);
      if (lines.isEmpty()) {
        return;
      }
      g.setFont(small);
      FontMetrics fm = g.getFontMetrics();
      int lh = fm.getHeight();
      int pad = Math.round(u);
      int w = width;
      int bottom = height;
      List<String> wrapped = new ArrayList<>();
      for (String s : lines) {
        wrapped.addAll(wrap(s, fm, w - 4 * pad));
      }
      int top = bottom - pad - lh * wrapped.size() - pad;
      g.setColor(BANNER);
      g.fillRect(0, top, w, bottom - top);
      g.setColor(Color.WHITE);
      for (int n = 0; n < wrapped.size(); n++) {
        g.drawString(wrapped.get(n), 2 * pad, top + pad + lh * (n + 1) - fm.getDescent());
      }
    }

    private static List<String> wrap(String s, FontMetrics fm, int width) {
      List<String> out = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : s.split(" ")) {
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (fm.stringWidth(candidate) > width && line.length() > 0) {
          out.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      if (line.length() > 0) {
        out.add(line.toString());
      }
      return out;
    }
  }
}
