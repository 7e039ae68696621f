package dev.hinge.eval;

import dev.hinge.faults.FaultCode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A fault name as the labels spell it, and the Hinge rule that judges it. Heel lift and arm bend
 * have no rule: they are reported as such, never dropped.
 */
public enum LabelFault {
  ROUNDED_BACK(FaultCode.ROUNDED_BACK),
  HIPS_SHOOT_UP(FaultCode.HIPS_SHOOT_UP),
  SQUATTING_THE_DEADLIFT(FaultCode.SQUATTING_THE_DEADLIFT),
  BAR_DRIFT(FaultCode.BAR_DRIFT),
  LOCKOUT_HYPEREXTENSION(FaultCode.LOCKOUT_HYPEREXTENSION),
  OVER_ARCHING(FaultCode.OVER_ARCHED_BACK),
  JERKING_THE_BAR(FaultCode.JERKING_THE_BAR),
  HEAD_POSITION(FaultCode.HEAD_POSITION),
  HEEL_LIFT(null),
  ARM_BEND(null);

  private final FaultCode rule;

  LabelFault(FaultCode rule) {
    this.rule = rule;
  }

  /** The Hinge rule that judges this fault, if there is one. */
  public Optional<FaultCode> rule() {
    return Optional.ofNullable(rule);
  }

  /** The name as written in the labels, e.g. {@code over_arching}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<LabelFault> parse(String label) {
    return Arrays.stream(values()).filter(f -> f.label().equals(label)).findFirst();
  }

  /** The label name for a Hinge rule, if the labels have one (TOO_HEAVY has none). */
  public static Optional<LabelFault> of(FaultCode code) {
    return Arrays.stream(values()).filter(f -> f.rule == code).findFirst();
  }
}
