package dev.hinge.eval;

import dev.hinge.faults.FaultCode;
import dev.hinge.kinematics.ViewKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Hinge made of one clip. {@code ANALYSED}: an analysis with at least one rep. {@code
 * REFUSED}: the pipeline ran and found nothing to analyse (no person, too short, no rep) and said
 * why. {@code FAILED}: it could not run (the video does not decode, or an error), with its one-line
 * message. {@code withheld} are the rules the camera set-up does not support, with the reason:
 * withheld on every rep of the clip.
 */
public record ClipOutcome(
    Status status,
    String message,
    Optional<ViewKind> view,
    double viewConfidence,
    List<DetectedRep> reps,
    Map<FaultCode, String> withheld) {

  public enum Status {
    ANALYSED,
    REFUSED,
    FAILED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ClipOutcome {
    reps = List.copyOf(reps);
    withheld = Map.copyOf(withheld);
  }

  public static ClipOutcome failed(String message) {
    return new ClipOutcome(Status.FAILED, message, Optional.empty(), 0, List.of(), Map.of());
  }

  public static ClipOutcome refused(String message) {
    return new ClipOutcome(Status.REFUSED, message, Optional.empty(), 0, List.of(), Map.of());
  }

  public long fullReps() {
    return reps.stream().filter(DetectedRep::full).count();
  }

  /** The rules that flagged at least one rep. */
  public Set<FaultCode> found() {
    Set<FaultCode> out = EnumSet.noneOf(FaultCode.class);
    reps.forEach(r -> r.findings().forEach(f -> out.add(f.code())));
    return out;
  }

  public long partialReps() {
    return reps.stream().filter(r -> r.partial()).count();
  }

  /** Whether the rule was judged on this rep (not withheld for the clip nor for the rep). */
  public boolean judged(DetectedRep rep, FaultCode code) {
    return !withheld.containsKey(code) && !rep.notJudged().containsKey(code);
  }
}
