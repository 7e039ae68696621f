package dev.hinge.eval;

import dev.hinge.kinematics.ViewKind;
import java.util.Locale;

/**
 * Where the labeller saw the camera stand. Hinge has no rear view: a rear or rear-oblique view is
 * recognised when Hinge does not take it for a side view (it reads as front or oblique, and form is
 * judged at reduced confidence or not at all).
 */
public enum LabelledView {
  SIDE,
  FRONT,
  OBLIQUE,
  REAR;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean recognisedAs(ViewKind detected) {
    return switch (this) {
      case SIDE -> detected == ViewKind.SIDE;
      case FRONT -> detected == ViewKind.FRONT;
      case OBLIQUE -> detected == ViewKind.OBLIQUE;
      case REAR -> detected == ViewKind.FRONT || detected == ViewKind.OBLIQUE;
    };
  }
}
