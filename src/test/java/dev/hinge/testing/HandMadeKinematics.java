package dev.hinge.testing;

import dev.hinge.kinematics.CameraCheck;
import dev.hinge.kinematics.Derivative;
import dev.hinge.kinematics.Facing;
import dev.hinge.kinematics.Joint;
import dev.hinge.kinematics.Kinematics;
import dev.hinge.kinematics.Scale;
import dev.hinge.kinematics.ScaleSource;
import dev.hinge.kinematics.View;
import dev.hinge.kinematics.ViewKind;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Kinematics written by hand for unit tests: every joint at 0 and fully visible, hips and knees
 * straight, a side view at the given frame rate, unless a signal is set frame by frame. The bar is
 * the wrists, as in {@code KinematicsExtractor}.
 */
public final class HandMadeKinematics {
  private final int n;
  private final double fps;
  private final double[][] forward;
  private final double[][] up;
  private final double[][] visibility;
  private final double[] midFoot;
  private final double[] trunkDeg;
  private final double[] hipDeg;
  private final double[] kneeDeg;
  private final double[] headDeg;
  private final double[] chord;
  private final boolean[] present;
  private final boolean[] turned;
  private final boolean[] lost;
  private final boolean[] barFromShoulders;
  private ViewKind view = ViewKind.SIDE;

  private HandMadeKinematics(int n, double fps) {
    this.n = n;
    this.fps = fps;
    int joints = Joint.values().length;
    forward = new double[joints][n];
    up = new double[joints][n];
    visibility = new double[joints][n];
    for (double[] v : visibility) {
      Arrays.fill(v, 1.0);
    }
    midFoot = new double[n];
    trunkDeg = new double[n];
    hipDeg = new double[n];
    kneeDeg = new double[n];
    Arrays.fill(hipDeg, 180);
    Arrays.fill(kneeDeg, 180);
    headDeg = new double[n];
    chord = new double[n];
    Arrays.fill(chord, 0.5);
    present = new boolean[n];
    Arrays.fill(present, true);
    turned = new boolean[n];
    lost = new boolean[n];
    barFromShoulders = new boolean[n];
  }

  public static HandMadeKinematics frames(int n, double fps) {
    return new HandMadeKinematics(n, fps);
  }

  private HandMadeKinematics set(double[] s, IntToDoubleFunction f) {
    for (int i = 0; i < n; i++) {
      s[i] = f.applyAsDouble(i);
    }
    return this;
  }

  public HandMadeKinematics up(Joint j, IntToDoubleFunction f) {
    return set(up[j.ordinal()], f);
  }

  public HandMadeKinematics forward(Joint j, IntToDoubleFunction f) {
    return set(forward[j.ordinal()], f);
  }

  public HandMadeKinematics visibility(Joint j, IntToDoubleFunction f) {
    return set(visibility[j.ordinal()], f);
  }

  public HandMadeKinematics midFoot(IntToDoubleFunction f) {
    return set(midFoot, f);
  }

  public HandMadeKinematics hipDeg(IntToDoubleFunction f) {
    return set(hipDeg, f);
  }

  public HandMadeKinematics trunkDeg(IntToDoubleFunction f) {
    return set(trunkDeg, f);
  }

  public HandMadeKinematics kneeDeg(IntToDoubleFunction f) {
    return set(kneeDeg, f);
  }

  /** The lifter turned to or from the camera on the frames {@code f} says. */
  public HandMadeKinematics turned(java.util.function.IntPredicate f) {
    for (int i = 0; i < n; i++) {
      turned[i] = f.test(i);
    }
    return this;
  }

  /**
   * The model lost the pose on the frames {@code f} says: they are not present (their values stand
   * for the bridge over them).
   */
  public HandMadeKinematics lost(java.util.function.IntPredicate f) {
    for (int i = 0; i < n; i++) {
      lost[i] = f.test(i);
      present[i] = !lost[i];
    }
    return this;
  }

  /** The hands hidden (the bar's height taken from the shoulders) on the frames {@code f} says. */
  public HandMadeKinematics barFromShoulders(java.util.function.IntPredicate f) {
    for (int i = 0; i < n; i++) {
      barFromShoulders[i] = f.test(i);
    }
    return this;
  }

  public HandMadeKinematics view(ViewKind v) {
    view = v;
    return this;
  }

  public Kinematics build() {
    double[] tMs = new double[n];
    for (int i = 0; i < n; i++) {
      tMs[i] = 1000.0 * i / fps;
    }
    double[] bar = up[Joint.WRIST.ordinal()];
    CameraCheck camera = new CameraCheck(new View(view, 1.0), fps, 1, 1, 1, List.of());
    return new Kinematics(
        n,
        fps,
        tMs,
        present,
        forward,
        up,
        visibility,
        midFoot,
        trunkDeg,
        hipDeg,
        kneeDeg,
        headDeg,
        chord,
        bar,
        forward[Joint.WRIST.ordinal()],
        Derivative.central(bar, tMs),
        Facing.RIGHT,
        new Scale(ScaleSource.WORLD_LANDMARKS, 0.003, 12),
        camera,
        1.75,
        new boolean[Joint.values().length][n],
        barFromShoulders,
        turned,
        lost,
        new boolean[n],
        lost.clone());
  }
}
