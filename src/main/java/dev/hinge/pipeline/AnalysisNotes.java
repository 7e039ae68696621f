package dev.hinge.pipeline;

import dev.hinge.kinematics.CameraCheck;
import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.kinematics.ScaleSource;
import dev.hinge.kinematics.ViewKind;
import dev.hinge.pose.PoseTrack;
import dev.hinge.reps.ClipEdges;
import dev.hinge.reps.Rep;
import dev.hinge.reps.RepDetector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * The analysis's notes to the user, in the order the report lists them: what the video and the
 * camera did (damage, cuts, moves), what was assumed, what was not judged, what was seen but not
 * counted as a rep, and why no rep was found when none was.
 */
final class AnalysisNotes {
  private AnalysisNotes() {}

  /** Every note of an analysis but the set's velocity loss (the set's figures come after). */
  static List<Warning> collect(
      PoseTrack track,
      Kinematics k,
      AnalysisOptions options,
      SceneCuts.Result cut,
      List<Warning> acrossCuts,
      RepDetector.Detection detected,
      List<Rep> reps,
      List<RepAnalysis> analysed) {
    CameraCheck camera = k.camera();
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
    // the load notes only where the back's load was estimated (not from the front)
    boolean loadEstimated = analysed.stream().anyMatch(r -> r.load().estimated());
    if (loadEstimated && options.loadKg().isEmpty()) {
      warnings.add(
          new Warning(
              "BAR_LOAD_UNKNOWN",
              "no bar load given (--load-kg): the lower-back load covers the body only, the"
                  + " bar's contribution is not included"));
    }
    if (loadEstimated && options.bodyMassKg().isEmpty()) {
      warnings.add(
          new Warning(
              "BODY_MASS_ESTIMATED",
              "body mass estimated from stature (±25 %); the back-load figures are rough"));
    }
    warnings.addAll(notJudged(analysed));
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
    for (RepDetector.HandsUp h : detected.handsUp()) {
      warnings.add(new Warning("HANDS_UP", "not counted as a rep: " + handsUp(k, h)));
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
    return warnings;
  }

  /**
   * What each rep could not be judged on, one note per rep and reason (the rules a whole-rep
   * reason, a lost pose say, keeps off are named together).
   */
  static List<Warning> notJudged(List<RepAnalysis> analysed) {
    List<Warning> out = new ArrayList<>();
    for (RepAnalysis r : analysed) {
      Map<String, List<String>> byReason = new LinkedHashMap<>();
      // in the rules' order (the record's copy keeps none)
      new TreeMap<>(r.notJudged())
          .forEach(
              (code, why) ->
                  byReason.computeIfAbsent(why, w -> new ArrayList<>()).add(code.name()));
      byReason.forEach(
          (why, codes) ->
              out.add(
                  new Warning(
                      "NOT_JUDGED",
                      "rep "
                          + r.rep().index()
                          + ": "
                          + String.join(", ", codes)
                          + " not judged: "
                          + why)));
    }
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
    if (!found.handsUp().isEmpty()) {
      why = "not a deadlift: " + handsUp(k, found.handsUp().get(0));
    } else if (!found.armsRaised().isEmpty()) {
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
   * Why a rise that ended with the hands at the shoulders or overhead is no deadlift rep: "the
   * hands were held at shoulder height or above for 1.4 s (from 3.2 s), where a deadlift bar hangs
   * at arm's length: a clean, a snatch or a jerk, not a deadlift".
   */
  static String handsUp(Kinematics k, RepDetector.HandsUp h) {
    return String.format(
        Locale.ROOT,
        "the hands were held at shoulder height or above for %.1f s (from %.1f s), where a"
            + " deadlift bar hangs at arm's length: a clean, a snatch or a jerk, not a deadlift",
        (k.t(h.toFrame()) - k.t(h.fromFrame())) / 1000.0,
        k.t(h.fromFrame()) / 1000.0);
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
}
