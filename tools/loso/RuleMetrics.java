import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hinge.core.AppDirs;
import dev.hinge.core.ProgressListener;
import dev.hinge.eval.PoseTrackCache;
import dev.hinge.faults.SkippedJudgement;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.pipeline.RepAnalysis;
import dev.hinge.pose.ModelInfo;
import dev.hinge.pose.PoseOptions;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.VideoPoseTracker;
import dev.hinge.pose.model.ModelStore;
import dev.hinge.pose.model.PoseModel;
import dev.hinge.pose.runtime.Runtimes;
import dev.hinge.reps.RepMetrics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Prints, for every full rep of the side-view deadlift clips of a labelled set (and of the fixture
 * clips, labelled here as docs/analysis.md describes them), the metric each form rule reads, which
 * rules were not judged and which fired: the input of loso.py. Pose tracks come from hinge eval's
 * cache (run hinge eval first) or are made and cached.
 *
 * <p>java -cp target/hinge.jar tools/loso/RuleMetrics.java ../shared/fixtures/real/labels.json
 * ../shared/fixtures/videos > metrics.tsv
 */
public class RuleMetrics {
  /** Fixture clips: file, form, faults seen (docs/analysis.md, docs/eval.md). */
  static final String[][] FIXTURES = {
    {"formfit_deadlift.mp4", "good", ""},
    {"jc_good.mp4", "good", ""},
    {"jc_bad.mp4", "bad", "rounded_back"},
    {"jc_heellift.mp4", "bad", "heel_lift"},
    {"jc_nico_blocked.mp4", "unknown", "squatting_the_deadlift"},
    {"jc_nico_unblocked.mp4", "unknown", ""},
    {"jc_rdl.mp4", "good", ""}
  };

  record Clip(String file, Path video, String sha256, String form, String faults) {}

  public static void main(String[] args) throws Exception {
    Path labels = Path.of(args[0]);
    List<Clip> clips = new ArrayList<>();
    for (var c : new ObjectMapper().readTree(labels.toFile())) {
      if (!c.get("view").asText().equals("side") || c.get("negative_case").asBoolean()) {
        continue;
      }
      Set<String> f = new TreeSet<>();
      c.get("faults").forEach(x -> f.add(x.asText()));
      c.get("faults_seen").forEach(x -> f.add(x.asText()));
      String file = c.get("file").asText();
      clips.add(
          new Clip(
              file,
              labels.resolveSibling(file),
              c.get("sha256").asText(),
              c.get("form_label").asText(),
              String.join("+", f)));
    }
    if (args.length > 1) {
      for (String[] x : FIXTURES) {
        Path v = Path.of(args[1]).resolve(x[0]);
        clips.add(new Clip(x[0], v, PoseTrackCache.sha256(v), x[1], x[2]));
      }
    }
    AppDirs dirs = AppDirs.forUser();
    PoseTrackCache cache = new PoseTrackCache(dirs.cache().resolve("posetracks"));
    ModelInfo model = new ModelInfo(PoseModel.FULL.displayName(), PoseModel.FULL.sha256());
    VideoPoseTracker tracker =
        new VideoPoseTracker(
            new ModelStore(dirs.models()), Runtimes.create(Runtimes.Choice.AUTO, dirs.cache()));
    System.out.println(
        String.join(
            "\t",
            ("clip form faults rep kneeTrunk thighSetup trunkFloor lean hipTop excursion speedRatio"
                    + " head notJudged flagged")
                .split(" ")));
    for (Clip c : clips) {
      PoseTrack t =
          cache
              .get(c.sha256(), model)
              .orElseGet(
                  () ->
                      cache.put(
                          c.sha256(),
                          model,
                          tracker.track(
                              c.video(), new PoseOptions(PoseModel.FULL, 1), ProgressListener.NONE)));
      Analysis a = AnalysisPipeline.analyze(t, AnalysisOptions.NONE);
      for (RepAnalysis r : a.reps()) {
        if (r.rep().partial()) {
          continue;
        }
        RepMetrics x = r.metrics();
        Set<String> notJudged = new TreeSet<>();
        r.notJudged().keySet().forEach(k -> notJudged.add(k.name()));
        a.skipped().stream().map(SkippedJudgement::judgement).forEach(notJudged::add);
        Set<String> fired = new TreeSet<>();
        r.faults().forEach(f -> fired.add(f.code().name()));
        System.out.println(
            String.format(
                Locale.ROOT,
                "%s\t%s\t%s\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.2f\t%.1f\t%s\t%s",
                c.file(),
                c.form(),
                c.faults().isEmpty() ? "-" : c.faults(),
                r.rep().index(),
                x.trunkAngleKneeDeg(),
                x.thighElevationSetupMinDeg(),
                x.trunkAngleFloorDeg(),
                x.leanBackPeakDeg(),
                x.hipAngleTopDeg(),
                x.barExcursionCm(),
                x.floorBreakSpeedRatio(),
                x.headAngleDeg(),
                notJudged.isEmpty() ? "-" : String.join(",", notJudged),
                fired.isEmpty() ? "-" : String.join(",", fired)));
      }
    }
  }
}
