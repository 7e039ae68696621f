package dev.hinge.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.faults.FaultCode;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static byte[] grey() throws Exception {
    BufferedImage img = new BufferedImage(960, 720, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpg", out);
    return out.toByteArray();
  }

  @Test
  void eachFaultGetsItsKeyFrameWithTheSkeletonWhenTheVideoIsAvailable() throws Exception {
    var res =
        SyntheticLifter.generate(
            SetSpec.clean(11, 2)
                .withReps(
                    List.of(
                        SetSpec.RepSpec.clean(1.0),
                        new SetSpec.RepSpec(1.0, 0.6, 1.2, Set.of(FaultCode.BAR_DRIFT)))));
    Analysis a = AnalysisPipeline.analyze(res.track(), AnalysisOptions.NONE);
    byte[] frame = grey();
    String html = HtmlReport.render(a, Optional.of(res.track()), i -> Optional.of(frame));
    assertThat(html).contains("data:image/png;base64,", "rep 2 — BAR_DRIFT");
    String without = HtmlReport.render(a, Optional.empty(), KeyFrameSource.NONE);
    assertThat(without).contains("No key frames").doesNotContain("data:image/png");
  }

  @Test
  void theSkeletonIsDrawnOnTheFrame() throws Exception {
    var res = SyntheticLifter.generate(SetSpec.clean(12, 1));
    byte[] png = KeyFrameRenderer.render(grey(), res.track().frames().get(60)).orElseThrow();
    BufferedImage img = ImageIO.read(new java.io.ByteArrayInputStream(png));
    int coloured = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y) & 0xffffff;
        if (rgb != 0 && rgb != 0x010101 && rgb != 0x020202) {
          coloured++;
        }
      }
    }
    assertThat(coloured).isGreaterThan(100);
  }

  @Test
  void aVideoNameCannotBreakOutOfTheEmbeddedData() throws Exception {
    Analysis a =
        AnalysisPipeline.analyze(
            SyntheticLifter.generate(SetSpec.clean(13, 1)).track(), AnalysisOptions.NONE);
    String name = "<!--<script>alert(1)</script>x.mp4";
    Analysis named =
        new Analysis(
            new dev.hinge.pose.VideoInfo(
                name,
                a.video().width(),
                a.video().height(),
                a.video().fps(),
                a.video().rotation(),
                a.video().durationMs()),
            a.kinematics(),
            a.reps(),
            a.set(),
            a.warnings(),
            a.skipped(),
            a.topFixes());
    String html = HtmlReport.render(named, Optional.empty(), KeyFrameSource.NONE);
    int start = html.indexOf("<script id=\"data\" type=\"application/json\">");
    int end = html.indexOf("</script>", start);
    String data =
        html.substring(start + "<script id=\"data\" type=\"application/json\">".length(), end);
    assertThat(data).doesNotContain("<", ">", "&");
    // the same JSON to a parser, the name intact
    assertThat(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(data)
                .at("/analysis/video/name")
                .asText())
        .isEqualTo(name);
    assertThat(html).doesNotContain("<!--<script>").contains("&lt;!--&lt;script&gt;");
  }

  @Test
  void scriptSafeJsonParsesToTheSameValue() throws Exception {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    String json = mapper.writeValueAsString(java.util.Map.of("s", "a</script><!--&\u2028b"));
    String safe = HtmlReport.scriptSafe(json);
    assertThat(safe).doesNotContain("<", ">", "&", "\u2028");
    assertThat(mapper.readTree(safe)).isEqualTo(mapper.readTree(json));
  }
}
