package dev.hinge.reps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.testing.HandMadeKinematics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The named measures the form rules read, each on a hand-made rep whose answer is known. */
class RepMeasurerTest {
  static final int FB = 10;
  static final int LOCK = 40;

  /** A pull from frame 10 to 40, lockout held to 60, descent to 80, at 30 fps. */
  static Rep rep() {
    return new Rep(
        1,
        false,
        java.util.Optional.empty(),
        0,
        80,
        FB,
        LOCK,
        List.of(
            new Phase(PhaseName.SETUP, 0, FB, 0, 333),
            new Phase(PhaseName.FLOOR_TO_KNEE, FB, 20, 333, 667),
            new Phase(PhaseName.KNEE_TO_LOCKOUT, 20, LOCK, 667, 1333),
            new Phase(PhaseName.LOCKOUT, LOCK, 60, 1333, 2000),
            new Phase(PhaseName.DESCENT, 60, 80, 2000, 2667)),
        false,
        true);
  }

  static double bar(int i) {
    return i <= FB ? 0.2 : i >= LOCK ? 0.8 : 0.2 + 0.6 * (i - FB) / (LOCK - FB);
  }

  static HandMadeKinematics pull() {
    return HandMadeKinematics.frames(90, 30)
        .up(Joint.WRIST, RepMeasurerTest::bar)
        .up(Joint.SHOULDER, i -> bar(i) + 0.6)
        .up(Joint.KNEE, i -> 0.5);
  }

  @Test
  void theBackAngleAtTheKneesIsReadWhereTheBarReachesStandingKneeHeight() {
    // the bar reaches 0.5 m at frame 25; the trunk is 60° there
    Kinematics k = pull().trunkDeg(i -> i == 25 ? 60 : 45).build();
    RepMetrics m = RepMeasurer.measure(k, rep());
    assertThat(m.trunkAngleKneeDeg()).isEqualTo(60);
    assertThat(m.trunkAngleChangeEarlyDeg()).isEqualTo(15);
  }

  @Test
  void theSpeedOffTheFloorIsTheRepsOwnPaceOnASteadyPull() {
    RepMetrics m = RepMeasurer.measure(pull().build(), rep());
    assertThat(m.floorBreakSpeedRatio()).isCloseTo(1.0, within(0.15));
  }

  /** Shoulders that sink as the bar starts (a dip, a tilting camera) read as no jerk, not less. */
  @Test
  void shouldersSinkingOffTheFloorReadAsNoJerkAtAll() {
    Kinematics k =
        pull()
            .up(
                Joint.SHOULDER,
                i -> i <= FB ? 0.8 : i <= FB + 8 ? 0.8 - 0.01 * (i - FB) : bar(i) + 0.6)
            .build();
    RepMetrics m = RepMeasurer.measure(k, rep());
    assertThat(m.floorBreakSpeedRatio()).isZero();
  }

  /**
   * The shoulders rise slowly from the floor break (frame 10) for 0.4 s and only then fast, while
   * the hand landmark, stalled behind the plate, starts at frame 22 and catches up: read from where
   * the bar's landmark moves, both start at 1.5–1.7 times the mean, a yank; read from where the
   * shoulders start rising, the start is the slow one it was.
   */
  @Test
  void shouldersRisingBeforeTheHandsMoveStartTheSpeedOffTheFloor() {
    int late = 22;
    Kinematics k =
        HandMadeKinematics.frames(90, 30)
            .up(Joint.WRIST, i -> i <= late ? 0.2 : i >= LOCK ? 0.8 : 0.2 + 0.6 * (i - late) / 18.0)
            .up(
                Joint.SHOULDER,
                i ->
                    i <= FB
                        ? 0.8
                        : i <= late
                            ? 0.8 + 0.004 * (i - FB)
                            : i >= LOCK ? 1.4 : 0.848 + 0.552 * (i - late) / 18.0)
            .up(Joint.KNEE, i -> 0.5)
            .build();
    RepMetrics m = RepMeasurer.measure(k, rep());
    assertThat(m.floorBreakSpeedRatio()).isLessThan(0.5);
  }

  /** A lead of a frame or two is the low-pass filter smearing a yank's start, not a slow start. */
  @Test
  void aShortLeadOfTheShouldersLeavesAYankAYank() {
    // shoulders and bar start fast together at frame 20; the shoulders creep 2 frames early
    Kinematics k =
        HandMadeKinematics.frames(90, 30)
            .up(Joint.WRIST, i -> i <= 20 ? 0.2 : i >= LOCK ? 0.8 : 0.2 + 0.6 * (i - 20) / 20.0)
            .up(
                Joint.SHOULDER,
                i ->
                    i <= 18
                        ? 0.8
                        : i <= 20
                            ? 0.8 + 0.01 * (i - 18)
                            : i >= LOCK ? 1.4 : 0.82 + 0.58 * (i - 20) / 20.0)
            .up(Joint.KNEE, i -> 0.5)
            .build();
    RepMetrics m = RepMeasurer.measure(k, rep());
    // the bar rises at 0.9 m/s against a mean of 0.6 m/s over the rep's 1 s
    assertThat(m.floorBreakSpeedRatio()).isGreaterThan(1.35);
  }

  /**
   * A phone tilted by 6°: at the top the trunk reads 16° back from the picture's vertical and the
   * legs (ankle at 0, hip 0.9 m up and 9.5 cm behind it) 6° back; the trunk leans 10° past the
   * legs, as it would with the phone level.
   */
  @Test
  void theLeanBackIsReadAgainstTheLegsWhichATiltedCameraTiltsAlike() {
    double hipBack = -0.9 * Math.tan(Math.toRadians(6));
    Kinematics k =
        pull()
            .trunkDeg(i -> i >= 40 && i <= 60 ? -16 : 30)
            .forward(Joint.ANKLE, i -> 0)
            .up(Joint.ANKLE, i -> 0.08)
            .forward(Joint.HIP, i -> hipBack)
            .up(Joint.HIP, i -> 0.98)
            .build();
    RepMetrics m = RepMeasurer.measure(k, rep());
    assertThat(m.leanBackPeakDeg()).isEqualTo(16);
    assertThat(m.legLineTopDeg()).isCloseTo(6, within(1e-9));
    assertThat(m.leanBackFromLegsDeg()).isCloseTo(10, within(1e-9));
  }

  @Test
  void aLeanBackTheLifterDoesNotHoldIsReadAtItsPeak() {
    // 18° back for two frames just after lockout, standing tall otherwise
    Kinematics k =
        pull()
            .trunkDeg(i -> i == 42 || i == 43 ? -18 : -3)
            .hipDeg(i -> i == 42 || i == 43 ? 195 : 180)
            .build();
    RepMetrics m = RepMeasurer.measure(k, rep());
    assertThat(m.leanBackPeakDeg()).isEqualTo(18);
    assertThat(m.hipAngleTopDeg()).isEqualTo(195);
  }

  @Test
  void theHipsAtTheTopAreReadOverTheLeanBacksPlateauNotOnItsMostLeanedFrame() {
    // leaning back 10–11° over frames 44–52; the hips read 192° there, but a wobbling knee
    // landmark drops them to 183° on the two most-leaned frames
    Kinematics k =
        pull()
            .trunkDeg(i -> i == 47 || i == 48 ? -11 : i >= 44 && i <= 52 ? -10 : 0)
            .hipDeg(i -> i == 47 || i == 48 ? 183 : i >= 44 && i <= 52 ? 192 : 175)
            .build();
    RepMetrics m = RepMeasurer.measure(k, rep());
    assertThat(m.leanBackPeakDeg()).isEqualTo(11);
    assertThat(m.hipAngleTopDeg()).isEqualTo(192);
  }

  @Test
  void theHipsAtTheTopLeaveOutFramesLeaningLessThanThePlateau() {
    // the trunk comes back to vertical (more than 3° less lean) where the hips flex again
    Kinematics k =
        pull()
            .trunkDeg(i -> i >= 45 && i <= 47 ? -12 : i >= 40 && i <= 52 ? -6 : 0)
            .hipDeg(i -> i >= 45 && i <= 47 ? 190 : 170)
            .build();
    assertThat(RepMeasurer.measure(k, rep()).hipAngleTopDeg()).isEqualTo(190);
  }

  @Test
  void theHipsAtTheTopAreReadWithinTheRep() {
    // the trunk upright on every frame (as seen from the front): the plateau would run over the
    // whole clip; the 119 frames after the rep (hips at 100°) stay out of it
    Kinematics k =
        HandMadeKinematics.frames(200, 30)
            .up(Joint.WRIST, RepMeasurerTest::bar)
            .up(Joint.SHOULDER, i -> bar(i) + 0.6)
            .up(Joint.KNEE, i -> 0.5)
            .trunkDeg(i -> -1)
            .hipDeg(i -> i > 80 ? 100 : 180)
            .build();
    assertThat(RepMeasurer.measure(k, rep()).hipAngleTopDeg()).isEqualTo(180);
  }

  @Test
  void theBarsBowIsMeasuredFromTheStraightPathNotFromWhereItLeftTheFloor() {
    // the bar ends 6 cm behind where it started (towards the hips) and bows 5 cm forward of the
    // straight line between the two half way up
    Kinematics k =
        pull()
            .forward(
                Joint.WRIST,
                i -> {
                  double s = Math.max(0, Math.min(1, (i - FB) / (double) (LOCK - FB)));
                  return -0.06 * s + 0.05 * Math.sin(Math.PI * s);
                })
            .build();
    RepMetrics m = RepMeasurer.measure(k, rep());
    assertThat(m.barExcursionCm()).isCloseTo(5, within(0.1));
    assertThat(m.barExcursionFrame()).isEqualTo(25);
    assertThat(m.handsSeenShare()).isEqualTo(1);
  }

  @Test
  void theSetUpsLowestHipsAreReadOverItsLastSecond() {
    // the hips sit at knee height at frame 5, then rise 10 cm before the floor break
    Kinematics k =
        pull()
            .up(Joint.HIP, i -> i <= 5 ? 0.5 : i <= FB ? 0.5 + 0.02 * (i - 5) : 0.6)
            .forward(Joint.HIP, i -> -0.3)
            .build();
    RepMetrics m = RepMeasurer.measure(k, rep());
    assertThat(m.thighElevationSetupMinDeg()).isCloseTo(0, within(0.1));
    assertThat(m.thighElevationStartDeg()).isGreaterThan(15);
  }

  @Test
  void theSetUpsHipsAreReadWhereTheHandsWereSeen() {
    // the same set-up, but the plates hide the hands (and the knees with them) on frames 0..6:
    // the hips' low reading there is not trusted; 4 of the 11 frames before the floor break seen
    Kinematics k =
        pull()
            .up(Joint.HIP, i -> i <= 5 ? 0.5 : i <= FB ? 0.5 + 0.02 * (i - 5) : 0.6)
            .forward(Joint.HIP, i -> -0.3)
            .barFromShoulders(i -> i <= 6)
            .build();
    RepMetrics m = RepMeasurer.measure(k, rep());
    assertThat(m.thighElevationSetupMinDeg()).isGreaterThan(5);
    assertThat(m.setupHandsSeenShare()).isCloseTo(4 / 11.0, within(1e-9));
  }
}
