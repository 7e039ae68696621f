package dev.hinge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.faults.Fault;
import dev.hinge.faults.FaultCode;
import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.Landmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.reps.Phase;
import dev.hinge.reps.PhaseName;
import dev.hinge.reps.Rep;
import dev.hinge.synthetic.GroundTruth;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Property tests over many seeded synthetic sets: random body size, frame rate, camera distance and
 * small yaw, jitter, hidden landmarks and frames, facing either way, dead-stop or touch-and-go, and
 * at most one injected fault per rep.
 */
class SyntheticSetPropertyTest {
  static final int SEEDS = 120;

  /**
   * The faults the synthetic lifter can put into a rep that landmarks alone can see: an arched
   * lower back needs a silhouette (the rule is reported as not judged without one). Named here, not
   * taken from every {@link FaultCode}, so that a new rule joins the synthetic sets when the lifter
   * learns to show it; the order fixes which fault each seed draws.
   */
  static final List<FaultCode> INJECTABLE =
      List.of(
          FaultCode.HIPS_SHOOT_UP,
          FaultCode.SQUATTING_THE_DEADLIFT,
          FaultCode.ROUNDED_BACK,
          FaultCode.LOCKOUT_HYPEREXTENSION,
          FaultCode.BAR_DRIFT,
          FaultCode.JERKING_THE_BAR,
          FaultCode.TOO_HEAVY,
          FaultCode.HEAD_POSITION);

  static SetSpec randomSet(long seed) {
    return randomSet(seed, INJECTABLE);
  }

  static SetSpec randomSet(long seed, List<FaultCode> injectable) {
    Random r = new Random(seed);
    int reps = 1 + r.nextInt(5);
    boolean tng = r.nextDouble() < 0.3;
    List<SetSpec.RepSpec> list = new ArrayList<>();
    for (int i = 0; i < reps; i++) {
      Set<FaultCode> faults = Set.of();
      if (r.nextDouble() < 0.4) {
        faults = Set.of(injectable.get(r.nextInt(injectable.size())));
      }
      double tempo = faults.contains(FaultCode.TOO_HEAVY) ? 5.5 : 0.9 + 0.7 * r.nextDouble();
      list.add(
          new SetSpec.RepSpec(
              tempo, 0.4 + 0.6 * r.nextDouble(), 1.0 + 0.6 * r.nextDouble(), faults));
    }
    double[] rates = {25, 30, 30, 60};
    return new SetSpec(
        seed,
        list,
        tng,
        1.55 + 0.4 * r.nextDouble(),
        rates[r.nextInt(rates.length)],
        3.0 + 1.5 * r.nextDouble(),
        -8 + 16 * r.nextDouble(),
        700 + 300 * r.nextDouble(),
        0.3 + 0.9 * r.nextDouble(),
        0.03 * r.nextDouble(),
        0.02 * r.nextDouble(),
        r.nextBoolean(),
        r.nextBoolean());
  }

  record Case(SetSpec spec, GroundTruth truth, Analysis analysis) {}

  static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    for (long seed = 1; seed <= SEEDS; seed++) {
      SetSpec spec = randomSet(seed);
      SyntheticLifter.Result res = SyntheticLifter.generate(spec);
      out.add(
          new Case(spec, res.truth(), AnalysisPipeline.analyze(res.track(), AnalysisOptions.NONE)));
    }
    return out;
  }

  private static final List<Case> CASES = cases();

  @Test
  void theRepCountIsExactAndNoRepIsPartial() {
    for (Case c : CASES) {
      assertThat(c.analysis().repCount())
          .as("seed %d", c.spec().seed())
          .isEqualTo(c.truth().reps().size());
      assertThat(c.analysis().partialReps()).as("seed %d", c.spec().seed()).isZero();
    }
  }

  /**
   * Boundaries are placed by extrapolating the lifter's speed ramp to zero and, where the lifter
   * rests still, the square root of his distance from that rest; a grind's ends, slower than the
   * landmarks jitter, are fitted by least squares (bar height, then the lifter's pose, as the rest
   * plus the squared time). Where the lifter rests still in his setup, the floor break is where the
   * bar's height leaves its rest, fitted the same way, earlier or later than the speed placed it
   * (earlier only where the bar has risen by then, and not after a yank, whose filtered height
   * creeps up early). Jitter still moves some by a frame or more. The truth's floor break is where
   * the bar leaves the floor (BIOMECHANICS.md), which is later than the body's start when the hips
   * shoot up. Measured over these 120 seeds, including the 22 grinding reps (360 reps; before the
   * grind fit, 338 reps without grinds): floor break within 2 frames in 95.3 % of reps (92.2 %
   * before the bar's departure could move it earlier; without grinds 94.1 % → 97.0 %; grinds alone
   * 5 % → 64 % → 68 %), knee pass 100 % (100 %), lockout 99.4 % (99.1 %; grinds 41 % → 95 %),
   * descent start 97.5 % (97.0 %), descent end 98.1 % (98.2 %). Since the ends of the speed ramps
   * are fitted by least squares over the band from 60 % to 15 % of the peak speed instead of read
   * from two crossings (2026-12-02): floor break 95.8 %, lockout 99.7 %, descent start and end 100
   * %. Each share is held about two points below what was measured. No boundary is off by more than
   * 0.35 s (10 frames at 30 fps), except on one grind whose floor break is still late: seed 115 rep
   * 2 (touch and go into a grind, 14 frames at 25 fps; seed 40 rep 3, 11 frames late before, is now
   * 3); it counts against the shares all the same.
   */
  @Test
  void phaseBoundariesAreWithinAFewFramesOfTheTruthInMostReps() {
    int[] within = new int[5];
    int[] tolerance = {2, 2, 2, 2, 2};
    double[] share = {0.93, 0.98, 0.97, 0.98, 0.98};
    int count = 0;
    for (Case c : CASES) {
      for (int i = 0; i < c.truth().reps().size(); i++) {
        GroundTruth.RepTruth t = c.truth().reps().get(i);
        boolean grind = t.faults().contains(FaultCode.TOO_HEAVY);
        RepAnalysis r = c.analysis().reps().get(i);
        int[] detected = {
          r.rep().floorBreakFrame(),
          phase(r, PhaseName.FLOOR_TO_KNEE).endFrame(),
          r.rep().lockoutFrame(),
          phase(r, PhaseName.DESCENT).startFrame(),
          phase(r, PhaseName.DESCENT).endFrame()
        };
        int[] truth = {
          t.floorBreakFrame(),
          t.kneeFrame(),
          t.lockoutFrame(),
          t.descentStartFrame(),
          t.descentEndFrame()
        };
        count++;
        for (int b = 0; b < 5; b++) {
          int error = Math.abs(detected[b] - truth[b]);
          assertThat(error / c.spec().fps())
              .as("seed %d rep %d boundary %d, seconds off", c.spec().seed(), i + 1, b)
              .isLessThanOrEqualTo(grind && b == 0 ? 0.6 : 0.35);
          if (error <= tolerance[b]) {
            within[b]++;
          }
        }
      }
    }
    for (int b = 0; b < 5; b++) {
      System.out.printf(
          "boundary %d within %d frames in %.1f %% of %d reps%n",
          b, tolerance[b], 100.0 * within[b] / count, count);
    }
    for (int b = 0; b < 5; b++) {
      assertThat(within[b] / (double) count)
          .as("boundary %d within %d frames", b, tolerance[b])
          .isGreaterThanOrEqualTo(share[b]);
    }
  }

  /**
   * Hand landmarks that wander up while the lifter sets his grip (on formfit_deadlift the wrists
   * rise 9 cm over the setup with hips and shoulders still, the plates on the floor) must not start
   * the pull: the bar cannot leave the floor before the hips or shoulders move. Here the hands
   * drift up by 14 px (about 6 cm) over half a second of the setup, and stay there; the floor break
   * stays within 2 frames (50 ms at 60 fps) of the truth on every seed: measured within a frame on
   * 29 of 30, 3 frames early at 60 fps on one (before the trunk bound: up to 0.7 s early).
   */
  @Test
  void handsWanderingUpDuringTheSetupDoNotStartThePullEarly() {
    double[] rates = {25, 30, 60};
    for (long seed = 1; seed <= 30; seed++) {
      SetSpec spec = SetSpec.clean(seed, 1).withFps(rates[(int) (seed % rates.length)]);
      SyntheticLifter.Result res = SyntheticLifter.generate(spec);
      int truth = res.truth().reps().get(0).floorBreakFrame();
      int from = truth - (int) Math.round(0.8 * spec.fps());
      int ramp = (int) Math.round(0.5 * spec.fps());
      List<PoseFrame> frames = new ArrayList<>();
      for (PoseFrame f : res.track().frames()) {
        double lift = 14.0 * Math.max(0, Math.min(1, (f.index() - from) / (double) ramp));
        if (!f.hasPose() || lift == 0) {
          frames.add(f);
          continue;
        }
        List<Landmark> image = new ArrayList<>(f.image());
        for (int k = BodyLandmark.LEFT_WRIST.index(); k <= BodyLandmark.RIGHT_THUMB.index(); k++) {
          Landmark l = image.get(k);
          image.set(k, new Landmark(l.x(), l.y() - lift, l.z(), l.visibility(), l.presence()));
        }
        frames.add(new PoseFrame(f.index(), f.tMs(), f.presence(), image, f.world(), f.back()));
      }
      Analysis a =
          AnalysisPipeline.analyze(
              new PoseTrack(res.track().video(), res.track().model(), frames),
              AnalysisOptions.NONE);
      assertThat(a.repCount()).as("seed %d", seed).isEqualTo(1);
      assertThat(a.reps().get(0).rep().floorBreakFrame())
          .as("seed %d at %.0f fps, floor break", seed, spec.fps())
          .isCloseTo(truth, within(Math.max(2, (int) Math.round(0.05 * spec.fps()))));
    }
  }

  /**
   * A single pulled to lockout and dropped there: the hands stay at the hips while the bar falls,
   * and the lifter walks off (towards the camera to stop the recording, or back). The rise looks
   * like standing up empty-handed, but no bar was set down before it, so it is the clip's rep; it
   * ends where the lifter steps away, and a BAR_NOT_LOWERED warning says its way down is not
   * judged. Before, every such clip ended with "no deadlift rep found".
   */
  @Test
  void aSingleDroppedFromLockoutAndWalkedAwayFromIsARep() {
    for (long seed = 1; seed <= 30; seed++) {
      SetSpec spec = randomSet(seed);
      spec = spec.withReps(spec.reps().subList(0, 1));
      SyntheticLifter.Result res =
          SyntheticLifter.generate(spec, SyntheticLifter.Breaks.droppedAtLockout(seed % 2 == 0));
      Analysis a = AnalysisPipeline.analyze(res.track(), AnalysisOptions.NONE);
      GroundTruth.RepTruth t = res.truth().reps().get(0);
      assertThat(a.repCount()).as("seed %d", seed).isEqualTo(1);
      assertThat(a.partialReps()).as("seed %d", seed).isZero();
      Rep rep = a.reps().get(0).rep();
      double seconds = t.faults().contains(FaultCode.TOO_HEAVY) ? 0.6 : 0.35;
      int tolerance = (int) Math.ceil(seconds * spec.fps());
      assertThat(rep.floorBreakFrame())
          .as("seed %d floor break", seed)
          .isCloseTo(t.floorBreakFrame(), within(tolerance));
      assertThat(rep.lockoutFrame())
          .as("seed %d lockout", seed)
          .isCloseTo(t.lockoutFrame(), within(tolerance));
      // the rep ends before the walk: within the 0.5 s the lifter stands after the drop
      assertThat(rep.endFrame())
          .as("seed %d end", seed)
          .isLessThanOrEqualTo(t.lockoutFrame() + (int) Math.ceil(2.0 * spec.fps()));
      assertThat(a.warnings())
          .as("seed %d", seed)
          .filteredOn(w -> w.code().equals("BAR_NOT_LOWERED"))
          .singleElement()
          .satisfies(w -> assertThat(w.message()).contains("not lowered"));
      assertThat(a.warnings()).noneMatch(w -> w.code().equals("EMPTY_HANDED_RISE"));
    }
  }

  /**
   * From the hands alone, letting go of the bar and standing up looks like a pull. Walking away
   * before anything is lowered shows that it was not one: nobody walks off holding a loaded
   * deadlift bar. Here the lifter lets go, stands up and walks 0.8 m off after the set, and on sets
   * of two or more reps also once between reps (off and back, as to chalk up), then sets up again.
   * Before the rule each of these rises counted as a rep (measured: every one of 40 sets had one
   * rep too many with the walk off at the end alone).
   */
  @Test
  void standingUpAfterLettingGoOfTheBarAndWalkingOffIsNotARep() {
    for (long seed = 1; seed <= 40; seed++) {
      SetSpec spec = randomSet(seed);
      int reps = spec.reps().size();
      Set<Integer> walkAbout = reps > 1 ? Set.of(1 + (int) (seed % (reps - 1))) : Set.of();
      SyntheticLifter.Result res =
          SyntheticLifter.generate(
              spec, new SyntheticLifter.Breaks(walkAbout, true, seed % 2 == 0, false));
      Analysis a = AnalysisPipeline.analyze(res.track(), AnalysisOptions.NONE);
      assertThat(a.repCount()).as("seed %d", seed).isEqualTo(reps);
      assertThat(a.partialReps()).as("seed %d", seed).isZero();
      assertThat(a.warnings())
          .as("seed %d", seed)
          .filteredOn(w -> w.code().equals("EMPTY_HANDED_RISE"))
          .hasSize(walkAbout.size() + 1)
          .allSatisfy(w -> assertThat(w.message()).contains("walked").contains("let go"));
      for (int i = 0; i < reps; i++) {
        GroundTruth.RepTruth t = res.truth().reps().get(i);
        // as in phaseBoundariesAreWithinAFewFramesOfTheTruthInMostReps
        double seconds = t.faults().contains(FaultCode.TOO_HEAVY) ? 0.6 : 0.35;
        assertThat(a.reps().get(i).rep().floorBreakFrame())
            .as("seed %d rep %d floor break", seed, i + 1)
            .isCloseTo(t.floorBreakFrame(), within((int) Math.ceil(seconds * spec.fps())));
      }
      assertThat(wronglyJudged(List.of(new Case(spec, res.truth(), a))))
          .as("seed %d", seed)
          .isEmpty();
    }
  }

  /**
   * A pull that stalls short of lockout and comes back down is a missed rep: reported as a partial
   * rep marked missed, with TOO_HEAVY (the lifter could not finish it), its floor break and stall
   * where they happened, and the set's full reps as before. Before, it vanished without a word: the
   * bar never reached the high band, so no rep was looked for (all 120 seeds).
   */
  @Test
  void aMissedPullAfterTheSetIsReportedAsAMissedRepThatWasTooHeavy() {
    for (long seed = 1; seed <= 40; seed++) {
      SetSpec spec = randomSet(seed);
      int reps = spec.reps().size();
      SyntheticLifter.Result res =
          SyntheticLifter.generate(spec, new SyntheticLifter.Breaks(Set.of(), false, false, true));
      Analysis a = AnalysisPipeline.analyze(res.track(), AnalysisOptions.NONE);
      assertThat(a.repCount()).as("seed %d", seed).isEqualTo(reps);
      assertThat(a.partialReps()).as("seed %d", seed).isEqualTo(1);
      RepAnalysis missed = a.reps().get(reps);
      int[] truth = res.missedPulls().get(0);
      // a missed pull leaves the floor as slowly as a grind. Over 120 seeds: floor break within 2
      // frames on 97, at most 0.30 s off; the stall within 2 frames on 104, at most 0.23 s off
      int slack = (int) Math.ceil(0.35 * spec.fps());
      assertThat(missed.rep().missed()).as("seed %d", seed).isTrue();
      assertThat(missed.rep().partialReason().orElseThrow())
          .contains("missed", "stalled " + (truth[2] == 1 ? "above" : "below") + " the knees");
      assertThat(missed.rep().floorBreakFrame())
          .as("seed %d floor break", seed)
          .isCloseTo(truth[0], within(slack));
      assertThat(missed.rep().lockoutFrame())
          .as("seed %d stall", seed)
          .isCloseTo(truth[1], within(slack));
      assertThat(missed.faults()).extracting(Fault::code).contains(FaultCode.TOO_HEAVY);
      assertThat(wronglyJudged(List.of(new Case(spec, res.truth(), a))))
          .as("seed %d", seed)
          .isEmpty();
    }
  }

  @Test
  void eachInjectedFaultIsFoundOnExactlyTheRepsWhereItWasInjected() {
    assertThat(wronglyJudged(CASES)).isEmpty();
  }

  @Test
  void anArchedBackIsNotJudgedFromLandmarksAlone() {
    Case c = CASES.get(0);
    assertThat(c.analysis().skipped())
        .anySatisfy(
            s -> {
              assertThat(s.judgement()).isEqualTo("OVER_ARCHED_BACK");
              assertThat(s.reason()).contains("silhouette");
            });
  }

  /**
   * With a back silhouette (the truth's bend plus 3 degrees of noise standing in for a segmentation
   * mask), the spine rules read the bend itself: rounded and arched backs are found on exactly
   * their reps, and nothing else changes.
   */
  @Test
  void withABackSilhouetteRoundedAndArchedBacksAreFoundOnExactlyTheirReps() {
    List<FaultCode> spine = List.of(FaultCode.ROUNDED_BACK, FaultCode.OVER_ARCHED_BACK);
    List<Case> cases = new ArrayList<>();
    for (long seed = 101; seed <= 120; seed++) {
      SetSpec spec = randomSet(seed, spine);
      SyntheticLifter.Result res = SyntheticLifter.generate(spec);
      Random noise = new Random(seed);
      double[] bend = res.truth().backBendDeg();
      double[] seen = new double[bend.length];
      for (int i = 0; i < bend.length; i++) {
        seen[i] = bend[i] + 3 * noise.nextGaussian();
      }
      AnalysisOptions options =
          new AnalysisOptions(
              java.util.OptionalDouble.empty(),
              java.util.OptionalDouble.empty(),
              java.util.OptionalDouble.empty(),
              java.util.Optional.of(f -> java.util.OptionalDouble.of(seen[f])));
      Analysis a = AnalysisPipeline.analyze(res.track(), options);
      assertThat(a.skipped()).noneMatch(s -> s.judgement().equals("OVER_ARCHED_BACK"));
      cases.add(new Case(spec, res.truth(), a));
    }
    assertThat(
            cases.stream()
                .flatMap(c -> c.truth().reps().stream())
                .flatMap(r -> r.faults().stream()))
        .contains(FaultCode.ROUNDED_BACK, FaultCode.OVER_ARCHED_BACK);
    assertThat(wronglyJudged(cases)).isEmpty();
  }

  private static List<String> wronglyJudged(List<Case> cases) {
    List<String> wrong = new ArrayList<>();
    for (Case c : cases) {
      for (int i = 0; i < c.truth().reps().size(); i++) {
        Set<FaultCode> injected = c.truth().reps().get(i).faults();
        Set<FaultCode> found =
            c.analysis().reps().get(i).faults().stream()
                .map(Fault::code)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FaultCode.class)));
        if (!found.equals(injected.isEmpty() ? Set.of() : EnumSet.copyOf(injected))) {
          wrong.add(
              "seed "
                  + c.spec().seed()
                  + " rep "
                  + (i + 1)
                  + ": injected "
                  + injected
                  + ", found "
                  + c.analysis().reps().get(i).faults().stream()
                      .map(f -> f.code() + " " + f.evidence())
                      .toList()
                  + " "
                  + c.analysis().reps().get(i).metrics());
        }
      }
    }
    return wrong;
  }

  /**
   * Trunk, hip and knee angles during the reps against the truth: within 2° in at least 98 % of
   * frames (hidden landmarks and jitter account for the rest), never more than 5° off.
   */
  @Test
  void trunkHipAndKneeAnglesAreWithinTwoDegreesDuringTheReps() {
    long frames = 0;
    long within = 0;
    for (Case c : CASES) {
      var k = c.analysis().kinematics();
      for (RepAnalysis r : c.analysis().reps()) {
        for (int f = r.rep().floorBreakFrame(); f <= r.rep().endFrame(); f++) {
          double[] errors = {
            Math.abs(k.trunkDeg()[f] - c.truth().trunkDeg()[f]),
            Math.abs(k.hipDeg()[f] - c.truth().hipDeg()[f]),
            Math.abs(k.kneeDeg()[f] - c.truth().kneeDeg()[f])
          };
          for (double e : errors) {
            assertThat(e).as("seed %d frame %d", c.spec().seed(), f).isLessThanOrEqualTo(5.0);
            frames++;
            if (e <= 2.0) {
              within++;
            }
          }
        }
      }
    }
    assertThat(within / (double) frames).isGreaterThanOrEqualTo(0.98);
  }

  /**
   * Mean concentric velocity (bar rise from the floor break to lockout over that time) against the
   * truth: within 0.03 m/s in 97.5 % of 360 reps measured (92.8 % before grinds' ends were fitted,
   * 96.4 % before the bar's departure could move the floor break earlier, 96.9 % before the ramps'
   * ends were fitted by least squares; the 22 grinds 50 % → 100 %), held at 95 % (a one frame
   * boundary error at 25 fps is 4 % of a 1 s pull), and never off by more than 0.08 m/s. Every rep
   * that misses does so through its boundaries: with the truth's floor break and lockout frames,
   * the detected bar height gives the truth's velocity within 0.012 m/s on all of them; most are
   * off by one or two frames at 25 or 30 fps.
   */
  @Test
  void meanConcentricVelocityIsWithinThreeHundredthsOfAMetrePerSecondInMostReps() {
    int within = 0;
    int count = 0;
    for (Case c : CASES) {
      for (int i = 0; i < c.truth().reps().size(); i++) {
        double error =
            Math.abs(
                c.analysis().reps().get(i).metrics().meanConcentricVelocityMps()
                    - c.truth().reps().get(i).meanConcentricVelocityMps());
        assertThat(error).as("seed %d rep %d", c.spec().seed(), i + 1).isLessThanOrEqualTo(0.08);
        count++;
        if (error <= 0.03) {
          within++;
        }
      }
    }
    System.out.printf(
        "mean concentric velocity within 0.03 m/s in %.1f %% of %d reps%n",
        100.0 * within / count, count);
    assertThat(within / (double) count).isGreaterThanOrEqualTo(0.95);
  }

  private static Phase phase(RepAnalysis r, PhaseName name) {
    return r.rep().phase(name).orElseThrow(() -> new AssertionError("no phase " + name));
  }

  private static org.assertj.core.data.Offset<Integer> within(int frames) {
    return org.assertj.core.data.Offset.offset(frames);
  }
}
