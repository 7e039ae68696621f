package dev.hinge.reps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeriesTest {
  @Test
  void aStretchOfPresentFramesBridgesShortGapsAndEndsBeforeALongOne() {
    boolean[] p = new boolean[20];
    for (int i = 0; i < 20; i++) {
      // missed detections at 5 and 8..9; the lifter gone from 13 to 16
      p[i] = i != 5 && i != 8 && i != 9 && (i < 13 || i > 16);
    }
    assertThat(Series.lastPresentFrom(p, 0, 2)).isEqualTo(12);
    assertThat(Series.lastPresentFrom(p, 0, 4)).isEqualTo(19);
    assertThat(Series.lastPresentFrom(p, 0, 0)).isEqualTo(4);
    assertThat(Series.lastPresentFrom(p, 17, 2)).isEqualTo(19);
  }
}
