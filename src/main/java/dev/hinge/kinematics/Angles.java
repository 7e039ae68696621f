package dev.hinge.kinematics;

/** Plane angle helpers, in degrees. */
public final class Angles {
  private Angles() {}

  /** The interior angle at (bx, by) between the rays to a and c; 180 when straight. */
  public static double interior(double ax, double ay, double bx, double by, double cx, double cy) {
    double ux = ax - bx;
    double uy = ay - by;
    double vx = cx - bx;
    double vy = cy - by;
    return Math.toDegrees(Math.atan2(Math.abs(ux * vy - uy * vx), ux * vx + uy * vy));
  }

  /**
   * The signed angle from u to w with x forward and y up; positive turns backward (toward extension
   * for a vector pointing up), negative forward.
   */
  public static double signed(double ux, double uy, double wx, double wy) {
    return Math.toDegrees(Math.atan2(ux * wy - uy * wx, ux * wx + uy * wy));
  }
}
