package dev.hinge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hinge.eval.PoseTrackCache;
import dev.hinge.pose.ModelInfo;
import dev.hinge.pose.model.PoseModel;
import dev.hinge.pose.runtime.Runtimes;
import dev.hinge.synthetic.GroundTruth;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code hinge eval} end to end without the pose models: the lift's pose track is put in the cache
 * beforehand (keyed by its video's checksum), and the broken video fails in the decoder, before any
 * model is needed. Labels and videos are invented here.
 */
class EvalCommandTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private String referenceRuntime() {
    return Runtimes.create(Runtimes.Choice.REFERENCE, dir.resolve("natives")).name();
  }

  /** A side-view video whose pose track (a clean synthetic two-rep set) is in the cache. */
  private String cachedLift(String name) throws Exception {
    Path video = dir.resolve("videos").resolve(name);
    Files.createDirectories(video.getParent());
    Files.writeString(video, "a video that only the cache knows: " + name);
    SyntheticLifter.Result set = SyntheticLifter.generate(SetSpec.clean(9, 2));
    // keyed as eval's default runtime keys it
    new PoseTrackCache(dir.resolve("cache"), referenceRuntime())
        .put(
            PoseTrackCache.sha256(video),
            new ModelInfo(PoseModel.FULL.displayName(), PoseModel.FULL.sha256()),
            set.track());
    double dt = 1.0 / set.track().video().fps();
    String spans =
        set.truth().reps().stream()
            .map(
                (GroundTruth.RepTruth t) ->
                    String.format(
                        Locale.ROOT,
                        "[%.2f, %.2f]",
                        t.floorBreakFrame() * dt,
                        t.descentEndFrame() * dt))
            .collect(Collectors.joining(", "));
    return entry(name, "side", 2, "[" + spans + "]", "good");
  }

  private static String entry(String file, String view, int reps, String spans, String form) {
    return String.format(
        Locale.ROOT,
        "{\"file\": \"%s\", \"view\": \"%s\", \"reps\": %d, \"rep_spans_s\": %s,"
            + " \"variant\": \"conventional\", \"form_label\": \"%s\", \"faults\": [],"
            + " \"faults_seen\": [], \"usable\": true, \"negative_case\": false}",
        file,
        view,
        reps,
        spans,
        form);
  }

  private Path labels(String... entries) throws Exception {
    Path p = dir.resolve("videos").resolve("labels.json");
    Files.createDirectories(p.getParent());
    Files.writeString(p, "[\n" + String.join(",\n", entries) + "\n]\n");
    return p;
  }

  @Test
  void badEntriesAndMissingVideosAreNamedTheRestIsScoredAndTheExitSaysSo() throws Exception {
    Files.createDirectories(dir.resolve("videos"));
    Files.writeString(dir.resolve("videos/broken.mp4"), "this is not a video at all");
    Path labels =
        labels(
            cachedLift("lift.mp4"),
            entry("broken.mp4", "side", 1, "[[1, 2]]", "unknown"),
            entry("gone.mp4", "front", 1, "[[1, 2]]", "unknown"),
            entry("odd.mp4", "side", 1, "[[1, 2]]", "unknown")
                .replace("\"reps\": 1", "\"reps\": \"x\""));
    Path json = dir.resolve("out/eval.json");
    Path html = dir.resolve("out/eval.html");
    Run r =
        run(
            "eval",
            labels.toString(),
            "--cache",
            dir.resolve("cache").toString(),
            "--json",
            json.toString(),
            "--html",
            html.toString(),
            "--inject");
    assertThat(r.exit()).as(r.err()).isEqualTo(3);
    assertThat(r.out())
        .contains(
            "lift.mp4", "analysed", "broken.mp4", "failed", "Totals", "Targets", "Injected faults")
        .contains("rep count exact              1 of 2 (50 %)");
    assertThat(r.err())
        .contains("labels.json entry 3 (line 4, gone.mp4): video not found: ")
        .contains("labels.json entry 4 (line 5, odd.mp4): reps must be a whole number")
        .contains("eval: 2 clips in ", "1 pose tracks from the cache");
    JsonNode j = new ObjectMapper().readTree(json.toFile());
    assertThat(j.path("format").asText()).isEqualTo("hinge.eval/1");
    assertThat(j.path("clips")).hasSize(2);
    assertThat(j.path("clips").get(0).path("fullReps").asInt()).isEqualTo(2);
    assertThat(j.path("clips").get(1).path("status").asText()).isEqualTo("failed");
    assertThat(j.path("clips").get(1).path("message").asText()).contains("broken.mp4");
    assertThat(j.path("problems")).hasSize(2);
    assertThat(j.path("problems").get(0).path("kind").asText()).isEqualTo("video_missing");
    assertThat(j.path("totals").path("runs").path("failed").asInt()).isEqualTo(1);
    assertThat(j.path("sources")).hasSize(2);
    assertThat(j.path("sources").get(0).path("source").asText()).isEqualTo("lift");
    assertThat(j.path("sources").get(0).path("repCountExact").asInt()).isEqualTo(1);
    assertThat(j.path("sources").get(1).path("foundReps").asInt()).isZero();
    assertThat(j.path("injected").path("rows").size()).isEqualTo(17);
    assertThat(j.path("targets").size()).isEqualTo(9);
    assertThat(Files.readString(html))
        .startsWith("<!DOCTYPE html>")
        .contains("Confusion per fault");
  }

  @Test
  void aMissingVideoAloneExitsNotFound() throws Exception {
    Path labels = labels(cachedLift("lift.mp4"), entry("gone.mp4", "side", 1, "[[1, 2]]", "good"));
    Run r = run("eval", labels.toString(), "--cache", dir.resolve("cache").toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(7);
    assertThat(r.out()).contains("Problems with the labels (1; an entry with a malformed field");
  }

  @Test
  void jsonOnStdoutIsJsonOnlyAndACleanRunExitsZero() throws Exception {
    Path labels = labels(cachedLift("lift.mp4"));
    Run r =
        run("eval", labels.toString(), "--cache", dir.resolve("cache").toString(), "--json", "-");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.path("run").path("fromCache").asInt()).isEqualTo(1);
    assertThat(j.path("run").path("runtime").asText()).isEqualTo(referenceRuntime());
    assertThat(j.path("totals").path("repCountsSideView").path("exact").asInt()).isEqualTo(1);
    assertThat(j.path("injected").isNull()).isTrue();
  }

  @Test
  void withNoiseEachClipIsAnalysedAgainAndItsVerdictCounted() throws Exception {
    Path labels = labels(cachedLift("lift.mp4"));
    String[] noisy = {
      "eval",
      labels.toString(),
      "--cache",
      dir.resolve("cache").toString(),
      "--noise",
      "1",
      "--noise-trials",
      "4"
    };
    Run r = run(noisy);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Verdicts under landmark noise (each clip's pose track analysed 4 times more")
        .contains("trials stable                4 of 4 (100 %)");
    assertThat(r.err()).contains("eval: 4 noisy analyses of 1 clips in ");
    String[] asJson = java.util.Arrays.copyOf(noisy, noisy.length + 2);
    asJson[noisy.length] = "--json";
    asJson[noisy.length + 1] = "-";
    Run json = run(asJson);
    JsonNode n = new ObjectMapper().readTree(json.out()).path("noise");
    assertThat(n.path("trials").asInt()).isEqualTo(4);
    assertThat(n.path("clips").get(0).path("stable").asInt()).isEqualTo(4);
    Run zero = run("eval", labels.toString(), "--noise", "0");
    assertThat(zero.exit()).isEqualTo(3);
    assertThat(zero.err())
        .contains("--noise must be more than 0 and at most 50 (% of the torso); found 0.0");
  }

  /**
   * Tracks are kept per runtime: the track cached for the reference runtime is not scored for
   * another, whose pose stage then runs (here on a file that is no video, so the clip fails).
   */
  @Test
  void aTrackCachedForOneRuntimeIsNotScoredForAnother() throws Exception {
    Path labels = labels(cachedLift("lift.mp4"));
    String other = referenceRuntime().startsWith("tflite") ? "onnx" : "tflite";
    Run r =
        run(
            "eval",
            labels.toString(),
            "--cache",
            dir.resolve("cache").toString(),
            "--runtime",
            other,
            "--json",
            "-");
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.path("run").path("fromCache").asInt()).isZero();
    assertThat(j.path("clips").get(0).path("status").asText()).isEqualTo("failed");
    assertThat(j.path("run").path("runtime").asText()).isNotEqualTo(referenceRuntime());
  }

  @Test
  void theHtmlReportEscapesWhatTheLabelsSay() throws Exception {
    Path labels = labels(cachedLift("<b>&lift.mp4"));
    Path html = dir.resolve("eval.html");
    Run r =
        run(
            "eval",
            labels.toString(),
            "--cache",
            dir.resolve("cache").toString(),
            "--html",
            html.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String page = Files.readString(html);
    assertThat(page).contains("&lt;b&gt;&amp;lift.mp4").doesNotContain("<b>&lift");
  }

  @Test
  void aLabelsFileThatIsNotAnArrayOrNotThereIsRefused() throws Exception {
    Path notArray = dir.resolve("labels.json");
    Files.writeString(notArray, "{\"file\": \"a.mp4\"}");
    Run r = run("eval", notArray.toString(), "--no-cache");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err())
        .contains("a labels file must be a JSON array of clip entries")
        .contains("hinge: no entry of " + notArray + " could be read");
    Run missing = run("eval", dir.resolve("none.json").toString());
    assertThat(missing.exit()).isEqualTo(7);
    assertThat(missing.err()).contains("labels file not found");
  }

  @Test
  void anUnknownModelIsAUsageErrorOfEvalItself() throws Exception {
    Path labels = Files.writeString(dir.resolve("labels.json"), "[]");
    Run r = run("eval", labels.toString(), "--model", "huge");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("--model must be lite, full or heavy, found 'huge'")
        .contains("Usage: hinge eval")
        .doesNotContain("Usage: analyze");
  }
}
