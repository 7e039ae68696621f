package dev.hinge.faults;

import static dev.hinge.faults.HandMadeReps.clean;
import static dev.hinge.faults.HandMadeReps.context;
import static dev.hinge.faults.HandMadeReps.full;
import static dev.hinge.faults.HandMadeReps.judge;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadPositionTest {
  final HeadPosition rule = new HeadPosition();

  @Test
  void aHeadCrankedUpIsFlaggedAsExtension() {
    Finding f = judge(rule, context(full(), clean().headAngleDeg(58))).orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.MODERATE);
    assertThat(f.evidence().metric()).isEqualTo("headExtensionDeg");
    assertThat(f.evidence().value()).isEqualTo(58);
  }

  @Test
  void aChinTuckedHardIsFlaggedAsFlexion() {
    Finding f = judge(rule, context(full(), clean().headAngleDeg(-72))).orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.SEVERE);
    assertThat(f.evidence().metric()).isEqualTo("headFlexionDeg");
    assertThat(f.evidence().value()).isEqualTo(72);
  }

  @Test
  void aNeutralNeckIsNoFault() {
    assertThat(judge(rule, context(full(), clean().headAngleDeg(25)))).isEmpty();
  }

  @Test
  void itNeedsTheHeadInFrame() {
    assertThat(rule.needs()).contains(Requirement.HEAD);
  }
}
