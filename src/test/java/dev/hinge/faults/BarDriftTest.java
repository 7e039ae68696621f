package dev.hinge.faults;

import static dev.hinge.faults.HandMadeReps.clean;
import static dev.hinge.faults.HandMadeReps.context;
import static dev.hinge.faults.HandMadeReps.full;
import static dev.hinge.faults.HandMadeReps.judge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.reps.PhaseName;
import org.junit.jupiter.api.Test;

class BarDriftTest {
  final BarDrift rule = new BarDrift();

  @Test
  void handsFarFromMidFootAreFlaggedInThePhaseWhereTheyWereFarthest() {
    Finding f = judge(rule, context(full(), clean().barDrift(20.04, 15))).orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.MODERATE);
    assertThat(f.phase()).isEqualTo(PhaseName.FLOOR_TO_KNEE);
    assertThat(f.evidence()).isEqualTo(new Evidence("barDriftCm", 20.0, 14, 15, 15));
  }

  @Test
  void aBarAFewCentimetresOffMidFootIsNoFault() {
    assertThat(judge(rule, context(full(), clean().barDrift(10, 30)))).isEmpty();
  }

  @Test
  void itNeedsTheFeetAndHandsInFrame() {
    assertThat(rule.needs()).contains(Requirement.FEET, Requirement.HANDS);
  }
}
