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
    // best rep against worst: why, the differences, both skeletons at three moments
    assertThat(html)
        .contains("<h2>Best rep against worst</h2>", "against rep 2 (red)", "let the bar drift")
        .contains("floor break: rep 1 (green), rep 2 (red)", "lockout: rep 1 (green), rep 2 (red)");
    String without = HtmlReport.render(a, Optional.empty(), KeyFrameSource.NONE);
    assertThat(without).contains("No key frames").doesNotContain("data:image/png");
  }

  @Test
  void aCleanSetStillShowsItsBestRepsKeyFramesMeasured() throws Exception {
    var res = SyntheticLifter.generate(SetSpec.clean(11, 3));
    Analysis a = AnalysisPipeline.analyze(res.track(), AnalysisOptions.NONE);
    assertThat(a.reps()).allSatisfy(r -> assertThat(r.faults()).isEmpty());
    byte[] frame = grey();
    String html = HtmlReport.render(a, Optional.of(res.track()), i -> Optional.of(frame));
    assertThat(html)
        .contains("floor break, frame", "bar at the knee, frame", "lockout, frame")
        .doesNotContain("No key frames");
    // 3 measured key frames of the best rep, 3 of best against worst
    assertThat(html.split("data:image/png;base64,", -1)).hasSize(7);
    // without the video, the report says why, and what it is: an analysis of a saved track
    assertThat(HtmlReport.render(a, Optional.of(res.track()), KeyFrameSource.NONE))
        .contains(
            "No key frames: the video was not available to this report (an analysis of a"
                + " saved pose track)");
  }

  @Test
  void aKeyFrameDrawsWhatWasMeasured() throws Exception {
    var res = SyntheticLifter.generate(SetSpec.clean(12, 1));
    var pose = res.track().frames().get(60);
    byte[] plain = KeyFrameRenderer.render(grey(), pose).orElseThrow();
    byte[] measured =
        KeyFrameRenderer.renderMeasured(
                grey(),
                pose,
                new KeyFrameRenderer.Measures(
                    45,
                    7,
                    10,
                    true,
                    Optional.of(res.track().frames().get(40)),
                    List.of("rep 1 X: m 1 vs 2")))
            .orElseThrow();
    BufferedImage a = ImageIO.read(new java.io.ByteArrayInputStream(plain));
    BufferedImage b = ImageIO.read(new java.io.ByteArrayInputStream(measured));
    int green = 0;
    int yellow = 0;
    int changed = 0;
    for (int y = 0; y < b.getHeight(); y++) {
      for (int x = 0; x < b.getWidth(); x++) {
        int p = b.getRGB(x, y) & 0xffffff;
        if (p == 0x22dd55) {
          green++; // the trunk line
        }
        if (p == 0xffe033) {
          yellow++; // the bar's offset from mid-foot
        }
        if (p != (a.getRGB(x, y) & 0xffffff)) {
          changed++;
        }
      }
    }
    assertThat(green).isGreaterThan(200);
    assertThat(yellow).isGreaterThan(50);
    // the caption's white text in the band at the bottom
    int text = 0;
    for (int y = b.getHeight() * 95 / 100; y < b.getHeight(); y++) {
      for (int x = 0; x < b.getWidth() / 3; x++) {
        if ((b.getRGB(x, y) & 0xff) > 200) {
          text++;
        }
      }
    }
    assertThat(text).isGreaterThan(20);
    assertThat(changed).isGreaterThan(green + yellow);
  }

  @Test
  void chartTimesReadInWholeSeconds() throws Exception {
    var res = SyntheticLifter.generate(SetSpec.clean(11, 1));
    String html =
        HtmlReport.render(
            AnalysisPipeline.analyze(res.track(), AnalysisOptions.NONE),
            Optional.empty(),
            KeyFrameSource.NONE);
    assertThat(html).contains("type: 'linear'", "stepSize: 1", "Number.isInteger(v)");
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
