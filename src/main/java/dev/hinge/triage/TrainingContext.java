package dev.hinge.triage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the journal knows about the lifter's recent training, so that a check-in can point at the
 * set that most likely overloaded the back. Empty when there is no journal or no recent analysed
 * set; the engine works the same either way.
 */
public record TrainingContext(Optional<RecentSet> recentSet) {

  /** An analysed set: where it came from, when, and which faults showed on which reps. */
  public record RecentSet(
      String analysisId,
      String label,
      Instant performedAt,
      int repCount,
      List<RepFault> faults,
      OptionalDouble peakLumbarMomentNm) {
    public RecentSet {
      faults = List.copyOf(faults);
    }
  }

  /** A fault code (e.g. HIPS_SHOOT_UP) and the reps (1-based) it was seen on. */
  public record RepFault(String code, List<Integer> reps) {
    public RepFault {
      reps = List.copyOf(reps);
    }
  }

  public static TrainingContext none() {
    return new TrainingContext(Optional.empty());
  }

  public static TrainingContext of(RecentSet set) {
    return new TrainingContext(Optional.of(set));
  }
}
