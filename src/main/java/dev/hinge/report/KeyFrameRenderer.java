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

  /** The frame with the skeleton, or empty when the image cannot be decoded. */
  public static Optional<byte[]> render(byte[] image, PoseFrame pose) {
    try {
      BufferedImage src = ImageIO.read(new ByteArrayInputStream(image));
      if (src == null) {
        return Optional.empty();
      }
      BufferedImage img =
          new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
      Graphics2D g = img.createGraphics();
      g.drawImage(src, 0, 0, null);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      float w = Math.max(2f, src.getWidth() / 200f);
      g.setStroke(new BasicStroke(w));
      if (pose.hasPose()) {
        for (BodyLandmark[] bone : BONES) {
          Landmark a = pose.image(bone[0]);
          Landmark b = pose.image(bone[1]);
          boolean left = bone[0].index() % 2 == 1;
          g.setColor(left ? new Color(0x33, 0xcc, 0xff) : new Color(0xff, 0x99, 0x33));
          g.drawLine((int) a.x(), (int) a.y(), (int) b.x(), (int) b.y());
        }
      }
      g.dispose();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, "png", out);
      return Optional.of(out.toByteArray());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
