package dev.hinge.pipeline;

import dev.hinge.core.HingeException;
import dev.hinge.core.ProgressListener;
import dev.hinge.faults.BackCurvatureSource;
import dev.hinge.faults.Fault;
import dev.hinge.faults.FaultCode;
import dev.hinge.faults.FaultDetector;
import dev.hinge.faults.Judgements;
import dev.hinge.faults.RepContext;
import dev.hinge.kinematics.CameraCheck;
import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.kinematics.KinematicsExtractor;
import dev.hinge.kinematics.ScaleSource;
import dev.hinge.kinematics.Shot;
import dev.hinge.kinematics.ViewKind;
import dev.hinge.load.LoadEstimate;
import dev.hinge.load.LumbarLoadModel;
import dev.hinge.pose.PoseTrack;
import dev.hinge.reps.ClipEdges;
import dev.hinge.reps.Rep;
import dev.hinge.reps.RepDetector;
import dev.hinge.reps.RepMeasurer;
import dev.hinge.reps.RepMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntPredicate;

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
    progress.progress("analysis", 0.0);
    List<Shot> shots = KinematicsExtractor.extractShots(track, options.heightCm());
    Kinematics k = KinematicsExtractor.join(shots);
    progress.progress("analysis", 0.4);
    Found byShot = findReps(track, shots, k);
    RepDetector.Detection detected = byShot.detection();
    List<Warning> acrossCuts = byShot.acrossCuts();
    SceneCuts.Result cut = SceneCuts.apply(track, detected.reps());
    List<Rep> reps = cut.reps();
    if (detected.reps().isEmpty()) {
      throw HingeException.unanalyzable(noRep(k, detected, duration));
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
    List<Warning> notJudged = new ArrayList<>();
    for (Rep rep : reps) {
      Shot shot = shotOf(shots, rep);
      Kinematics kr = shots.size() == 1 ? k : k.withCamera(shot.kinematics().camera());
      Map<FaultCode, String> repSkipped = shots.size() == 1 ? skipped : shotSkipped.get(shot);
      RepMetrics m = RepMeasurer.measure(kr, rep);
      FaultDetector.Findings found =
          FaultDetector.judge(new RepContext(kr, rep, m, curvature), repSkipped);
      Map<FaultCode, String> repNotJudged = new java.util.EnumMap<>(FaultCode.class);
      repNotJudged.putAll(found.notJudged());
      repSkipped.forEach(
          (code, why) -> {
            if (!skipped.containsKey(code)) {
              repNotJudged.put(code, why + " in the shot this rep is in");
            }
          });
      // one line per reason: the rules a whole-rep reason keeps off (a lost pose) named together
      Map<String, List<String>> byReason = new LinkedHashMap<>();
      repNotJudged.forEach(
          (code, why) -> byReason.computeIfAbsent(why, w -> new ArrayList<>()).add(code.name()));
      byReason.forEach(
          (why, codes) ->
              notJudged.add(
                  new Warning(
                      "NOT_JUDGED",
                      "rep "
                          + rep.index()
                          + ": "
                          + String.join(", ", codes)
                          + " not judged: "
                          + why)));
      LoadEstimate load =
          LumbarLoadModel.estimate(
              kr,
              rep.floorBreakFrame(),
              rep.endFrame(),
              rep.floorBreakFrame(),
              options.bodyMassKg(),
              options.loadKg());
      analysed.add(new RepAnalysis(rep, m, load, found.faults(), repNotJudged));
    }
    progress.progress("analysis", 0.9);
    List<Warning> warnings = new ArrayList<>();
    track.video().damage().ifPresent(d -> warnings.add(new Warning("DAMAGED_VIDEO", d.message())));
    warnings.addAll(cut.warnings());
    warnings.addAll(acrossCuts);
    camera.issues().forEach(i -> warnings.add(new Warning(i.code(), i.message())));
    if (k.scale().source() == ScaleSource.ASSUMED_HEIGHT) {
      warnings.add(
          new Warning(
              "SCALE_ASSUMED",
              "no height given and no world landmarks: speeds assume a 1.75 m lifter; pass"
                  + " --height-cm for real figures"));
    }
    if (options.loadKg().isEmpty()) {
      warnings.add(
          new Warning(
              "BAR_LOAD_UNKNOWN",
              "no bar load given (--load-kg): the lower-back load covers the body only, the"
                  + " bar's contribution is not included"));
    }
    if (options.bodyMassKg().isEmpty()) {
      warnings.add(
          new Warning(
              "BODY_MASS_ESTIMATED",
              "body mass estimated from stature (±25 %); the back-load figures are rough"));
    }
    warnings.addAll(notJudged);
    for (RepDetector.EmptyHandedRise e : detected.emptyHanded()) {
      String walk =
          e.walkedAcross()
              ? String.format(Locale.ROOT, "walked %.1f m across the picture", e.acrossM())
              : String.format(
                  Locale.ROOT,
                  "walked %s the camera (he looks %.0f %% %s)",
                  e.sizeChange() > 0 ? "towards" : "away from",
                  100 * Math.abs(e.sizeChange()),
                  e.sizeChange() > 0 ? "larger" : "smaller");
      warnings.add(
          new Warning(
              "EMPTY_HANDED_RISE",
              String.format(
                  Locale.ROOT,
                  "not counted as a rep: the hands rose to standing at %.1f s, then the lifter %s"
                      + " without lowering anything (he had let go of the bar)",
                  k.t(e.standingFrame()) / 1000.0,
                  walk)));
    }
    for (RepDetector.HandsAlone h : detected.handsAlone()) {
      warnings.add(new Warning("HANDS_ALONE", "not counted as a rep: " + handsAlone(k, h)));
    }
    for (RepDetector.ArmsRaised a : detected.armsRaised()) {
      warnings.add(new Warning("ARMS_RAISED", "not counted as a rep: " + armsRaised(k, a)));
    }
    for (RepDetector.NotLowered d : detected.notLowered()) {
      warnings.add(
          new Warning(
              "BAR_NOT_LOWERED",
              String.format(
                  Locale.ROOT,
                  "the bar was not lowered in view after the lockout at %.1f s: at %.1f s the"
                      + " lifter turned or stepped away (he dropped the bar or let go of it), so"
                      + " the rep's way down is not judged",
                  k.t(d.lockoutFrame()) / 1000.0,
                  k.t(d.leftFrame()) / 1000.0)));
    }
    for (ClipEdges.CutPull c : ClipEdges.find(k, reps)) {
      warnings.add(new Warning("PULL_CUT_BY_CLIP", cutPull(k, c)));
    }
    landmarkJumps(k).ifPresent(warnings::add);
    poseLost(k).ifPresent(warnings::add);
    otherPerson(k).ifPresent(warnings::add);
    lockoutNotSeen(analysed).ifPresent(warnings::add);
    List<Rep> partial = analysed.stream().map(RepAnalysis::rep).filter(Rep::partial).toList();
    if (!partial.isEmpty()) {
      warnings.add(
          new Warning(
              "PARTIAL_REPS",
              partial.size()
                  + " partial rep"
                  + (partial.size() == 1 ? "" : "s")
                  + " not counted as full reps: "
                  + String.join(
                      "; ",
                      partial.stream()
                          .map(
                              r ->
                                  "rep "
                                      + r.index()
                                      + " "
                                      + r.partialReason().orElse("did not lock out"))
                          .toList())));
    }
    // velocity loss compares reps of one shot: the shots of a compilation may be other sets or
    // other lifters
    List<List<RepAnalysis>> repsByShot = new ArrayList<>();
    for (Shot shot : shots) {
      List<RepAnalysis> in = analysed.stream().filter(r -> shotOf(shots, r.rep()) == shot).toList();
      if (!in.isEmpty()) {
        repsByShot.add(in);
      }
    }
    SetSummary set = summarize(analysed, repsByShot, options);
    velocityLoss(repsByShot, set).ifPresent(warnings::add);
    Analysis a =
        new Analysis(
            track.video(),
            k,
            analysed,
            set,
            warnings,
            Judgements.describe(skipped),
            topFixes(analysed));
    progress.progress("analysis", 1.0);
    return a;
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

  /**
   * Why no rep was found, naming the signal that failed, and what was measured: "no deadlift rep
   * found in 8.5 s of video: the bar rose to lockout once (3.9 s) but the lifter walked towards the
   * camera without lowering it, which reads as standing up empty-handed; measured: side view,
   * facing left, the bar's travel 85 cm, a pose in 255 of 255 frames".
   */
  static String noRep(Kinematics k, RepDetector.Detection found, double durationMs) {
    String why;
    if (!found.armsRaised().isEmpty()) {
      why = "not a deadlift: " + armsRaised(k, found.armsRaised().get(0));
    } else if (!found.handsAlone().isEmpty()) {
      why = "not a deadlift: " + handsAlone(k, found.handsAlone().get(0));
    } else if (!found.emptyHanded().isEmpty()) {
      RepDetector.EmptyHandedRise e = found.emptyHanded().get(0);
      why =
          String.format(
              Locale.ROOT,
              "the bar rose to lockout height (at %.1f s) but the lifter then %s without"
                  + " lowering it, which reads as standing up empty-handed, not a rep",
              k.t(e.standingFrame()) / 1000.0,
              e.walkedAcross()
                  ? "walked across the picture"
                  : "walked " + (e.sizeChange() > 0 ? "towards" : "away from") + " the camera");
    } else if (found.barTravelM().isEmpty()) {
      why =
          "not a deadlift: the hands stayed above the hips, where no deadlift bar can be (it hangs"
              + " from straight arms); a squat, or the bar on the back or at the chest";
    } else if (found.barTravelM().getAsDouble() >= MIN_BAR_TRAVEL_M) {
      why =
          String.format(
              Locale.ROOT,
              "the bar (the hands, or the shoulders where the hands were hidden) moved through %.0f"
                  + " cm of height, but never rose from near the floor to lockout height in one"
                  + " pull while the feet stayed planted (a clip of the lowering alone, or cut"
                  + " mid-pull, reads so)",
              100 * found.barTravelM().getAsDouble());
    } else {
      why =
          String.format(
              Locale.ROOT,
              "the bar (the hands, or the shoulders where the hands were hidden) travelled only"
                  + " %.0f cm; a pull needs at least %.0f cm",
              100 * found.barTravelM().getAsDouble(),
              100 * MIN_BAR_TRAVEL_M);
    }
    int present = 0;
    for (boolean p : k.present()) {
      present += p ? 1 : 0;
    }
    ViewKind view = k.camera().view().kind();
    return String.format(
        Locale.ROOT,
        "no deadlift rep found in %.1f s of video: %s; measured: %s view%s, a pose in %d of %d"
            + " frames",
        durationMs / 1000.0,
        why,
        view.name().toLowerCase(Locale.ROOT),
        view == ViewKind.FRONT ? "" : ", facing " + k.facing().name().toLowerCase(Locale.ROOT),
        present,
        k.frameCount());
  }

  /** The note for a pull the video's first or last frame may cut ({@link ClipEdges}). */
  static String cutPull(Kinematics k, ClipEdges.CutPull c) {
    return c.atStart()
        ? String.format(
            Locale.ROOT,
            "the video starts with the lifter already rising (the hands %.0f cm"
                + " higher by %.1f s, then back down): if that was a pull, it is not counted, its"
                + " floor break is not in the video; start recording before the set-up",
            100 * c.riseM(),
            k.t(c.toFrame()) / 1000.0)
        : String.format(
            Locale.ROOT,
            "the video stops with the lifter rising from the floor (from %.1f s, the hands %.0f cm"
                + " up by the last frame): if that was a pull, it is not counted, its lockout is not"
                + " in the video; stop recording once the bar is back down",
            k.t(c.fromFrame()) / 1000.0,
            100 * c.riseM());
  }

  /**
   * Why a rise with the arms raised is no deadlift rep: "the arms swung up to 88° from hanging (at
   * 1.2 s), where a deadlift bar hangs from straight arms all the way: a kettlebell swing or a
   * front raise, not a deadlift".
   */
  static String armsRaised(Kinematics k, RepDetector.ArmsRaised a) {
    return String.format(
        Locale.ROOT,
        "the %s to %.0f° from hanging%s (at %.1f s), where a deadlift bar hangs from straight"
            + " arms all the way: %s",
        a.elbows() ? "hands rose" : "arms swung up",
        a.deg(),
        a.elbows() ? " with the elbows bent" : "",
        k.t(a.frame()) / 1000.0,
        a.elbows()
            ? "a clean, a high pull or a row, not a deadlift"
            : "a kettlebell swing or a front raise, not a deadlift");
  }

  /**
   * Why a rise of the hands alone is no deadlift rep: "the hands rose 20 cm (at 1.9 s) and the
   * shoulders 0 cm, where a deadlift bar pulled with straight arms takes the shoulders up about as
   * far: a row or a curl, not a deadlift".
   */
  static String handsAlone(Kinematics k, RepDetector.HandsAlone h) {
    return String.format(
        Locale.ROOT,
        "the hands rose %.0f cm (at %.1f s) and the shoulders %.0f cm, where a deadlift bar pulled"
            + " with straight arms takes the shoulders up about as far: a row or a curl, not a"
            + " deadlift",
        100 * h.barRiseM(),
        k.t(h.topFrame()) / 1000.0,
        100 * h.shoulderRiseM());
  }

  /** The least bar travel a pull can have (the rep detector's). */
  static final double MIN_BAR_TRAVEL_M = 0.15;

  /**
   * Which landmarks jumped and were rejected before the low-pass, and when: "ankle 6 frames
   * (3.20–3.37 s)". Empty when none did.
   */
  static Optional<Warning> landmarkJumps(Kinematics k) {
    List<String> parts = new ArrayList<>();
    for (Joint j : Joint.values()) {
      frameRuns(k, i -> k.rejected(j, i))
          .ifPresent(runs -> parts.add(j.name().toLowerCase(Locale.ROOT) + " " + runs));
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Warning(
            "LANDMARK_JUMPS",
            "landmarks that jumped away from the body for a few frames were rejected and bridged"
                + " from their neighbours: "
                + String.join("; ", parts)));
  }

  /**
   * The frames {@code at} holds, counted and placed: "6 frames (3.20–3.37 s, 4.10 s)", the first
   * three runs named. Empty when it holds on none.
   */
  static Optional<String> frameRuns(Kinematics k, IntPredicate at) {
    List<String> runs = new ArrayList<>();
    int frames = 0;
    int start = -1;
    for (int i = 0; i <= k.frameCount(); i++) {
      if (i < k.frameCount() && at.test(i)) {
        frames++;
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        runs.add(
            i - 1 == start
                ? String.format(Locale.ROOT, "%.2f s", k.t(start) / 1000)
                : String.format(Locale.ROOT, "%.2f–%.2f s", k.t(start) / 1000, k.t(i - 1) / 1000));
        start = -1;
      }
    }
    if (frames == 0) {
      return Optional.empty();
    }
    String where =
        String.join(", ", runs.subList(0, Math.min(3, runs.size())))
            + (runs.size() > 3 ? ", …" : "");
    return Optional.of(frames + " frame" + (frames == 1 ? "" : "s") + " (" + where + ")");
  }

  /**
   * Where the model lost the lifter of a side view ({@link Kinematics#lost}). Empty when it never
   * did.
   */
  static Optional<Warning> poseLost(Kinematics k) {
    return frameRuns(k, i -> k.lost()[i])
        .map(
            runs ->
                new Warning(
                    "POSE_LOST",
                    "the pose was lost in "
                        + runs
                        + ": the lifter was drawn with his trunk shrunk to about half its length"
                        + " and turned to the camera, which a side view cannot show (something"
                        + " between him and the camera, such as the near plate, hid him); those"
                        + " frames were bridged from their neighbours"));
  }

  /**
   * Where the model followed somebody else ({@link Kinematics#otherPerson}). Empty when it never
   * did.
   */
  static Optional<Warning> otherPerson(Kinematics k) {
    return frameRuns(k, i -> k.otherPerson()[i])
        .map(
            runs ->
                new Warning(
                    "OTHER_PERSON",
                    "the pose jumped to somebody else in "
                        + runs
                        + ": a spotter or a passer-by near the lifter, the pose jumping away and"
                        + " back to where the lifter had been; those frames were left out and"
                        + " bridged from their neighbours"));
  }

  /**
   * The full reps whose top the model did not see ({@link Rep#lockoutSeen}): counted, not judged
   * there. Empty when there are none.
   */
  static Optional<Warning> lockoutNotSeen(List<RepAnalysis> reps) {
    List<String> hidden =
        reps.stream()
            .map(RepAnalysis::rep)
            .filter(r -> !r.partial() && !r.lockoutSeen())
            .map(r -> "rep " + r.index())
            .toList();
    if (hidden.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Warning(
            "LOCKOUT_NOT_SEEN",
            "the lockout of "
                + String.join(", ", hidden)
                + " was not seen (the lifter had no pose there, or lost it): counted because the"
                + " bar rose past the knees from the floor, where nothing seen says it stopped"
                + " short; a camera 3-4 m away keeps the plates off the lifter"));
  }

  /**
   * Velocity loss at which strength sets usually stop (BIOMECHANICS.md): the last full rep this
   * much slower than the fastest says the set went on into fatigue.
   */
  static final double STOP_VELOCITY_LOSS_PCT = 20;

  /** A note when the set's velocity loss reached {@link #STOP_VELOCITY_LOSS_PCT}. */
  static Optional<Warning> velocityLoss(List<List<RepAnalysis>> byShot, SetSummary set) {
    if (set.velocityLossPct() < STOP_VELOCITY_LOSS_PCT) {
      return Optional.empty();
    }
    // the shot whose reps lost the most speed
    List<RepAnalysis> full = List.of();
    for (List<RepAnalysis> shot : byShot) {
      List<RepAnalysis> f = shot.stream().filter(r -> !r.rep().partial()).toList();
      if (f.size() >= 2 && (full.isEmpty() || lossPct(f) > lossPct(full))) {
        full = f;
      }
    }
    if (full.isEmpty()) {
      return Optional.empty();
    }
    RepAnalysis best =
        full.stream()
            .max(Comparator.comparingDouble(r -> r.metrics().meanConcentricVelocityMps()))
            .orElseThrow();
    RepAnalysis last = full.get(full.size() - 1);
    return Optional.of(
        new Warning(
            "VELOCITY_LOSS",
            String.format(
                Locale.ROOT,
                "velocity loss %.0f %%: rep %d moved at %.2f m/s against %.2f m/s on rep %d, past"
                    + " the %.0f %% loss at which strength sets usually stop",
                set.velocityLossPct(),
                last.rep().index(),
                last.metrics().meanConcentricVelocityMps(),
                best.metrics().meanConcentricVelocityMps(),
                best.rep().index(),
                STOP_VELOCITY_LOSS_PCT)));
  }

  /**
   * The set's figures. Velocity loss and technique decay are each the largest within one shot
   * ({@code byShot}: the reps of each shot of the video, in order; one list for a video without
   * cuts): from the shot's best rep to its last, and from the first half of its reps to the second.
   * Across a cut the reps may be another lifter's or seen through a camera that cannot judge them.
   */
  static SetSummary summarize(
      List<RepAnalysis> reps, List<List<RepAnalysis>> byShot, AnalysisOptions options) {
    List<RepAnalysis> full = reps.stream().filter(r -> !r.rep().partial()).toList();
    List<RepAnalysis> basis = full.isEmpty() ? reps : full;
    double mean =
        basis.stream()
            .mapToDouble(r -> r.metrics().meanConcentricVelocityMps())
            .average()
            .orElse(0);
    double best =
        basis.stream().mapToDouble(r -> r.metrics().meanConcentricVelocityMps()).max().orElse(0);
    double loss = 0;
    double decay = 0;
    boolean decayMeasured = false;
    for (List<RepAnalysis> shot : byShot) {
      List<RepAnalysis> f = shot.stream().filter(r -> !r.rep().partial()).toList();
      List<RepAnalysis> shotBasis = f.isEmpty() && full.isEmpty() ? shot : f;
      loss = Math.max(loss, lossPct(shotBasis));
      if (shotBasis.size() >= 2) {
        double d = decay(shotBasis);
        decay = decayMeasured ? Math.max(decay, d) : d;
        decayMeasured = true;
      }
    }
    double conc = basis.stream().mapToDouble(r -> r.metrics().concentricMs()).average().orElse(0);
    double ecc =
        basis.stream()
            .filter(r -> r.metrics().eccentricMs().isPresent())
            .mapToDouble(r -> r.metrics().eccentricMs().getAsDouble())
            .average()
            .orElse(0);
    double peakM = reps.stream().mapToDouble(r -> r.load().peakMomentNm()).max().orElse(0);
    double peakC = reps.stream().mapToDouble(r -> r.load().peakCompressionN()).max().orElse(0);
    double impulse = reps.stream().mapToDouble(r -> r.load().impulseNms()).sum();
    return new SetSummary(
        r3(mean),
        r3(best),
        Math.round(loss * 10) / 10.0,
        Math.round(decay * 100) / 100.0,
        Math.round(conc),
        Math.round(ecc),
        peakM,
        peakC,
        Math.round(impulse),
        options.loadKg().isPresent());
  }

  /** Loss from the best rep's mean speed to the last one's, per cent (0 for fewer than 2 reps). */
  static double lossPct(List<RepAnalysis> reps) {
    if (reps.isEmpty()) {
      return 0;
    }
    double best =
        reps.stream().mapToDouble(r -> r.metrics().meanConcentricVelocityMps()).max().orElse(0);
    double last = reps.get(reps.size() - 1).metrics().meanConcentricVelocityMps();
    return best > 0 ? Math.max(0, 100 * (best - last) / best) : 0;
  }

  /**
   * Severity points per rep, the second half of the reps against the first (positive: form got
   * worse); 0 for fewer than 2 reps.
   */
  static double decay(List<RepAnalysis> reps) {
    if (reps.size() < 2) {
      return 0;
    }
    int half = reps.size() / 2;
    return points(reps.subList(reps.size() - half, reps.size())) / half
        - points(reps.subList(0, half)) / half;
  }

  private static double points(List<RepAnalysis> reps) {
    return reps.stream()
        .flatMap(r -> r.faults().stream())
        .mapToDouble(f -> f.severity().weight())
        .sum();
  }

  /** The three faults with the most severity points across the set. */
  static List<TopFix> topFixes(List<RepAnalysis> reps) {
    Map<FaultCode, Double> score = new EnumMap<>(FaultCode.class);
    Map<FaultCode, TreeSet<Integer>> where = new EnumMap<>(FaultCode.class);
    for (RepAnalysis r : reps) {
      for (Fault f : r.faults()) {
        score.merge(f.code(), f.severity().weight() * f.confidence(), Double::sum);
        where.computeIfAbsent(f.code(), c -> new TreeSet<>()).add(r.rep().index());
      }
    }
    return score.entrySet().stream()
        .sorted(Map.Entry.<FaultCode, Double>comparingByValue(Comparator.reverseOrder()))
        .limit(3)
        .map(e -> new TopFix(e.getKey(), new ArrayList<>(where.get(e.getKey())), e.getKey().cue()))
        .toList();
  }

  private static double r3(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
