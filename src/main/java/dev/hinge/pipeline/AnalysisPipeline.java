package dev.hinge.pipeline;

import dev.hinge.core.HingeException;
import dev.hinge.core.ProgressListener;
import dev.hinge.faults.BackCurvatureSource;
import dev.hinge.faults.FaultCode;
import dev.hinge.faults.FaultDetector;
import dev.hinge.faults.Judgements;
import dev.hinge.faults.RepContext;
import dev.hinge.kinematics.CameraCheck;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.kinematics.KinematicsExtractor;
import dev.hinge.kinematics.Shot;
import dev.hinge.load.LoadEstimate;
import dev.hinge.load.LumbarLoadModel;
import dev.hinge.pose.PoseTrack;
import dev.hinge.reps.Rep;
import dev.hinge.reps.RepDetector;
import dev.hinge.reps.RepMeasurer;
import dev.hinge.reps.RepMetrics;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Pose track → analysis: kinematics, reps, metrics, faults, load, set summary, what to fix. */
public final class AnalysisPipeline {
  /** The shortest clip that can hold a pull. */
  public static final double MIN_DURATION_MS = 500;

  public static final int MIN_FRAMES = 8;

  private AnalysisPipeline() {}

  public static Analysis analyze(PoseTrack track, AnalysisOptions options) {
    return analyze(track, options, ProgressListener.NONE);
  }

  public static Analysis analyze(
      PoseTrack track, AnalysisOptions options, ProgressListener progress) {
    try {
      return analyzeTrack(track, options, progress);
    } catch (HingeException e) {
      // what went wrong may be the file's fault: say so in the same line
      if (e.kind() == dev.hinge.core.ErrorKind.UNANALYZABLE && track.video().damage().isPresent()) {
        throw new HingeException(
            e.kind(), e.getMessage() + " (" + track.video().damage().get().message() + ")", e);
      }
      throw e;
    }
  }

  private static Analysis analyzeTrack(
      PoseTrack track, AnalysisOptions options, ProgressListener progress) {
    double duration = checkLength(track);
    progress.progress("analysis", 0.0);
    List<Shot> shots = KinematicsExtractor.extractShots(track, options.heightCm());
    Kinematics k = KinematicsExtractor.join(shots);
    progress.progress("analysis", 0.4);
    Found byShot = findReps(track, shots, k);
    RepDetector.Detection detected = byShot.detection();
    SceneCuts.Result cut = SceneCuts.apply(track, detected.reps());
    List<Rep> reps = cut.reps();
    if (detected.reps().isEmpty()) {
      throw HingeException.unanalyzable(AnalysisNotes.noRep(k, detected, duration));
    }
    if (reps.isEmpty()) {
      throw HingeException.unanalyzable(
          "no rep between the video's scene cuts: "
              + cut.warnings().stream()
                  .filter(w -> w.code().equals("REP_ACROSS_CUT"))
                  .map(Warning::message)
                  .collect(java.util.stream.Collectors.joining("; ")));
    }
    CameraCheck camera = k.camera();
    // the back's silhouette: the caller's source, else the track's own measures (if any)
    Optional<BackCurvatureSource> curvature =
        options.backCurvature().isPresent()
            ? options.backCurvature()
            : SilhouetteCurvature.from(track);
    // what the camera lets be judged: each shot's own (a compilation may show the set from the side
    // and from the front); the video's list holds what no shot with a rep lets be judged, and a
    // rep whose shot cannot judge more says so on the rep
    Map<Shot, Map<FaultCode, String>> shotSkipped = new java.util.HashMap<>();
    for (Shot s : shots) {
      shotSkipped.put(s, Judgements.skipped(s.kinematics().camera(), curvature.isPresent()));
    }
    Map<FaultCode, String> skipped =
        shots.size() == 1
            ? Judgements.skipped(camera, curvature.isPresent())
            : skippedInEveryShot(shots, reps, shotSkipped);
    List<RepAnalysis> analysed = new ArrayList<>();
    for (Rep rep : reps) {
      Shot shot = shotOf(shots, rep);
      Kinematics kr = shots.size() == 1 ? k : k.withCamera(shot.kinematics().camera());
      Map<FaultCode, String> repSkipped = shots.size() == 1 ? skipped : shotSkipped.get(shot);
      analysed.add(judge(kr, rep, repSkipped, skipped, curvature, options));
    }
    progress.progress("analysis", 0.9);
    List<Warning> warnings =
        AnalysisNotes.collect(
            track, k, options, cut, byShot.acrossCuts(), detected, reps, analysed);
    // velocity loss and technique decay compare reps of one shot: the shots of a compilation may
    // be other sets or other lifters
    List<List<RepAnalysis>> repsByShot = SetFigures.byShot(shots, analysed);
    SetSummary set = SetFigures.summarize(analysed, repsByShot, options);
    SetFigures.velocityLoss(repsByShot, set).ifPresent(warnings::add);
    Analysis a =
        new Analysis(
            track.video(),
            k,
            analysed,
            set,
            warnings,
            Judgements.describe(skipped),
            SetFigures.topFixes(analysed));
    progress.progress("analysis", 1.0);
    return a;
  }

  /**
   * One rep measured, judged through its shot's camera ({@code kr}) and its back load estimated.
   * What its shot cannot judge and the video's list ({@code skipped}) does not already say is noted
   * on the rep.
   */
  static RepAnalysis judge(
      Kinematics kr,
      Rep rep,
      Map<FaultCode, String> repSkipped,
      Map<FaultCode, String> skipped,
      Optional<BackCurvatureSource> curvature,
      AnalysisOptions options) {
    RepMetrics m = RepMeasurer.measure(kr, rep);
    FaultDetector.Findings found =
        FaultDetector.judge(new RepContext(kr, rep, m, curvature), repSkipped);
    Map<FaultCode, String> repNotJudged = new EnumMap<>(FaultCode.class);
    repNotJudged.putAll(found.notJudged());
    repSkipped.forEach(
        (code, why) -> {
          if (!skipped.containsKey(code)) {
            repNotJudged.put(code, why + " in the shot this rep is in");
          }
        });
    LoadEstimate load =
        LumbarLoadModel.estimate(
            kr,
            rep.floorBreakFrame(),
            rep.endFrame(),
            rep.floorBreakFrame(),
            options.bodyMassKg(),
            options.loadKg());
    return new RepAnalysis(rep, m, load, found.faults(), repNotJudged, kr.camera().view().kind());
  }

  /**
   * The track's duration, ms, once it is known to hold a pose and to be long enough for a rep; else
   * why not.
   */
  static double checkLength(PoseTrack track) {
    int n = track.frames().size();
    double span = n == 0 ? 0 : track.frames().get(n - 1).tMs() - track.frames().get(0).tMs();
    double duration = Math.max(span, track.video().durationMs());
    if (n == 0) {
      throw HingeException.unanalyzable("the track has no frames");
    }
    if (track.framesWithPose() == 0) {
      throw HingeException.unanalyzable(
          "no person found in the track: 0 of " + n + " frames have a pose");
    }
    if (n < MIN_FRAMES || duration < MIN_DURATION_MS) {
      throw HingeException.unanalyzable(
          String.format(
              Locale.ROOT,
              "the video is too short to contain a rep: %d frame%s over %.2f s (a rep takes at"
                  + " least %.1f s and %d frames); give the whole set, from the set-up to the bar"
                  + " back on the floor",
              n,
              n == 1 ? "" : "s",
              duration / 1000,
              MIN_DURATION_MS / 1000,
              MIN_FRAMES));
    }
    return duration;
  }

  /** The reps found, and the pulls a cut split that no shot holds whole. */
  record Found(RepDetector.Detection detection, List<Warning> acrossCuts) {}

  /**
   * The reps of each shot of an edited video, found on its own: no rep is looked for across a cut.
   * The clip read as one shot says which pulls ran across a cut; where no shot holds a rep, its
   * reading stands, so that the no-rep message names the pulls the cuts split.
   */
  static Found findReps(PoseTrack track, List<Shot> shots, Kinematics k) {
    if (shots.size() == 1) {
      return new Found(RepDetector.find(k), List.of());
    }
    RepDetector.Detection perShot =
        RepDetector.Detection.joined(
            shots.stream().map(s -> RepDetector.find(s.kinematics())).toList(),
            shots.stream().map(Shot::firstFrame).toList());
    RepDetector.Detection whole = RepDetector.find(k);
    if (perShot.reps().isEmpty()) {
      return new Found(whole.reps().isEmpty() ? perShot : whole, List.of());
    }
    return new Found(perShot, SceneCuts.across(track, k, whole.reps(), perShot.reps()));
  }

  /** The shot a rep was found in: the last one starting at or before its first frame. */
  static Shot shotOf(List<Shot> shots, Rep rep) {
    Shot in = shots.get(0);
    for (Shot s : shots) {
      if (s.firstFrame() <= rep.startFrame()) {
        in = s;
      }
    }
    return in;
  }

  /**
   * The judgements no shot holding a rep can make (the reason the first such shot gives): the
   * video's "not judged" list. A shot without a rep (a title, an intro) takes no part.
   */
  static Map<FaultCode, String> skippedInEveryShot(
      List<Shot> shots, List<Rep> reps, Map<Shot, Map<FaultCode, String>> shotSkipped) {
    List<Shot> withReps = new ArrayList<>();
    for (Rep r : reps) {
      Shot s = shotOf(shots, r);
      if (!withReps.contains(s)) {
        withReps.add(s);
      }
    }
    Map<FaultCode, String> out = new java.util.EnumMap<>(FaultCode.class);
    shotSkipped
        .get(withReps.get(0))
        .forEach(
            (code, why) -> {
              if (withReps.stream().allMatch(s -> shotSkipped.get(s).containsKey(code))) {
                out.put(code, why);
              }
            });
    return out;
  }
}
