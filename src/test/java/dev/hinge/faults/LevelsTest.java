package dev.hinge.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LevelsTest {
  @Test
  void aValuePastEachThresholdReachesThatLevel() {
    Levels above = Levels.above(1, 2, 3);
    assertThat(above.of(1)).isEmpty();
    assertThat(above.of(1.5)).contains(Severity.MILD);
    assertThat(above.of(2.5)).contains(Severity.MODERATE);
    assertThat(above.of(9)).contains(Severity.SEVERE);
  }

  @Test
  void levelsBelowCountDownwards() {
    Levels below = Levels.below(0.2, 0.17, 0.14);
    assertThat(below.of(0.25)).isEmpty();
    assertThat(below.of(0.18)).contains(Severity.MILD);
    assertThat(below.of(0.1)).contains(Severity.SEVERE);
  }
}
