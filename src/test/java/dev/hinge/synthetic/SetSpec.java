package dev.hinge.synthetic;

import dev.hinge.faults.FaultCode;
import java.util.List;
import java.util.Set;

/**
 * What the synthetic lifter does: the reps (each with its tempo and injected faults), body size,
 * camera and sensor imperfections.
 *
 * @param touchAndGo reps after the first start straight from the previous descent
 * @param cameraYawDeg 0 is a true side view; 90 a front view
 * @param noisePx standard deviation of image landmark jitter
 * @param dropRate share of landmarks hidden (low visibility, position off) per frame
 * @param absentRate share of frames with no pose at all
 */
public record SetSpec(
    long seed,
    List<RepSpec> reps,
    boolean touchAndGo,
    double statureM,
    double fps,
    double cameraDistanceM,
    double cameraYawDeg,
    double focalPx,
    double noisePx,
    double dropRate,
    double absentRate,
    boolean facingLeft,
    boolean walkIn) {

  /** One rep: concentric time, lockout hold, descent time, and the faults to inject. */
  public record RepSpec(
      double concentricS, double lockoutHoldS, double descentS, Set<FaultCode> faults) {
    public RepSpec {
      faults = Set.copyOf(faults);
    }

    public static RepSpec clean(double concentricS) {
      return new RepSpec(concentricS, 0.6, 1.2, Set.of());
    }
  }

  public SetSpec {
    reps = List.copyOf(reps);
  }

  /** A clean, well-filmed set. */
  public static SetSpec clean(long seed, int reps) {
    return new SetSpec(
        seed,
        java.util.Collections.nCopies(reps, RepSpec.clean(1.0)),
        false,
        1.78,
        30,
        3.5,
        0,
        800,
        0.8,
        0.0,
        0.0,
        false,
        true);
  }

  public SetSpec withReps(List<RepSpec> r) {
    return new SetSpec(
        seed,
        r,
        touchAndGo,
        statureM,
        fps,
        cameraDistanceM,
        cameraYawDeg,
        focalPx,
        noisePx,
        dropRate,
        absentRate,
        facingLeft,
        walkIn);
  }

  public SetSpec withYaw(double yawDeg) {
    return new SetSpec(
        seed,
        reps,
        touchAndGo,
        statureM,
        fps,
        cameraDistanceM,
        yawDeg,
        focalPx,
        noisePx,
        dropRate,
        absentRate,
        facingLeft,
        walkIn);
  }

  public SetSpec withFps(double f) {
    return new SetSpec(
        seed,
        reps,
        touchAndGo,
        statureM,
        f,
        cameraDistanceM,
        cameraYawDeg,
        focalPx,
        noisePx,
        dropRate,
        absentRate,
        facingLeft,
        walkIn);
  }
}
