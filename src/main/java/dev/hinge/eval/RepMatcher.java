package dev.hinge.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs detected reps with labelled rep spans by temporal overlap: each labelled span with at most
 * one detected rep and the other way round, the pairs with the largest intersection over union
 * first, none below {@link #MIN_IOU}. Labelled spans run from the start of the pull to the bar back
 * at the bottom (±0.25 s); a rep that starts standing is labelled from its descent while Hinge
 * starts it at the floor break, so the bar is set low: such a rep pairs when the rest of the two
 * spans agrees.
 */
public final class RepMatcher {
  /** The least overlap, as intersection over union, for a detected rep to pair with a label. */
  public static final double MIN_IOU = 0.3;

  private RepMatcher() {}

  /**
   * A labelled span (index) paired with a detected rep (index), and how well they agree: overlap,
   * the detected start less the labelled one, and the detected lockout less the labelled one (NaN
   * where either is not known).
   */
  public record Pair(
      int labelled, int detected, double iou, double startOffsetS, double lockoutOffsetS) {}

  /** The pairs, with the numbers of labelled spans and detected reps. */
  public record Match(List<Pair> pairs, int labelled, int detected) {
    public Match {
      pairs = List.copyOf(pairs);
    }

    /** Labelled reps no detected rep pairs with. */
    public int missed() {
      return labelled - pairs.size();
    }

    /** Detected reps that pair with no labelled rep. */
    public int extra() {
      return detected - pairs.size();
    }

    public boolean pairedDetected(int detectedIndex) {
      return pairs.stream().anyMatch(p -> p.detected() == detectedIndex);
    }
  }

  public static Match match(List<Span> labelled, List<Span> detected) {
    List<Pair> candidates = new ArrayList<>();
    for (int i = 0; i < labelled.size(); i++) {
      for (int j = 0; j < detected.size(); j++) {
        double iou = labelled.get(i).iou(detected.get(j));
        if (iou >= MIN_IOU) {
          Span l = labelled.get(i);
          Span d = detected.get(j);
          candidates.add(new Pair(i, j, iou, d.startS() - l.startS(), d.lockoutS() - l.lockoutS()));
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Pair::iou)
            .reversed()
            .thenComparingInt(Pair::labelled)
            .thenComparingInt(Pair::detected));
    boolean[] usedL = new boolean[labelled.size()];
    boolean[] usedD = new boolean[detected.size()];
    List<Pair> pairs = new ArrayList<>();
    for (Pair c : candidates) {
      if (!usedL[c.labelled()] && !usedD[c.detected()]) {
        usedL[c.labelled()] = true;
        usedD[c.detected()] = true;
        pairs.add(c);
      }
    }
    pairs.sort(Comparator.comparingInt(Pair::labelled));
    return new Match(pairs, labelled.size(), detected.size());
  }
}
