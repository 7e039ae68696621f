package dev.hinge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepMatcherTest {

  @Test
  void theSameSpansPairOneToOneWithFullOverlap() {
    List<Span> spans = List.of(new Span(1, 3), new Span(4, 6));
    RepMatcher.Match m = RepMatcher.match(spans, spans);
    assertThat(m.pairs()).hasSize(2);
    assertThat(m.pairs()).allSatisfy(p -> assertThat(p.iou()).isEqualTo(1.0));
    assertThat(m.missed()).isZero();
    assertThat(m.extra()).isZero();
  }

  @Test
  void oneFoundRepSpanningTwoLabelledRepsPairsWithOneOfThemOnly() {
    // two reps read as one long pull: the labelled 1-3 overlaps it best (2/5), 4-5.5 less
    RepMatcher.Match m =
        RepMatcher.match(List.of(new Span(1, 3), new Span(4, 5.5)), List.of(new Span(1, 6)));
    assertThat(m.pairs()).hasSize(1);
    assertThat(m.pairs().get(0).labelled()).isZero();
    assertThat(m.pairs().get(0).iou()).isCloseTo(0.4, within(1e-9));
    assertThat(m.missed()).isEqualTo(1);
    assertThat(m.extra()).isZero();
  }

  @Test
  void overlapBelowTheBarIsNoPair() {
    // IoU 0.25: a found rep that only grazes the labelled one
    RepMatcher.Match m = RepMatcher.match(List.of(new Span(0, 2.5)), List.of(new Span(2, 4)));
    assertThat(new Span(0, 2.5).iou(new Span(2, 4))).isLessThan(RepMatcher.MIN_IOU);
    assertThat(m.pairs()).isEmpty();
    assertThat(m.missed()).isEqualTo(1);
    assertThat(m.extra()).isEqualTo(1);
  }

  @Test
  void theBestOverlapWinsWhenTwoFoundRepsCompeteForOneLabel() {
    RepMatcher.Match m =
        RepMatcher.match(List.of(new Span(2, 4)), List.of(new Span(1.5, 3.0), new Span(2.1, 4.1)));
    assertThat(m.pairs()).hasSize(1);
    assertThat(m.pairs().get(0).detected()).isEqualTo(1);
    assertThat(m.pairs().get(0).startOffsetS()).isCloseTo(0.1, within(1e-9));
    assertThat(m.pairedDetected(0)).isFalse();
    assertThat(m.extra()).isEqualTo(1);
  }

  @Test
  void aRepLabelledFromItsDescentStillPairsWithTheFoundPull() {
    // labelled from standing (descent, pull), found from the floor break: IoU about 0.3
    RepMatcher.Match m = RepMatcher.match(List.of(new Span(0.5, 3.1)), List.of(new Span(2.0, 4.1)));
    assertThat(m.pairs()).hasSize(1);
  }

  @Test
  void nothingFoundOrNothingLabelledPairsNothing() {
    assertThat(RepMatcher.match(List.of(new Span(1, 2)), List.of()).missed()).isEqualTo(1);
    assertThat(RepMatcher.match(List.of(), List.of(new Span(1, 2))).extra()).isEqualTo(1);
    assertThat(RepMatcher.match(List.of(), List.of()).pairs()).isEmpty();
  }

  @Test
  void spansThatOnlyTouchDoNotOverlap() {
    assertThat(new Span(1, 2).iou(new Span(2, 3))).isZero();
    assertThat(new Span(1, 1).iou(new Span(1, 1))).isZero();
  }

  @Test
  void aPairCarriesTheFoundLockoutLessTheLabelledOneWhereBothAreKnown() {
    RepMatcher.Match m =
        RepMatcher.match(
            List.of(new Span(1, 4, 2.0), new Span(5, 8)),
            List.of(new Span(1.1, 4.0, 2.3), new Span(5.0, 8.0, 6.2)));
    assertThat(m.pairs()).hasSize(2);
    assertThat(m.pairs().get(0).lockoutOffsetS()).isCloseTo(0.3, within(1e-9));
    // the second label has no lockout time
    assertThat(m.pairs().get(1).lockoutOffsetS()).isNaN();
  }
}
