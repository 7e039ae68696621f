package dev.hinge.faults;

import java.util.Arrays;
import java.util.Optional;

/**
 * The faults Hinge reports, each with the rule that finds it: the one list a rule is registered in.
 * Rules are judged, and their faults reported, in this order.
 */
public enum FaultCode {
  HIPS_SHOOT_UP(new HipsShootUp()),
  SQUATTING_THE_DEADLIFT(new SquattingTheDeadlift()),
  ROUNDED_BACK(new RoundedBack()),
  OVER_ARCHED_BACK(new OverArchedBack()),
  LOCKOUT_HYPEREXTENSION(new LockoutHyperextension()),
  BAR_DRIFT(new BarDrift()),
  JERKING_THE_BAR(new JerkingTheBar()),
  TOO_HEAVY(new TooHeavy()),
  HEAD_POSITION(new HeadPosition());

  private final FaultRule rule;

  FaultCode(FaultRule rule) {
    this.rule = rule;
  }

  public FaultRule rule() {
    return rule;
  }

  /** The coaching cue: written once, in the rule. */
  public String cue() {
    return rule.cue();
  }

  public String cause() {
    return rule.cause();
  }

  /**
   * The code of this name ({@code "BAR_DRIFT"}), if Hinge has one: for codes read back from
   * storage.
   */
  public static Optional<FaultCode> named(String name) {
    return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
  }
}
