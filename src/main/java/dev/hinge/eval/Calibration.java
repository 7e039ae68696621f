package dev.hinge.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Whether a finding's confidence means something: every finding on the deadlift clips, binned by
 * its confidence, against whether the labels say it is right. A finding is <b>right</b> when its
 * clip names or shows that fault, <b>wrong</b> when the clip is labelled good (and does not list
 * it), <b>suspected</b> when the labeller only suspected it, and <b>unknown</b> otherwise: most
 * clips name no fault and are not labelled good, and an empty list is not a clean bill. The share
 * right is right / (right + wrong); right / all findings is the pessimistic bound, counting every
 * suspected and unknown finding as wrong.
 */
public record Calibration(List<Bin> bins) {

  /** Bin edges: [0, 0.2), [0.2, 0.4), [0.4, 0.6), [0.6, 0.8), [0.8, 1]. */
  public static final double[] EDGES = {0, 0.2, 0.4, 0.6, 0.8, 1.0};

  /** The confidence at and above which findings should be right at least that often. */
  public static final double HIGH = 0.8;

  public enum Verdict {
    RIGHT,
    WRONG,
    SUSPECTED,
    UNKNOWN
  }

  public record Bin(double from, double to, int right, int wrong, int suspected, int unknown) {
    public int findings() {
      return right + wrong + suspected + unknown;
    }

    /** Right among the findings the labels can judge. */
    public OptionalDouble shareRight() {
      return right + wrong == 0
          ? OptionalDouble.empty()
          : OptionalDouble.of((double) right / (right + wrong));
    }

    /** Right among all findings: suspected and unknown counted as wrong. */
    public OptionalDouble shareRightPessimistic() {
      return findings() == 0
          ? OptionalDouble.empty()
          : OptionalDouble.of((double) right / findings());
    }

    Bin plus(Bin o) {
      return new Bin(
          Math.min(from, o.from),
          Math.max(to, o.to),
          right + o.right,
          wrong + o.wrong,
          suspected + o.suspected,
          unknown + o.unknown);
    }
  }

  public static Verdict verdict(ClipLabel label, Finding f) {
    var name = LabelFault.of(f.code());
    if (name.isPresent() && label.listed(name.get())) {
      return Verdict.RIGHT;
    }
    if (label.labelledGood()) {
      return Verdict.WRONG;
    }
    if (name.isPresent() && label.faultsSuspected().contains(name.get())) {
      return Verdict.SUSPECTED;
    }
    return Verdict.UNKNOWN;
  }

  public static Calibration of(List<ClipScore> scores) {
    int bins = EDGES.length - 1;
    int[][] counts = new int[bins][Verdict.values().length];
    for (ClipScore s : scores) {
      if (!s.label().scorable()) {
        continue;
      }
      for (DetectedRep r : s.outcome().reps()) {
        for (Finding f : r.findings()) {
          counts[bin(f.confidence())][verdict(s.label(), f).ordinal()]++;
        }
      }
    }
    List<Bin> out = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      out.add(
          new Bin(EDGES[b], EDGES[b + 1], counts[b][0], counts[b][1], counts[b][2], counts[b][3]));
    }
    return new Calibration(out);
  }

  static int bin(double confidence) {
    for (int b = EDGES.length - 2; b > 0; b--) {
      if (confidence >= EDGES[b]) {
        return b;
      }
    }
    return 0;
  }

  /** All findings at confidence {@link #HIGH} and above, as one bin. */
  public Bin high() {
    Bin sum = new Bin(HIGH, 1.0, 0, 0, 0, 0);
    for (Bin b : bins) {
      if (b.from() >= HIGH) {
        sum = sum.plus(b);
      }
    }
    return sum;
  }
}
