package dev.hinge.faults;

import dev.hinge.kinematics.Joint;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.RepMetrics;
import java.util.Optional;

/**
 * The back rounds early in the pull. Judged from the back's silhouette ({@link BackBend}) where the
 * track has it; else from head–shoulder–hip geometry, at lower confidence.
 */
final class RoundedBack extends FaultRule {
  /**
   * The silhouette's median bend over the judged frames, degrees (a neutral back reads −20°; clean
   * pulls up to +26°, and another camera moves the reading by up to 14°: docs/analysis.md).
   */
  static final Levels BEND_DEG = Levels.above(40, 50, 60);

  /**
   * Without a silhouette: the hip–shoulder distance early in the pull against standing. Set wide:
   * BlazePose's hip landmark slides up the pelvis when the lifter bends, so clean pulls read low.
   */
  static final Levels TRUNK_CHORD = Levels.below(0.90, 0.85, 0.80);

  /**
   * ... and only with the head dropped well forward of the trunk line: rounding carries the ear
   * down with the upper back.
   */
  static final double HEAD_DROPPED_DEG = -20;

  /** Confidence of the geometry: the spine itself is not seen. */
  static final double GEOMETRY_CONFIDENCE = 0.5;

  /**
   * The trunk this far or further from vertical while the bar is still on the floor: the shoulders
   * as low as the hips. With the arms hanging, the hands reach a bar on its plates from there only
   * with the legs nearly straight and the back bent to reach: no clean pull of the development set
   * or the fixtures starts past 78° (their hips sit higher than the shoulders by less than the
   * trunk's length), both source-named rounded backs start at 86° and 95°.
   */
  static final Levels TRUNK_AT_FLOOR_DEG = Levels.above(85, 92, 100);

  /** Confidence of the trunk-at-the-floor reading. */
  static final double REACH_CONFIDENCE = 0.6;

  RoundedBack() {
    super(
        "Chest up and brace before the pull: pull the slack out and keep the back flat.",
        "poor posture, core not engaged: the lower back flexes under load",
        Requirement.SIDE_VIEW,
        Requirement.TORSO,
        Requirement.HEAD,
        Requirement.LIFTER_SIZE);
  }

  // the trunk at the floor break: the silhouette's bend, where the track has it, is another measure
  @Override
  public Optional<MainMeasure> mainMeasure() {
    return Optional.of(
        new MainMeasure("trunkAngleFloorDeg", RepMetrics::trunkAngleFloorDeg, TRUNK_AT_FLOOR_DEG));
  }

  @Override
  public Optional<Finding> judge(RepContext c, EarlierFindings earlier) {
    Optional<Finding> reach = reachingWithTheBack(c);
    Optional<Finding> shape = shape(c);
    if (reach.isPresent() && shape.isPresent()) {
      return reach.get().severity().compareTo(shape.get().severity()) >= 0 ? reach : shape;
    }
    return reach.isPresent() ? reach : shape;
  }

  /** The trunk past {@link #TRUNK_AT_FLOOR_DEG} at the floor break of a pull from the floor. */
  static Optional<Finding> reachingWithTheBack(RepContext c) {
    if (!c.pullsFromTheFloor()) {
      return Optional.empty();
    }
    int a = c.floorBreakFrame();
    double trunk = c.metrics().trunkAngleFloorDeg();
    return TRUNK_AT_FLOOR_DEG
        .of(trunk)
        .map(
            s ->
                new Finding(
                    s,
                    REACH_CONFIDENCE * c.visibility(a, a, Joint.SHOULDER, Joint.HIP),
                    PhaseName.FLOOR_TO_KNEE,
                    new Evidence(
                        "trunkAngleFloorDeg",
                        Evidence.oneDecimal(trunk),
                        TRUNK_AT_FLOOR_DEG.mild(),
                        a,
                        a)));
  }

  /** The back's own shape: its silhouette where the track has it, else head and trunk geometry. */
  static Optional<Finding> shape(RepContext c) {
    Optional<BackBend> bend = BackBend.of(c);
    if (bend.isPresent()) {
      BackBend b = bend.get();
      if (!(b.deg() > 0)) {
        return Optional.empty();
      }
      return BEND_DEG.of(b.deg()).map(s -> b.finding(c, s, BEND_DEG.mild()));
    }
    RepMetrics m = c.metrics();
    if (!(m.headAngleDeg() <= HEAD_DROPPED_DEG)) {
      return Optional.empty();
    }
    int a = c.floorBreakFrame();
    int knee = c.kneeFrame();
    double confidence =
        GEOMETRY_CONFIDENCE
            * c.viewFactor()
            * c.visibility(a, knee, Joint.EAR, Joint.SHOULDER, Joint.HIP);
    return TRUNK_CHORD
        .of(m.trunkChordRatio())
        .map(
            s ->
                new Finding(
                    s,
                    confidence,
                    BackBend.phase(c),
                    new Evidence(
                        "trunkChordRatio",
                        Evidence.twoDecimals(m.trunkChordRatio()),
                        TRUNK_CHORD.mild(),
                        a,
                        knee)));
  }
}
