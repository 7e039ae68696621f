package dev.hinge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hinge.core.AtomicFiles;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.PoseTrackWriter;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {
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

  private Path write(PoseTrack track) {
    Path p = dir.resolve("track.json");
    AtomicFiles.write(p, out -> PoseTrackWriter.write(track, out));
    return p;
  }

  private List<Path> files() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> !p.getFileName().toString().equals("track.json")).toList();
    }
  }

  @Test
  void aCleanSideViewSetPrintsTheRepTableAndWritesBothReports() throws Exception {
    Path track = write(SyntheticLifter.generate(SetSpec.clean(3, 3)).track());
    Path json = dir.resolve("out/analysis.json");
    Path html = dir.resolve("out/report.html");
    Run r =
        run(
            "analyze",
            "--from-track",
            track.toString(),
            "--json",
            json.toString(),
            "--html",
            html.toString(),
            "--height-cm",
            "178",
            "--load-kg",
            "140");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("3 full reps", "side view", "No faults found");
    JsonNode a = new ObjectMapper().readTree(json.toFile());
    assertThat(a.path("format").asText()).isEqualTo("hinge.analysis/1");
    assertThat(a.path("repCount").asInt()).isEqualTo(3);
    assertThat(a.path("scale").path("source").asText()).isEqualTo("lifter_height");
    assertThat(a.path("set").path("barLoadIncluded").asBoolean()).isTrue();
    assertThat(a.path("reps").get(0).path("phases").size()).isEqualTo(5);
    // a 140 kg bar at the hands, well forward of L5/S1 at the floor, dominates the moment
    assertThat(a.path("reps").get(0).path("load").path("peakMomentNm").asDouble())
        .isBetween(250.0, 700.0);
    String page = Files.readString(html);
    assertThat(page).contains("<canvas id=\"barpath\"", "new Chart(", "hinge.analysis/1");
    assertThat(page).doesNotContain("src=\"http");
  }

  /**
   * Two reps, then the lifter lets go, stands up and walks to the camera to stop the recording: the
   * summary counts two reps and says why the third rise is not one, and so does the JSON.
   */
  @Test
  void standingUpAfterTheSetAndWalkingToTheCameraIsNotARep() throws Exception {
    Path track =
        write(
            SyntheticLifter.generate(
                    SetSpec.clean(10, 2), new SyntheticLifter.Breaks(Set.of(), true, true, false))
                .track());
    Path json = dir.resolve("analysis.json");
    Run r = run("analyze", "--from-track", track.toString(), "--json", json.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("2 full reps", "not counted as a rep", "walked towards the camera");
    JsonNode a = new ObjectMapper().readTree(json.toFile());
    assertThat(a.path("repCount").asInt()).isEqualTo(2);
    assertThat(a.path("warnings").findValuesAsText("code")).contains("EMPTY_HANDED_RISE");
  }

  /** Three reps, then a fourth attempt that stalls and comes back down: a missed rep. */
  @Test
  void aMissedPullIsListedAsMissedAndTooHeavyIsTheFirstThingToFix() throws Exception {
    Path track =
        write(
            SyntheticLifter.generate(
                    SetSpec.clean(11, 3), new SyntheticLifter.Breaks(Set.of(), false, false, true))
                .track());
    Path json = dir.resolve("analysis.json");
    Run r = run("analyze", "--from-track", track.toString(), "--json", json.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("3 full reps, 1 partial")
        .containsPattern("(?m)^4 +missed ")
        .contains("1. TOO_HEAVY (rep 4)")
        .contains("     drill: Stop at a speed loss:")
        .contains("when to drop the load: hinge guide TOO_HEAVY");
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    JsonNode rep4 = root.path("reps").get(3);
    assertThat(rep4.path("missed").asBoolean()).isTrue();
    assertThat(rep4.path("partialReason").asText()).startsWith("missed: the bar rose");
    // every finding carries its form guide; every top fix its first drill
    JsonNode guide = rep4.path("faults").get(0).path("guide");
    assertThat(guide.path("title").asText()).isEqualTo("Too heavy");
    assertThat(guide.path("cue").asText())
        .isEqualTo(rep4.path("faults").get(0).path("cue").asText());
    assertThat(guide.path("why").asText()).contains("too heavy");
    assertThat(guide.path("drills").size()).isGreaterThanOrEqualTo(2);
    assertThat(guide.path("drills").get(0).path("dose").asText()).isNotBlank();
    assertThat(guide.path("sources").get(0).path("citation").asText()).isNotBlank();
    assertThat(root.at("/topFixes/0/firstDrill/name").asText()).isEqualTo("Stop at a speed loss");
    // 3 full reps: the best against the worst, in the terminal and the JSON
    assertThat(r.out()).containsPattern("Best rep against worst: rep \\d against rep \\d");
    assertThat(root.at("/comparison/differences/0/metric").asText())
        .isEqualTo("meanConcentricVelocityMps");
    assertThat(root.at("/comparison/why").asText()).isNotBlank();
  }

  @Test
  void withoutALoadTheSummarySaysTheBarIsNotIncluded() {
    Path track = write(SyntheticLifter.generate(SetSpec.clean(4, 1)).track());
    Run r = run("analyze", "--from-track", track.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("bar not included");
  }

  @Test
  void aMalformedTrackIsInvalidInputAndWritesNothing() throws Exception {
    Path track = dir.resolve("track.json");
    Files.writeString(track, "{\"format\": \"hinge.posetrack/1\", \"frames\": [ {\"index\": ");
    Run r =
        run(
            "analyze",
            "--from-track",
            track.toString(),
            "--json",
            dir.resolve("a.json").toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).startsWith("hinge: ").contains("not valid JSON");
    assertThat(files()).isEmpty();
  }

  @Test
  void aTrackOfAnotherVersionIsInvalidInputAndWritesNothing() throws Exception {
    Path track = dir.resolve("track.json");
    Files.writeString(track, "{\"format\": \"hinge.posetrack/2\", \"frames\": []}");
    Run r =
        run(
            "analyze",
            "--from-track",
            track.toString(),
            "--json",
            dir.resolve("a.json").toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("hinge.posetrack/2");
    assertThat(files()).isEmpty();
  }

  @Test
  void aTrackWithNoPersonIsUnanalyzable() throws Exception {
    PoseTrack full = SyntheticLifter.generate(SetSpec.clean(5, 1)).track();
    List<PoseFrame> empty = new ArrayList<>();
    for (PoseFrame f : full.frames()) {
      empty.add(PoseFrame.absent(f.index(), f.tMs()));
    }
    Path track = write(new PoseTrack(full.video(), full.model(), empty));
    Run r =
        run(
            "analyze",
            "--from-track",
            track.toString(),
            "--html",
            dir.resolve("r.html").toString());
    assertThat(r.exit()).isEqualTo(4);
    assertThat(r.err()).contains("no person found", "0 of " + empty.size());
    assertThat(files()).isEmpty();
  }

  @Test
  void aTrackTooShortForARepIsUnanalyzable() throws Exception {
    PoseTrack full = SyntheticLifter.generate(SetSpec.clean(6, 1)).track();
    Path track = write(new PoseTrack(full.video(), full.model(), full.frames().subList(0, 1)));
    Run r =
        run(
            "analyze",
            "--from-track",
            track.toString(),
            "--json",
            dir.resolve("a.json").toString());
    assertThat(r.exit()).isEqualTo(4);
    assertThat(r.err()).contains("too short to contain a rep", "1 frame");
    assertThat(files()).isEmpty();
  }

  @Test
  void aTrackWhereTheLifterOnlyStandsHasNoRep() throws Exception {
    PoseTrack full = SyntheticLifter.generate(SetSpec.clean(7, 1)).track();
    Path track = write(new PoseTrack(full.video(), full.model(), full.frames().subList(0, 40)));
    Run r = run("analyze", "--from-track", track.toString());
    assertThat(r.exit()).isEqualTo(4);
    assertThat(r.err()).contains("no deadlift rep found");
  }

  @Test
  void aFrontViewIsReportedWithTheSkippedJudgementsAndExitsUnanalyzable() throws Exception {
    Path track = write(SyntheticLifter.generate(SetSpec.clean(8, 2).withYaw(88)).track());
    Path json = dir.resolve("a.json");
    Run r = run("analyze", "--from-track", track.toString(), "--json", json.toString());
    assertThat(r.exit()).isEqualTo(4);
    assertThat(r.out()).contains("front view", "Not judged from this video", "HIPS_SHOOT_UP");
    // a lifter facing the camera faces neither left nor right
    assertThat(r.out()).doesNotContain("lifter facing");
    assertThat(r.err()).contains("front", "side view");
    JsonNode a = new ObjectMapper().readTree(json.toFile());
    assertThat(a.path("view").path("kind").asText()).isEqualTo("front");
    assertThat(a.path("skipped").size()).isGreaterThanOrEqualTo(5);
    assertThat(a.path("warnings").toString()).contains("NOT_SIDE_VIEW");
    // no back-load figure from the front: said, not printed as a few N·m
    assertThat(r.out())
        .contains("lower back: not estimated: the camera sees the lifter from the front");
    // no "keep lifting like this" where most of the form could not be seen
    assertThat(r.out())
        .contains("No faults found in what this video let be judged (")
        .doesNotContain("keep lifting like this");
    assertThat(a.path("set").path("peakLumbarMomentNm").isNull()).isTrue();
    assertThat(a.path("reps").get(0).path("load").path("peakMomentNm").isNull()).isTrue();
    assertThat(a.path("reps").get(0).path("load").path("notEstimated").asText()).contains("front");
    // the camera coach: what to change, then how to film
    assertThat(r.out())
        .contains("How to film for a full analysis:")
        .contains("Turn the camera (or yourself) a quarter turn")
        .contains("At hip height, level");
    assertThat(a.path("filming").get(0).asText()).startsWith("Turn the camera");
    Path html = dir.resolve("r.html");
    run("analyze", "--from-track", track.toString(), "--html", html.toString());
    assertThat(java.nio.file.Files.readString(html))
        .contains("<h2>How to film for a full analysis</h2>", "<svg", "3–4 m");
  }

  @Test
  void aSideViewGetsNoFilmingAdvice() throws Exception {
    Path track = write(SyntheticLifter.generate(SetSpec.clean(4, 1)).track());
    Path json = dir.resolve("a.json");
    Run r = run("analyze", "--from-track", track.toString(), "--json", json.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).doesNotContain("How to film");
    assertThat(new ObjectMapper().readTree(json.toFile()).has("filming")).isFalse();
  }

  @Test
  void aMissingTrackIsNotFound() {
    Run r = run("analyze", "--from-track", dir.resolve("nope.json").toString());
    assertThat(r.exit()).isEqualTo(7);
  }

  @Test
  void anOutOfRangeHeightIsInvalidInput() {
    Path track = write(SyntheticLifter.generate(SetSpec.clean(9, 1)).track());
    Run r = run("analyze", "--from-track", track.toString(), "--height-cm", "17");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("height must be between", "17");
  }

  @Test
  void aMissingVideoIsNotFoundAndNamesThePath() {
    Run r = run("analyze", dir.resolve("set.mp4").toString());
    assertThat(r.exit()).isEqualTo(7);
    assertThat(r.err()).contains("video not found", "set.mp4");
  }

  @Test
  void aVideoAndATrackTogetherAreAUsageError() {
    Run r = run("analyze", "set.mp4", "--from-track", "t.json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("not both");
  }

  @Test
  void aFileThatIsNotAVideoIsInvalidInputAndLeavesNoOutputBehind() throws Exception {
    Path junk = Files.writeString(dir.resolve("notes.mp4"), "deadlift 140 x 5\n".repeat(100));
    Path out = dir.resolve("out");
    Run r =
        run(
            "analyze",
            junk.toString(),
            "--track",
            out.resolve("t.json").toString(),
            "--json",
            out.resolve("a.json").toString(),
            "--html",
            out.resolve("r.html").toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("notes.mp4").contains("not a readable video");
    assertThat(r.out()).isEmpty();
    if (Files.exists(out)) {
      try (Stream<Path> s = Files.list(out)) {
        assertThat(s.toList()).as("files left behind").isEmpty();
      }
    }
  }
}
