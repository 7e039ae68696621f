package dev.hinge.kinematics;

/** A point in the lifter's sagittal plane: metres forward of the mid-foot and above the floor. */
public record Point2(double forwardM, double upM) {}
