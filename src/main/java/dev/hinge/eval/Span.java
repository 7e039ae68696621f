package dev.hinge.eval;

/**
 * A stretch of a video in seconds, {@code startS ≤ endS}; a rep's also carries when it locked out
 * ({@code lockoutS}, NaN when not known).
 */
public record Span(double startS, double endS, double lockoutS) {
  public Span {
    if (!(Double.isFinite(startS) && Double.isFinite(endS) && endS >= startS)) {
      throw new IllegalArgumentException(
          "a span must run forwards in time, found [" + startS + ", " + endS + "]");
    }
  }

  public Span(double startS, double endS) {
    this(startS, endS, Double.NaN);
  }

  public Span withLockout(double s) {
    return new Span(startS, endS, s);
  }

  public double lengthS() {
    return endS - startS;
  }

  public double overlapS(Span o) {
    return Math.max(0, Math.min(endS, o.endS) - Math.max(startS, o.startS));
  }

  /** Intersection over union: 1 for the same span, 0 for spans that do not touch. */
  public double iou(Span o) {
    double overlap = overlapS(o);
    double union = lengthS() + o.lengthS() - overlap;
    return union > 0 ? overlap / union : 0;
  }
}
