package dev.hinge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hinge.journal.AnalysisStore;
import dev.hinge.journal.Journal;
import dev.hinge.journal.JournalTestSupport;
import dev.hinge.journal.ProfileStore;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import dev.hinge.triage.Answers;
import dev.hinge.triage.CheckInParser;
import dev.hinge.triage.TrainingContext;
import dev.hinge.triage.TriageEngine;
import dev.hinge.triage.Vocabulary.RedFlag;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in real headless Chromium (Debian's package, driven by playwright-core from
 * src/test/browser, which .ci/setup installs): the journal's analyses and check-ins render, a red
 * flag's disposition is marked, the page has no script errors. The screenshot is kept in
 * target/browser-screenshots.
 */
class BrowserIT {
  static final Path SCRIPTS = Path.of("src/test/browser");
  static final Path SHOTS = Path.of("target/browser-screenshots");

  static void assumeBrowser() {
    Path chromium =
        Path.of(Optional.ofNullable(System.getenv("CHROMIUM")).orElse("/usr/bin/chromium"));
    assumeTrue(Files.isExecutable(chromium), "no Chromium at " + chromium + " (bash .ci/setup)");
    assumeTrue(
        Files.isDirectory(SCRIPTS.resolve("node_modules/playwright-core")),
        "playwright-core is not installed in " + SCRIPTS + " (bash .ci/setup)");
  }

  /** Runs a browser script and returns what it printed (JSON). */
  static JsonNode browse(String script, String... args) throws Exception {
    java.util.List<String> cmd = new java.util.ArrayList<>();
    cmd.add("node");
    cmd.add(SCRIPTS.resolve(script).toString());
    cmd.addAll(java.util.List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("the browser finished").isTrue();
    assertThat(p.exitValue()).as("node exit code; output: %s", out).isZero();
    return new ObjectMapper().readTree(out);
  }

  /**
   * An HTML report's charts as Chart.js draws them in Chromium: a 29.97 fps clip's frames fall at
   * 1.001, 2.002 … s, and the time axes still read in whole seconds (every labelled tick a whole
   * number, one a second from 0 to the end of the set), the page without a script error.
   */
  @Test
  void theReportsChartsReadInWholeSeconds() throws Exception {
    assumeBrowser();
    dev.hinge.synthetic.SetSpec clean = dev.hinge.synthetic.SetSpec.clean(5, 3);
    dev.hinge.synthetic.SetSpec ntsc =
        new dev.hinge.synthetic.SetSpec(
            clean.seed(),
            clean.reps(),
            clean.touchAndGo(),
            clean.statureM(),
            29.97,
            clean.cameraDistanceM(),
            clean.cameraYawDeg(),
            clean.focalPx(),
            clean.noisePx(),
            clean.dropRate(),
            clean.absentRate(),
            clean.facingLeft(),
            clean.walkIn());
    dev.hinge.pose.PoseTrack track = dev.hinge.synthetic.SyntheticLifter.generate(ntsc).track();
    assertThat(track.frames().get(30).tMs())
        .isCloseTo(1001.0, org.assertj.core.data.Offset.offset(0.5));
    JsonNode page = report(track, "report");
    double endS = track.frames().get(track.frames().size() - 1).tMs() / 1000;
    int timeCharts = 0;
    for (JsonNode chart : page.get("charts")) {
      if (!"s".equals(chart.path("xTitle").asText())) {
        continue;
      }
      timeCharts++;
      java.util.List<String> labels = new java.util.ArrayList<>();
      for (JsonNode t : chart.get("xTicks")) {
        String label = t.get("label").asText();
        if (!label.isEmpty()) {
          labels.add(label);
          assertThat(label).as("%s: tick label", chart.get("id")).matches("\\d+");
          assertThat(t.get("value").asDouble()).isEqualTo(Double.parseDouble(label));
        }
      }
      assertThat(labels)
          .as("%s: one label a second", chart.get("id"))
          .hasSizeBetween((int) Math.floor(endS) - 1, (int) Math.ceil(endS) + 1);
    }
    assertThat(timeCharts).as("charts against time").isGreaterThanOrEqualTo(2);
  }

  /**
   * A set filmed from the front, as Chromium draws its report: the back's load said to be not
   * estimated (not a few N·m), and no trunk-angle or bar-path chart (depth from the front), the
   * speed and height charts drawn, without a script error.
   */
  @Test
  void aFrontViewReportSaysWhatItCannotShow() throws Exception {
    assumeBrowser();
    dev.hinge.pose.PoseTrack track =
        dev.hinge.synthetic.SyntheticLifter.generate(
                dev.hinge.synthetic.SetSpec.clean(5, 2).withYaw(88))
            .track();
    JsonNode page = report(track, "report-front");
    assertThat(page.get("summary").asText())
        .contains("Lower-back load not estimated: the camera sees the lifter from the front")
        .doesNotContain("N·m")
        .doesNotContain("facing");
    java.util.List<String> charts = new java.util.ArrayList<>();
    page.get("charts").forEach(c -> charts.add(c.get("id").asText()));
    assertThat(charts).contains("heights", "velocity").doesNotContain("trunk", "barpath");
    assertThat(page.get("figures").toString())
        .contains("Trunk angle: needs a side view", "Bar path against mid-foot: needs a side view");
    assertThat(page.get("fixes").asText())
        .startsWith("No faults found in what this video let be judged");
  }

  /**
   * The track analysed, its HTML report opened in Chromium once its charts are drawn (a screenshot
   * NAME.png kept), and what the page shows; the page must run without a script error.
   */
  static JsonNode report(dev.hinge.pose.PoseTrack track, String name) throws Exception {
    dev.hinge.pipeline.Analysis a =
        dev.hinge.pipeline.AnalysisPipeline.analyze(track, dev.hinge.pipeline.AnalysisOptions.NONE);
    Path html = Files.createTempDirectory("hinge-report").resolve(name + ".html");
    try (java.io.OutputStream out = Files.newOutputStream(html)) {
      dev.hinge.report.HtmlReport.write(
          a, Optional.of(track), dev.hinge.report.KeyFrameSource.NONE, out);
    }
    Files.createDirectories(SHOTS);
    Path shot = SHOTS.resolve(name + ".png").toAbsolutePath();
    JsonNode page = browse("report.mjs", html.toAbsolutePath().toString(), shot.toString());
    assertThat(page.get("errors")).isEmpty();
    assertPng(shot);
    return page;
  }

  /** The real pose pipeline with the user's models, as hinge serve runs it. */
  static dev.hinge.pipeline.VideoAnalyzer realAnalyzer() {
    dev.hinge.core.AppDirs dirs = dev.hinge.core.AppDirs.forUser();
    return dev.hinge.pipeline.VideoAnalyzer.of(
        new dev.hinge.pose.VideoPoseTracker(
            new dev.hinge.pose.model.ModelStore(dirs.models()),
            dev.hinge.pose.runtime.Runtimes.create(
                dev.hinge.pose.runtime.Runtimes.Choice.AUTO, dirs.cache())),
        dev.hinge.pose.PoseOptions.defaults());
  }

  static void assertPng(Path shot) throws Exception {
    byte[] png = Files.readAllBytes(shot);
    assertThat(png.length).isGreaterThan(5_000);
    assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  /**
   * A fixture video uploaded through the page, analysed by the real pose pipeline in the
   * background: the upload and analysis progress bars reach the end, the report link appears, and
   * the set is in the table.
   */
  @Test
  void aVideoUploadedThroughThePageIsAnalysedAndListed() throws Exception {
    assumeBrowser();
    Path video = dev.hinge.testing.Fixtures.video("jc_good.mp4");
    dev.hinge.pipeline.VideoAnalyzer analyzer = realAnalyzer();
    Path store = Files.createTempDirectory("hinge-browser-videos");
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s =
            WebServer.start(
                j,
                "127.0.0.1",
                0,
                Optional.empty(),
                Optional.of(
                    new WebServer.Uploads(
                        new dev.hinge.journal.VideoStore(store.resolve("videos")),
                        analyzer,
                        WebServer.Uploads.DEFAULT_MAX_BYTES,
                        1)),
                Optional.of(new dev.hinge.journal.ReportStore(store.resolve("reports"))))) {
      Files.createDirectories(SHOTS);
      Path shot = SHOTS.resolve("upload.png").toAbsolutePath();
      JsonNode page =
          browse(
              "upload.mjs",
              "http://127.0.0.1:" + s.port() + "/",
              video.toAbsolutePath().toString(),
              shot.toString());
      assertThat(page.get("errors")).isEmpty();
      assertThat(page.get("link").asText()).matches("/analyses/\\d+/report");
      assertThat(page.get("reportTitle").asText()).contains("jc_good");
      assertThat(page.get("reportCharts").asInt()).isGreaterThanOrEqualTo(3);
      JsonNode last = page.get("seen").get(page.get("seen").size() - 1);
      assertThat(last.get("upload").asDouble()).isEqualTo(1.0);
      assertThat(last.get("analysis").asDouble()).isEqualTo(1.0);
      assertThat(last.get("status").asText()).startsWith("done");
      assertThat(page.get("rows")).hasSize(1);
      assertThat(page.at("/rows/0").toString()).contains("jc_good.mp4").contains("100.0");
      assertThat(j.analyses().list().get(0).fullReps()).isEqualTo(1);
      assertPng(shot);
    }
  }

  /**
   * The phone flow of {@code hinge serve --lan}: a browser at a phone's viewport without the
   * session cookie is refused; opening the pairing link sets an HttpOnly, SameSite=Strict cookie
   * and lands on the upload page, whose film button opens the back camera; a fixture video filmed
   * there is uploaded and analysed by the real pose pipeline, and its summary shows on the phone.
   */
  @Test
  void aPhonePairsByItsLinkFilmsASetAndSeesTheResult() throws Exception {
    assumeBrowser();
    Path video = dev.hinge.testing.Fixtures.video("jc_good.mp4");
    dev.hinge.pipeline.VideoAnalyzer analyzer = realAnalyzer();
    Path store = Files.createTempDirectory("hinge-browser-phone");
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s =
            WebServer.start(
                j,
                "127.0.0.1",
                0,
                Optional.of("a-token-the-phone-never-types"),
                Optional.of(
                    new WebServer.Uploads(
                        new dev.hinge.journal.VideoStore(store.resolve("videos")),
                        analyzer,
                        WebServer.Uploads.DEFAULT_MAX_BYTES,
                        1)),
                Optional.of(new dev.hinge.journal.ReportStore(store.resolve("reports"))))) {
      Files.createDirectories(SHOTS);
      Path shot = SHOTS.resolve("phone.png").toAbsolutePath();
      String base = "http://127.0.0.1:" + s.port();
      JsonNode page =
          browse(
              "phone.mjs",
              base,
              base + "/pair?code=" + s.newPairingCode().value(),
              video.toAbsolutePath().toString(),
              shot.toString());
      assertThat(page.get("unpairedPage").asInt()).isEqualTo(401);
      assertThat(page.get("unpairedApi").asInt()).isEqualTo(401);
      assertThat(page.at("/unpairedBody/error").asText()).isEqualTo("unauthorized");
      assertThat(page.get("pairedStatus").asInt()).isEqualTo(200);
      assertThat(page.get("landed").asText())
          .as("the code gone from the address")
          .isEqualTo("/upload");
      assertThat(page.get("cookies")).hasSize(1);
      assertThat(page.at("/cookies/0/name").asText()).isEqualTo("hinge_session");
      assertThat(page.at("/cookies/0/httpOnly").asBoolean()).isTrue();
      assertThat(page.at("/cookies/0/sameSite").asText()).isEqualTo("Strict");
      assertThat(page.get("scriptSees").asText())
          .as("scripts cannot read it")
          .doesNotContain("hinge_session");
      assertThat(page.at("/film/accept").asText()).isEqualTo("video/*");
      assertThat(page.at("/film/capture").asText()).isEqualTo("environment");
      assertThat(page.get("errors")).isEmpty();
      JsonNode last = page.get("seen").get(page.get("seen").size() - 1);
      assertThat(last.get("error").isNull()).as(last.toString()).isTrue();
      assertThat(last.get("upload").asDouble()).isEqualTo(1.0);
      assertThat(last.get("analysis").asDouble()).isEqualTo(1.0);
      assertThat(page.get("repCount").asText()).isEqualTo("1");
      assertThat(page.get("summary").asText()).contains("rep").contains("m/s");
      assertThat(page.get("link").asText()).matches("/analyses/\\d+/report");
      assertThat(page.at("/layout/scrollWidth").asInt())
          .as("no sideways scrolling on the phone")
          .isLessThanOrEqualTo(page.at("/layout/innerWidth").asInt());
      assertThat(page.at("/layout/buttonHeight").asDouble())
          .as("a button a thumb can hit")
          .isGreaterThanOrEqualTo(44);
      // filmed twice at 100 kg: the second set against the first, in words and both best reps
      assertThat(j.analyses().list()).hasSize(2);
      assertThat(j.analyses().list()).allSatisfy(a -> assertThat(a.loadKg()).isEqualTo(100.0));
      assertThat(page.get("bestWords").asText()).isNotBlank();
      JsonNode pair = page.get("bestPair");
      assertThat(pair).as("%s", page.get("errors")).hasSize(2);
      for (JsonNode fig : pair) {
        assertThat(fig.get("src").asText()).matches("/analyses/\\d+/best-rep.png");
        assertThat(fig.get("height").asInt()).isEqualTo(dev.hinge.report.BestRepStrip.HEIGHT);
        assertThat(fig.get("width").asInt()).isEqualTo(3 * dev.hinge.report.BestRepStrip.HEIGHT);
      }
      assertThat(pair.get(0).get("caption").asText()).startsWith("This set");
      assertThat(pair.get(1).get("caption").asText()).startsWith("Your best set");
      assertThat(pair.get(0).get("src").asText()).isNotEqualTo(pair.get(1).get("src").asText());
      // the annotated video of the upload, linked from the phone page and from the report
      assertThat(page.get("videoHref").asText()).matches("/analyses/\\d+/video");
      assertThat(page.at("/video/status").asInt()).isEqualTo(200);
      assertThat(page.at("/video/type").asText()).isEqualTo("video/mp4");
      assertThat(page.at("/video/bytes").asInt()).isGreaterThan(20_000);
      assertThat(page.get("reportLinksVideo").asBoolean()).isTrue();
      assertPng(shot);
    }
  }

  /**
   * The check-in form: every red-flag question is on the page in its own words; a DOMS check-in
   * with "unsure" to the bladder question ends as an emergency, and the check-in is saved.
   */
  @Test
  void theCheckInFormShowsEveryRedFlagAndAnUnsureAnswerIsTakenAsYes() throws Exception {
    assumeBrowser();
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = WebServer.start(j, "127.0.0.1", 0, Optional.empty())) {
      Files.createDirectories(SHOTS);
      Path shot = SHOTS.resolve("checkin.png").toAbsolutePath();
      String answers =
          new ObjectMapper()
              .writeValueAsString(
                  java.util.Map.ofEntries(
                      java.util.Map.entry("age", 30),
                      java.util.Map.entry("hoursSinceTraining", 30),
                      java.util.Map.entry("onset", "after_session"),
                      java.util.Map.entry("suddenSharpOnset", "no"),
                      java.util.Map.entry("areas", java.util.List.of("hamstrings", "glutes")),
                      java.util.Map.entry("side", "both"),
                      java.util.Map.entry("pain", 4),
                      java.util.Map.entry("character", java.util.List.of("aching")),
                      java.util.Map.entry("leg.painBelowKnee", "no"),
                      java.util.Map.entry("leg.numbness", "no"),
                      java.util.Map.entry("leg.weakness", "none"),
                      java.util.Map.entry("leg.footDrop", "no"),
                      java.util.Map.entry("redFlags.bladderChange", "unsure"),
                      java.util.Map.entry("trend", "same"),
                      java.util.Map.entry("daysSinceOnset", 1),
                      java.util.Map.entry("easesWithMovement", "yes"),
                      java.util.Map.entry("canWalkNormally", "yes"),
                      java.util.Map.entry("previousEpisodes", 0)));
      JsonNode page =
          browse(
              "checkin.mjs", "http://127.0.0.1:" + s.port() + "/checkin", answers, shot.toString());
      assertThat(page.get("errors")).isEmpty();
      java.util.List<String> shown = new java.util.ArrayList<>();
      page.get("redFlagQuestions").forEach(q -> shown.add(q.asText()));
      assertThat(shown)
          .containsExactlyElementsOf(
              java.util.Arrays.stream(RedFlag.values()).map(RedFlag::question).toList());
      assertThat(page.at("/result/cls").asText()).isEqualTo("EMERGENCY");
      assertThat(page.at("/result/disclaimer").asText()).contains("does not diagnose");
      assertThat(j.checkIns().list()).hasSize(1);
      assertThat(j.checkIns().list().get(0).disposition()).isEqualTo("EMERGENCY");
      assertPng(shot);
    }
  }

  /**
   * Age and sex come from the profile: the form shows them filled in (marked "from your profile"),
   * the check-in is triaged with them, and no red-flag question is pre-answered.
   */
  @Test
  void theCheckInFormTakesAgeAndSexFromTheProfileButNeverARedFlag() throws Exception {
    assumeBrowser();
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"));
        WebServer s = WebServer.start(j, "127.0.0.1", 0, Optional.empty())) {
      java.time.LocalDate born = j.today().minusYears(74).minusDays(3);
      j.profiles()
          .save(
              new ProfileStore.Profile(
                  java.util.OptionalDouble.empty(),
                  java.util.OptionalDouble.empty(),
                  "kg",
                  Optional.of(born),
                  Optional.of("female")));
      Files.createDirectories(SHOTS);
      Path shot = SHOTS.resolve("checkin-profile.png").toAbsolutePath();
      String answers =
          new ObjectMapper()
              .writeValueAsString(
                  java.util.Map.ofEntries(
                      java.util.Map.entry("hoursSinceTraining", 30),
                      java.util.Map.entry("onset", "after_session"),
                      java.util.Map.entry("suddenSharpOnset", "no"),
                      java.util.Map.entry("areas", java.util.List.of("lower_back")),
                      java.util.Map.entry("side", "central"),
                      java.util.Map.entry("pain", 4),
                      java.util.Map.entry("character", java.util.List.of("aching")),
                      java.util.Map.entry("leg.painBelowKnee", "no"),
                      java.util.Map.entry("leg.numbness", "no"),
                      java.util.Map.entry("leg.weakness", "none"),
                      java.util.Map.entry("leg.footDrop", "no"),
                      java.util.Map.entry("trend", "same"),
                      java.util.Map.entry("daysSinceOnset", 1),
                      java.util.Map.entry("easesWithMovement", "yes"),
                      java.util.Map.entry("canWalkNormally", "yes"),
                      java.util.Map.entry("previousEpisodes", 0)));
      JsonNode page =
          browse(
              "checkin.mjs", "http://127.0.0.1:" + s.port() + "/checkin", answers, shot.toString());
      assertThat(page.get("errors")).isEmpty();
      assertThat(page.at("/prefilled/age").asText()).isEqualTo("74");
      assertThat(page.at("/prefilled/sex").asText()).isEqualTo("female");
      assertThat(page.at("/prefilled/note").toString()).contains("from your profile");
      assertThat(page.at("/prefilled/redFlagsAnswered").asInt()).isZero();
      // 74 with lower-back pain: RF-AGE-OLD, so the profile's age was used
      assertThat(page.at("/result/cls").asText()).isEqualTo("SEE_CLINICIAN");
      assertThat(j.checkIns().list()).hasSize(1);
      assertThat(j.checkIns().list().get(0).resultJson()).contains("RF-AGE-OLD");
      assertPng(shot);
    }
  }

  /**
   * The history page: a set logged through its form appears under its day, and a check-in made
   * after a saved set shows which set it was linked to.
   */
  @Test
  void theHistoryPutsSetsAndCheckInsSideBySide() throws Exception {
    assumeBrowser();
    String lowBack = Answers.doms().areas("lower_back").set("side", "central").json();
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"))) {
      j.analyses().save(JournalTestSupport.setWithBarDriftOnRep2(), OptionalDouble.of(160));
      j.checkIns()
          .save(
              lowBack,
              new TriageEngine()
                  .evaluate(
                      CheckInParser.parse(lowBack),
                      j.analyses().trainingContext(AnalysisStore.RECENT_TRAINING)));
      try (WebServer s = WebServer.start(j, "127.0.0.1", 0, Optional.empty())) {
        Files.createDirectories(SHOTS);
        Path shot = SHOTS.resolve("history.png").toAbsolutePath();
        JsonNode page =
            browse("history.mjs", "http://127.0.0.1:" + s.port() + "/history", shot.toString());
        assertThat(page.get("errors")).isEmpty();
        assertThat(page.get("status").asText()).isEqualTo("Added.");
        JsonNode days = page.get("days");
        assertThat(days).hasSize(2);
        JsonNode today = days.get(0);
        assertThat(today.get("sets").get(0).toString())
            .isEqualTo("[\"deadlift\",\"160\",\"2\",\"-\",\"-\",\"video\"]");
        assertThat(today.get("checkins").get(0).asText())
            .contains("SELF_CARE")
            .contains("back_overload")
            .contains("linked to");
        JsonNode logged = days.get(1);
        assertThat(logged.get("day").asText()).isEqualTo("2026-11-19");
        assertThat(logged.get("sets").get(0).toString())
            .contains("Rumänisches Kreuzheben")
            .contains("90")
            .contains("10")
            .contains("3")
            .contains("manual");
        assertPng(shot);
      }
    }
  }

  @Test
  void theDashboardShowsTheJournal() throws Exception {
    assumeBrowser();

    String emergency = Answers.doms().flag(RedFlag.BLADDER_CHANGE).json();
    try (Journal j = Journal.open(JournalTestSupport.fresh("sqlite"))) {
      j.analyses()
          .save(
              AnalysisPipeline.analyze(
                  SyntheticLifter.generate(SetSpec.clean(2, 2)).track(), AnalysisOptions.NONE),
              OptionalDouble.of(150));
      j.analyses().save(JournalTestSupport.setWithBarDriftOnRep2(), OptionalDouble.of(160));
      j.checkIns()
          .save(
              emergency,
              new TriageEngine().evaluate(CheckInParser.parse(emergency), TrainingContext.none()));
      try (WebServer s = WebServer.start(j, "127.0.0.1", 0, Optional.empty())) {
        Files.createDirectories(SHOTS);
        Path shot = SHOTS.resolve("dashboard.png").toAbsolutePath();
        JsonNode page =
            browse("dashboard.mjs", "http://127.0.0.1:" + s.port() + "/", shot.toString());
        assertThat(page.get("title").asText()).isEqualTo("Hinge journal");
        assertThat(page.get("errors")).isEmpty();
        assertThat(page.get("analyses")).hasSize(2);
        assertThat(page.at("/analyses/1").findValuesAsText("text"))
            .contains("synthetic-2.mp4", "2", "150.0");
        assertThat(page.get("checkins")).hasSize(1);
        assertThat(page.at("/checkins/0/2/text").asText()).isEqualTo("EMERGENCY");
        assertThat(page.at("/checkins/0/2/cls").asText()).isEqualTo("EMERGENCY");
        // trends: both sets charted; the fault that came back is counted
        assertThat(page.get("charts").toString())
            .contains("{\"id\":\"speed-chart\",\"points\":[2,2]}")
            .contains("{\"id\":\"load-chart\",\"points\":[2]}");
        assertThat(page.get("recurring")).hasSize(1);
        assertThat(page.at("/recurring/0").findValuesAsText("text"))
            .startsWith("BAR_DRIFT", "1 of 2", "1");
        assertThat(page.at("/recurring/0/3/text").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertPng(shot);
      }
    }
  }
}
