package dev.hinge.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One labelled clip, as read from a labels file. {@code entry} is its 1-based position in the file
 * and {@code line} the line its object starts on, so that every message can point at it. An empty
 * fault list means "not named" (or "not seen"), never "clean"; {@code faultsSuspected} are hints.
 *
 * @param repSpans each labelled rep from the start of the pull (or of the descent, when the rep
 *     starts standing) to the bar back at the bottom, or to the end of the clip
 * @param faults the faults the source names
 * @param faultsSeen the faults the labeller saw clearly in the frames
 * @param source where the clip comes from ({@code source.repo}), for checks that leave one source
 *     out
 * @param confidence the labeller's confidence per field ({@code view}, {@code reps}, {@code
 *     rep_spans}, {@code variant}, {@code faults_seen})
 */
public record ClipLabel(
    int entry,
    int line,
    String file,
    LabelledView view,
    Optional<String> facing,
    int reps,
    List<Span> repSpans,
    List<Double> lockoutsS,
    List<Span> partialPulls,
    Variant variant,
    FormLabel formLabel,
    Set<LabelFault> faults,
    Set<LabelFault> faultsSeen,
    Set<LabelFault> faultsSuspected,
    boolean usable,
    boolean negativeCase,
    Optional<String> otherExercise,
    Map<String, Confidence> confidence,
    Optional<String> sha256,
    String source) {

  /**
   * Where a clip comes from when its label does not say ({@code source.repo}): the file name's
   * prefix before the first underscore, as the development set names its clips ({@code
   * bx_bad013.mp4} → {@code bx}); a name without one is a source of its own.
   */
  /**
   * The labelled rep spans with their lockout times: the {@code i}-th lockout for the {@code i}-th
   * span where there is one per span, else the one lockout inside a span where exactly one is.
   */
  public List<Span> timedRepSpans() {
    List<Span> out = new java.util.ArrayList<>();
    for (int i = 0; i < repSpans.size(); i++) {
      Span s = repSpans.get(i);
      double lockout = Double.NaN;
      if (lockoutsS.size() == repSpans.size()) {
        lockout = lockoutsS.get(i);
      } else {
        List<Double> inside =
            lockoutsS.stream().filter(t -> t >= s.startS() && t <= s.endS()).toList();
        if (inside.size() == 1) {
          lockout = inside.get(0);
        }
      }
      out.add(s.withLockout(lockout));
    }
    return out;
  }

  public static String sourceOf(String file) {
    int dot = file.lastIndexOf('.');
    String stem = dot > 0 ? file.substring(0, dot) : file;
    int u = stem.indexOf('_');
    return u > 0 ? stem.substring(0, u) : stem;
  }

  public ClipLabel {
    repSpans = List.copyOf(repSpans);
    lockoutsS = List.copyOf(lockoutsS);
    partialPulls = List.copyOf(partialPulls);
    faults = Set.copyOf(faults);
    faultsSeen = Set.copyOf(faultsSeen);
    faultsSuspected = Set.copyOf(faultsSuspected);
    confidence = Map.copyOf(confidence);
  }

  /** The source's own framing of the clip. */
  public enum FormLabel {
    GOOD,
    BAD,
    MIXED,
    UNKNOWN;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public enum Variant {
    CONVENTIONAL,
    SUMO,
    ROMANIAN,
    TRAP_BAR,
    KETTLEBELL,
    OTHER;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Whether each rep starts with the weight on the floor (not a hinge from the top). */
    public boolean fromTheFloor() {
      return this == CONVENTIONAL || this == SUMO || this == TRAP_BAR;
    }
  }

  /** How sure the labeller was of a field; weak labels are weaker evidence. */
  public enum Confidence {
    HIGH,
    MEDIUM,
    LOW,
    NOT_APPLICABLE;

    public String label() {
      return this == NOT_APPLICABLE ? "n/a" : name().toLowerCase(Locale.ROOT);
    }
  }

  /** A deadlift clip Hinge should analyse: usable and not a negative case. */
  public boolean scorable() {
    return usable && !negativeCase;
  }

  public boolean labelledGood() {
    return formLabel == FormLabel.GOOD;
  }

  public Confidence confidence(String field) {
    return confidence.getOrDefault(field, Confidence.NOT_APPLICABLE);
  }

  /** Whether a fault is named by the source or seen by the labeller. */
  public boolean listed(LabelFault f) {
    return faults.contains(f) || faultsSeen.contains(f);
  }
}
