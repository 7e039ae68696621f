package dev.hinge.eval.inject;

import dev.hinge.kinematics.Facing;
import dev.hinge.kinematics.Kinematics;

/**
 * What an injection needs to know about a track to move landmarks by a physical size: metres per
 * pixel (the track's own scale estimate) and which way the lifter faces in the picture ({@code +1}
 * towards +x, {@code -1} towards −x).
 */
public record TrackGeometry(double metresPerPixel, int forwardX) {
  public TrackGeometry {
    if (!(metresPerPixel > 0) || Math.abs(forwardX) != 1) {
      throw new IllegalArgumentException(
          "need a positive scale and a facing of ±1, found " + metresPerPixel + ", " + forwardX);
    }
  }

  public static TrackGeometry of(Kinematics k) {
    return new TrackGeometry(k.scale().metresPerPixel(), k.facing() == Facing.RIGHT ? 1 : -1);
  }

  public double pixels(double cm) {
    return cm / 100.0 / metresPerPixel;
  }
}
