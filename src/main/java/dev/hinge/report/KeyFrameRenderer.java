package dev.hinge.report;

import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.Landmark;
import dev.hinge.pose.PoseFrame;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Draws the pose skeleton on a video frame (java.awt), returning PNG bytes. */
public final class KeyFrameRenderer {
  static final BodyLandmark[][] BONES = {
    {BodyLandmark.LEFT_EAR, BodyLandmark.LEFT_SHOULDER},
    {BodyLandmark.RIGHT_EAR, BodyLandmark.RIGHT_SHOULDER},
    {BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER},
    {BodyLandmark.LEFT_SHOULDER, BodyLandmark.LEFT_ELBOW},
    {BodyLandmark.LEFT_ELBOW, BodyLandmark.LEFT_WRIST},
    {BodyLandmark.RIGHT_SHOULDER, BodyLandmark.RIGHT_ELBOW},
    {BodyLandmark.RIGHT_ELBOW, BodyLandmark.RIGHT_WRIST},
    {BodyLandmark.LEFT_SHOULDER, BodyLandmark.LEFT_HIP},
    {BodyLandmark.RIGHT_SHOULDER, BodyLandmark.RIGHT_HIP},
    {BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP},
    {BodyLandmark.LEFT_HIP, BodyLandmark.LEFT_KNEE},
    {BodyLandmark.LEFT_KNEE, BodyLandmark.LEFT_ANKLE},
    {BodyLandmark.RIGHT_HIP, BodyLandmark.RIGHT_KNEE},
    {BodyLandmark.RIGHT_KNEE, BodyLandmark.RIGHT_ANKLE},
    {BodyLandmark.LEFT_ANKLE, BodyLandmark.LEFT_HEEL},
    {BodyLandmark.LEFT_HEEL, BodyLandmark.LEFT_FOOT_INDEX},
    {BodyLandmark.RIGHT_ANKLE, BodyLandmark.RIGHT_HEEL},
    {BodyLandmark.RIGHT_HEEL, BodyLandmark.RIGHT_FOOT_INDEX},
  };

  private KeyFrameRenderer() {}

  /** Draws on a frame. */
  @FunctionalInterface
  private interface Drawing {
    void draw(Graphics2D g, BufferedImage img, float u);
  }

  /**
   * Decodes {@code image}, lets {@code drawing} draw on it (antialiased; {@code u} is a hundredth
   * of the longer side) and encodes the result as PNG; empty when the image cannot be decoded.
   */
  private static Optional<byte[]> drawOn(byte[] image, Drawing drawing) {
    try {
      BufferedImage src = ImageIO.read(new ByteArrayInputStream(image));
      if (src == null) {
        return Optional.empty();
      }
      BufferedImage img =
          new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
      Graphics2D g = img.createGraphics();
      try {
        g.drawImage(src, 0, 0, null);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(
            RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        drawing.draw(g, img, Math.max(src.getWidth(), src.getHeight()) / 100f);
      } finally {
        g.dispose();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, "png", out);
      return Optional.of(out.toByteArray());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** White lines of text on a dark band along the bottom of the frame. */
  private static void caption(
      Graphics2D g, BufferedImage img, java.util.List<String> lines, float u) {
    if (lines.isEmpty()) {
      return;
    }
    g.setFont(
        new java.awt.Font(
            java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, Math.max(10, Math.round(2.3f * u))));
    java.awt.FontMetrics fm = g.getFontMetrics();
    int lh = fm.getHeight();
    int top = img.getHeight() - lh * lines.size() - Math.round(u);
    g.setColor(new Color(0, 0, 0, 170));
    g.fillRect(0, top, img.getWidth(), img.getHeight() - top);
    g.setColor(Color.WHITE);
    for (int i = 0; i < lines.size(); i++) {
      g.drawString(lines.get(i), Math.round(u), top + lh * (i + 1) - fm.getDescent());
    }
  }

  /**
   * The skeleton's bones in one colour, or left and right in theirs when {@code colour} is null.
   */
  static void bones(Graphics2D g, PoseFrame pose, Color colour) {
    if (!pose.hasPose()) {
      return;
    }
    for (BodyLandmark[] bone : BONES) {
      Landmark a = pose.image(bone[0]);
      Landmark b = pose.image(bone[1]);
      g.setColor(
          colour != null
              ? colour
              : bone[0].index() % 2 == 1
                  ? new Color(0x33, 0xcc, 0xff)
                  : new Color(0xff, 0x99, 0x33));
      g.drawLine((int) a.x(), (int) a.y(), (int) b.x(), (int) b.y());
    }
  }

  /** What a key frame shows measured: the frame's trunk, bar and head, and a caption. */
  public record Measures(
      double trunkDeg,
      double barFromMidFootCm,
      double headDeg,
      boolean head,
      Optional<PoseFrame> riseFrom,
      java.util.List<String> caption) {}

  private static double[] mid(PoseFrame p, BodyLandmark a, BodyLandmark b) {
    Landmark x = p.image(a);
    Landmark y = p.image(b);
    return new double[] {(x.x() + y.x()) / 2, (x.y() + y.y()) / 2};
  }

  /**
   * The frame with the skeleton and what was measured drawn on it: the trunk line (hip to shoulder)
   * and its angle from vertical, the mid-foot line and the bar's offset from it, the head line when
   * {@code m.head()}, the hips' and shoulders' rise since {@code m.riseFrom()} as arrows, and the
   * caption (the finding's value against its threshold). Empty when the image cannot be decoded.
   */
  public static Optional<byte[]> renderMeasured(byte[] image, PoseFrame pose, Measures m) {
    return drawOn(
        image,
        (g, img, u) -> {
          g.setStroke(new BasicStroke(Math.max(2f, img.getWidth() / 200f)));
          bones(g, pose, null);
          if (pose.hasPose()) {
            java.awt.Font font =
                new java.awt.Font(
                    java.awt.Font.SANS_SERIF,
                    java.awt.Font.BOLD,
                    Math.max(11, Math.round(2.6f * u)));
            g.setFont(font);
            double[] hip = mid(pose, BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP);
            double[] sh = mid(pose, BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER);
            // trunk line, extended past the shoulder, and its angle
            g.setStroke(new BasicStroke(Math.max(3f, 0.7f * u)));
            g.setColor(new Color(0x22, 0xdd, 0x55));
            g.drawLine(
                (int) hip[0],
                (int) hip[1],
                (int) (sh[0] + (sh[0] - hip[0]) * 0.25),
                (int) (sh[1] + (sh[1] - hip[1]) * 0.25));
            label(
                g,
                String.format(java.util.Locale.ROOT, "trunk %.0f°", m.trunkDeg()),
                hip[0] + u,
                hip[1] - u);
            // mid-foot line and the bar's offset from it
            double[] foot = mid(pose, BodyLandmark.LEFT_HEEL, BodyLandmark.RIGHT_FOOT_INDEX);
            double[] foot2 = mid(pose, BodyLandmark.RIGHT_HEEL, BodyLandmark.LEFT_FOOT_INDEX);
            double midX = (foot[0] + foot2[0]) / 2;
            double floorY = Math.max(foot[1], foot2[1]);
            g.setColor(new Color(0xff, 0xff, 0xff, 200));
            g.setStroke(
                new BasicStroke(
                    Math.max(2f, 0.35f * u),
                    BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER,
                    10f,
                    new float[] {u, u},
                    0f));
            g.drawLine((int) midX, (int) floorY, (int) midX, (int) Math.min(sh[1], hip[1]));
            Optional<double[]> hands = AnnotatedVideo.Painter.hands(pose);
            if (hands.isPresent() && Double.isFinite(m.barFromMidFootCm())) {
              double[] h = hands.get();
              g.setColor(new Color(0xff, 0xe0, 0x33));
              g.setStroke(new BasicStroke(Math.max(2f, 0.5f * u)));
              g.drawLine((int) midX, (int) h[1], (int) h[0], (int) h[1]);
              g.fillOval((int) (h[0] - u), (int) (h[1] - u), (int) (2 * u), (int) (2 * u));
              label(
                  g,
                  String.format(java.util.Locale.ROOT, "bar %+.0f cm", m.barFromMidFootCm()),
                  Math.min(midX, h[0]),
                  h[1] + 3.5 * u);
            }
            if (m.head()) {
              Landmark ear =
                  pose.image(BodyLandmark.LEFT_EAR).visibility()
                          >= pose.image(BodyLandmark.RIGHT_EAR).visibility()
                      ? pose.image(BodyLandmark.LEFT_EAR)
                      : pose.image(BodyLandmark.RIGHT_EAR);
              g.setColor(new Color(0xcc, 0x66, 0xff));
              g.setStroke(new BasicStroke(Math.max(3f, 0.6f * u)));
              g.drawLine((int) sh[0], (int) sh[1], (int) ear.x(), (int) ear.y());
              label(
                  g,
                  String.format(java.util.Locale.ROOT, "head %+.0f°", m.headDeg()),
                  ear.x() + u,
                  ear.y() - u);
            }
            m.riseFrom()
                .filter(PoseFrame::hasPose)
                .ifPresent(
                    from -> {
                      g.setStroke(new BasicStroke(Math.max(2f, 0.5f * u)));
                      double[] hip0 = mid(from, BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP);
                      double[] sh0 =
                          mid(from, BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER);
                      arrow(g, hip0, hip, new Color(0x33, 0x66, 0xcc), u);
                      arrow(g, sh0, sh, new Color(0xee, 0x66, 0x33), u);
                    });
          }
          caption(g, img, m.caption(), u);
        });
  }

  /**
   * The best rep's frame with its skeleton in green and the worst rep's, at the same moment of its
   * own rep, in red over it, and a caption: where the two reps part, at a glance.
   */
  public static Optional<byte[]> renderPair(
      byte[] image, PoseFrame best, PoseFrame worst, java.util.List<String> caption) {
    return drawOn(
        image,
        (g, img, u) -> {
          g.setStroke(
              new BasicStroke(
                  Math.max(3f, 0.6f * u), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
          bones(g, best, new Color(0x22, 0xdd, 0x55));
          bones(g, worst, new Color(0xff, 0x33, 0x44));
          caption(g, img, caption, u);
        });
  }

  private static void label(Graphics2D g, String text, double x, double y) {
    java.awt.FontMetrics fm = g.getFontMetrics();
    int w = fm.stringWidth(text);
    int x0 = (int) Math.max(2, x);
    int y0 = (int) Math.max(fm.getAscent() + 2, y);
    g.setColor(new Color(0, 0, 0, 160));
    g.fillRect(x0 - 3, y0 - fm.getAscent() - 2, w + 6, fm.getHeight() + 2);
    g.setColor(Color.WHITE);
    g.drawString(text, x0, y0);
  }

  private static void arrow(Graphics2D g, double[] from, double[] to, Color c, float u) {
    g.setColor(c);
    g.drawLine((int) from[0], (int) from[1], (int) to[0], (int) to[1]);
    double a = Math.atan2(to[1] - from[1], to[0] - from[0]);
    double l = 2 * u;
    for (double d : new double[] {-0.5, 0.5}) {
      g.drawLine(
          (int) to[0],
          (int) to[1],
          (int) (to[0] - l * Math.cos(a + d)),
          (int) (to[1] - l * Math.sin(a + d)));
    }
  }

  /** The frame with the skeleton, or empty when the image cannot be decoded. */
  public static Optional<byte[]> render(byte[] image, PoseFrame pose) {
    return drawOn(
        image,
        (g, img, u) -> {
          g.setStroke(new BasicStroke(Math.max(2f, img.getWidth() / 200f)));
          bones(g, pose, null);
        });
  }
}
