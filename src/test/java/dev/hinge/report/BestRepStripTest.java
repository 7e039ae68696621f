package dev.hinge.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.pose.PoseTrack;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The best rep's three moments in one picture, each with its skeleton. */
class BestRepStripTest {
  static final PoseTrack TRACK = SyntheticLifter.generate(SetSpec.clean(4, 3)).track();
  static final Analysis SET = AnalysisPipeline.analyze(TRACK, AnalysisOptions.NONE);

  static byte[] grey(int w, int h) throws Exception {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, 0x808080);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpg", out);
    return out.toByteArray();
  }

  @Test
  void threeFramesOfTheBestRepSideBySideWithTheSkeletonDrawn() throws Exception {
    byte[] frame = grey(TRACK.video().width(), TRACK.video().height());
    Set<Integer> asked = new HashSet<>();
    byte[] png =
        BestRepStrip.render(
                SET,
                TRACK,
                i -> {
                  asked.add(i);
                  return Optional.of(frame);
                })
            .orElseThrow();
    BufferedImage strip = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(strip.getHeight()).isEqualTo(BestRepStrip.HEIGHT);
    int tile =
        (int)
            Math.round(
                (double) TRACK.video().width() * BestRepStrip.HEIGHT / TRACK.video().height());
    assertThat(strip.getWidth()).isEqualTo(3 * tile);
    // the best rep's floor break, bar at the knee and lockout
    var best = dev.hinge.pipeline.RepComparison.best(SET).orElseThrow();
    assertThat(asked)
        .containsExactlyInAnyOrder(
            HtmlReport.moments(best)[0], HtmlReport.moments(best)[1], HtmlReport.moments(best)[2]);
    // the skeleton is drawn: each tile has pixels that are not the grey of the frame
    for (int t = 0; t < 3; t++) {
      int drawn = 0;
      for (int y = 0; y < strip.getHeight(); y++) {
        for (int x = t * tile; x < (t + 1) * tile; x++) {
          int rgb = strip.getRGB(x, y) & 0xffffff;
          int r = rgb >> 16;
          int g = (rgb >> 8) & 0xff;
          int b = rgb & 0xff;
          if (Math.abs(r - g) > 40 || Math.abs(g - b) > 40 || Math.abs(r - 0x80) > 60) {
            drawn++;
          }
        }
      }
      assertThat(drawn).as("tile %d", t).isGreaterThan(200);
    }
  }

  @Test
  void withoutFramesThereIsNoPicture() {
    assertThat(BestRepStrip.render(SET, TRACK, KeyFrameSource.NONE)).isEmpty();
  }
}
