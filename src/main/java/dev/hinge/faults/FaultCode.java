package dev.hinge.faults;

/** The faults Hinge reports, each with its coaching cue and the seed cause it maps to. */
public enum FaultCode {
  HIPS_SHOOT_UP(
      "Push the floor away: hips and shoulders rise together until the bar passes the knees.",
      "straining the legs / using the wrong muscles: the legs straighten first and the back lifts"
          + " the bar"),
  SQUATTING_THE_DEADLIFT(
      "Hips higher at the start: shins nearly vertical, push the hips back, not down.",
      "not a hip hinge: the wrong muscles start the pull"),
  ROUNDED_BACK(
      "Chest up and brace before the pull: pull the slack out and keep the back flat.",
      "poor posture, core not engaged: the lower back flexes under load"),
  OVER_ARCHED_BACK(
      "Ribs down, brace the belly: a neutral back, not an arched one.",
      "over-arching / over-extending the back"),
  LOCKOUT_HYPEREXTENSION(
      "Finish tall: squeeze the glutes and stop when the hips are through; don't lean back.",
      "over-arching / over-extending the back at the top"),
  BAR_DRIFT(
      "Keep the bar against the legs, over mid-foot, all the way up and down.",
      "poor posture: a bar away from the body lengthens the lever on the lower back"),
  JERKING_THE_BAR(
      "Pull the slack out first, then squeeze the bar off the floor.",
      "lifting too quickly: the back takes the shock at the floor break"),
  TOO_HEAVY(
      "The bar is grinding: lower the weight or stop the set here.",
      "lifting too heavy: reps near failure, technique breaks down"),
  HEAD_POSITION(
      "Neutral neck: eyes on the floor a few metres ahead, chin neither cranked up nor tucked.",
      "posture: the neck out of line with the back");

  private final String cue;
  private final String cause;

  FaultCode(String cue, String cause) {
    this.cue = cue;
    this.cause = cause;
  }

  public String cue() {
    return cue;
  }

  public String cause() {
    return cause;
  }
}
