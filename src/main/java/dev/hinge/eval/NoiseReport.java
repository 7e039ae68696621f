package dev.hinge.eval;

import dev.hinge.faults.FaultCode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the verdicts hold when each clip's pose track is re-analysed with smooth noise on its
 * landmarks ({@code hinge eval --noise}): a verdict that flips under noise of the size another
 * runtime or CPU makes is one that sits on a threshold, whatever the labels say of it.
 *
 * @param torsoShare the noise's standard deviation, a share of the lifter's torso
 * @param trials the noisy re-analyses per clip
 * @param clips one per clip that was analysed untouched
 */
public record NoiseReport(double torsoShare, int trials, List<Clip> clips) {
  public NoiseReport {
    clips = List.copyOf(clips);
  }

  /**
   * One clip. Its verdict is the full-rep count and the rules that flagged a rep; a trial is stable
   * when both are as untouched.
   *
   * @param file the clip
   * @param form the clip's form label ({@code good}, {@code bad}, {@code unknown}), or {@code
   *     negative} for a negative case (not a deadlift)
   * @param fullReps full reps found untouched
   * @param found the rules that flagged a rep untouched
   * @param labelled the rules whose faults the clip names or shows
   * @param stable trials whose verdict was the untouched one
   * @param refused trials in which the analysis found no rep at all
   * @param flaggedAnew trials in which a rule flagged a rep that it had not flagged untouched
   * @param changes what changed, with the trials it changed in: {@code +CODE} a rule that flagged a
   *     rep it had not, {@code -CODE} one that no longer did, {@code reps 2→1} the full-rep count
   */
  public record Clip(
      String file,
      String form,
      int fullReps,
      Set<FaultCode> found,
      Set<FaultCode> labelled,
      int stable,
      int refused,
      int flaggedAnew,
      Map<String, Integer> changes) {
    public Clip {
      found = Set.copyOf(found);
      labelled = Set.copyOf(labelled);
      changes = Map.copyOf(changes);
    }

    /** A deadlift clip labelled good form. */
    public boolean good() {
      return form.equals("good");
    }
  }

  /** Trials, over all clips. */
  public int allTrials() {
    return clips.size() * trials;
  }

  /** Trials whose verdict was the untouched one, over all clips. */
  public int stableTrials() {
    return clips.stream().mapToInt(Clip::stable).sum();
  }

  /** Trials of clips labelled good in which a rule flagged a rep it had not flagged untouched. */
  public int goodTrialsFlaggedAnew() {
    return clips.stream().filter(Clip::good).mapToInt(Clip::flaggedAnew).sum();
  }

  /** Trials of clips labelled good. */
  public int goodTrials() {
    return (int) clips.stream().filter(Clip::good).count() * trials;
  }

  /**
   * The faults a clip names or shows that were found untouched, each over every trial.
   *
   * @param trials (fault, trial) pairs
   * @param lost those in which the fault was not found
   */
  public record FaultTrials(int trials, int lost) {}

  /** The faults the clips name or show, found untouched, and how often noise lost them. */
  public FaultTrials labelledFoundLost() {
    int pairs = 0;
    int lost = 0;
    for (Clip c : clips) {
      for (FaultCode code : c.found()) {
        if (c.labelled().contains(code)) {
          pairs += trials;
          lost += c.changes().getOrDefault("-" + code.name(), 0);
        }
      }
    }
    return new FaultTrials(pairs, lost);
  }
}
