package dev.hinge.report;

import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.RepAnalysis;
import dev.hinge.pipeline.RepComparison;
import dev.hinge.pose.PoseTrack;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * A set's best rep in one picture: its floor break, the bar at the knee and its lockout side by
 * side, each frame with the skeleton drawn on it, {@link #HEIGHT} pixels tall. Two sets' strips one
 * above the other show how the lifter moved in each (the web app's "against your best set").
 */
public final class BestRepStrip {
  /** Height of the strip, pixels; each frame keeps its proportions. */
  public static final int HEIGHT = 240;

  private BestRepStrip() {}

  /** The strip, or empty when the set has no rep or no frame of it could be drawn. */
  public static Optional<byte[]> render(Analysis a, PoseTrack track, KeyFrameSource frames) {
    Optional<RepAnalysis> best = RepComparison.best(a);
    if (best.isEmpty()) {
      return Optional.empty();
    }
    List<BufferedImage> tiles = new ArrayList<>();
    for (int f : HtmlReport.moments(best.get())) {
      if (f < 0 || f >= track.frames().size()) {
        continue;
      }
      frames
          .frame(f)
          .flatMap(jpeg -> KeyFrameRenderer.render(jpeg, track.frames().get(f)))
          .flatMap(BestRepStrip::decode)
          .ifPresent(tiles::add);
    }
    if (tiles.isEmpty()) {
      return Optional.empty();
    }
    int width = 0;
    for (BufferedImage t : tiles) {
      width += scaledWidth(t);
    }
    BufferedImage strip = new BufferedImage(width, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = strip.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, HEIGHT);
      int x = 0;
      for (BufferedImage t : tiles) {
        int w = scaledWidth(t);
        g.drawImage(t, x, 0, w, HEIGHT, null);
        x += w;
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(strip, "png", out);
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(out.toByteArray());
  }

  private static int scaledWidth(BufferedImage t) {
    return Math.max(1, (int) Math.round((double) t.getWidth() * HEIGHT / t.getHeight()));
  }

  private static Optional<BufferedImage> decode(byte[] png) {
    try {
      return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(png)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
