package dev.hinge.faults;

import java.util.Optional;

/**
 * The back bent into extension early in the pull. Needs the back's silhouette: body landmarks alone
 * cannot tell an arched lower back from a neutral one.
 */
final class OverArchedBack extends FaultRule {
  /**
   * Extension (negative bend, in degrees of magnitude) of the silhouette's median bend: the most
   * extended clean pull of the development set (−33°) plus the 14° by which another camera moves
   * the reading (docs/analysis.md). No fixture shows an arched back: starting points.
   */
  static final Levels EXTENSION_DEG = Levels.above(50, 60, 70);

  OverArchedBack() {
    super(
        "Ribs down, brace the belly: a neutral back, not an arched one.",
        "over-arching / over-extending the back",
        Requirement.SIDE_VIEW,
        Requirement.TORSO,
        Requirement.HEAD,
        Requirement.BACK_SILHOUETTE,
        Requirement.LIFTER_SIZE);
  }

  @Override
  public Optional<String> notJudged(RepContext c) {
    if (c.curvature().isEmpty() || BackBend.of(c).isPresent()) {
      return Optional.empty();
    }
    int[] span = BackBend.span(c);
    return Optional.of(
        "the back's silhouette was not seen clearly early in the pull (frames "
            + span[0]
            + "–"
            + span[1]
            + ")");
  }

  @Override
  public Optional<Finding> judge(RepContext c, EarlierFindings earlier) {
    Optional<BackBend> bend = BackBend.of(c);
    if (bend.isEmpty() || !(bend.get().deg() < 0)) {
      return Optional.empty();
    }
    BackBend b = bend.get();
    return EXTENSION_DEG.of(-b.deg()).map(s -> b.finding(c, s, -EXTENSION_DEG.mild()));
  }
}
