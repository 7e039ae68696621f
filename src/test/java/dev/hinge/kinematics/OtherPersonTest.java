package dev.hinge.kinematics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.Landmark;
import dev.hinge.pose.PoseFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OtherPersonTest {
  static final double FRAME_MS = 1000.0 / 30;

  /** Where a body stands: its centre across, the top of its shoulders, its shoulders-to-ankles. */
  record Body(double x, double shoulderY, double height, boolean swapped) {
    Body(double x, double shoulderY, double height) {
      this(x, shoulderY, height, false);
    }

    Body movedBy(double dx) {
      return new Body(x + dx, shoulderY, height, swapped);
    }
  }

  /** Each frame's body, or null where no pose was found. */
  static List<PoseFrame> frames(List<Body> bodies) {
    List<PoseFrame> frames = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      Body b = bodies.get(i);
      List<Landmark> image = new ArrayList<>();
      for (BodyLandmark m : BodyLandmark.values()) {
        image.add(b == null ? new Landmark(0, 0, 0, 0, 0) : landmark(b, m));
      }
      frames.add(new PoseFrame(i, i * FRAME_MS, b == null ? 0 : 1, image, List.of()));
    }
    return frames;
  }

  /**
   * A front-on standing figure: left on the picture's right, shoulders 0.25 of the height apart.
   */
  static Landmark landmark(Body b, BodyLandmark m) {
    Map<String, Double> down =
        Map.of("SHOULDER", 0.0, "ELBOW", 0.2, "WRIST", 0.4, "HIP", 0.35, "KNEE", 0.7, "ANKLE", 1.0);
    String name = m.name();
    for (Map.Entry<String, Double> e : down.entrySet()) {
      if (name.endsWith(e.getKey())) {
        boolean left = name.startsWith("LEFT") ^ b.swapped();
        double half = (e.getKey().equals("SHOULDER") ? 0.125 : 0.08) * b.height();
        return new Landmark(
            b.x() + (left ? half : -half), b.shoulderY() + e.getValue() * b.height(), 0, 0.9, 0.9);
      }
    }
    return new Landmark(b.x(), b.shoulderY() - 0.1 * b.height(), 0, 0.9, 0.9);
  }

  static void add(List<Body> to, Body b, int frames) {
    for (int i = 0; i < frames; i++) {
      to.add(b);
    }
  }

  static boolean[] present(List<Body> bodies) {
    boolean[] p = new boolean[bodies.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = bodies.get(i) != null;
    }
    return p;
  }

  static final Body LIFTER = new Body(500, 600, 400);

  /** A spotter behind the lifter: further from the camera, so higher and smaller in the picture. */
  static final Body SPOTTER = new Body(510, 520, 320);

  static boolean[] other(List<Body> bodies, List<Double> cutsMs) {
    return OtherPerson.frames(frames(bodies), present(bodies), cutsMs);
  }

  static List<Integer> marked(boolean[] other) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < other.length; i++) {
      if (other[i]) {
        out.add(i);
      }
    }
    return out;
  }

  static List<Integer> range(int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      out.add(i);
    }
    return out;
  }

  @Test
  void aPoseThatHopsToSomebodyElseAndBackIsThatPersonsRun() {
    // jqp_sumo: the lifter at the bar, two frames without a pose, a handler behind him for 0.67
    // s, no pose for 0.8 s, the lifter again where he was
    List<Body> b = new ArrayList<>();
    add(b, LIFTER, 15);
    add(b, null, 2);
    add(b, SPOTTER, 20);
    add(b, null, 24);
    add(b, LIFTER, 130);
    assertThat(marked(other(b, List.of()))).isEqualTo(range(17, 36));
  }

  @Test
  void onlyTheFramesWithHisPoseAreHis() {
    // a frame without a pose inside the spotter's run stays a frame without one
    List<Body> b = new ArrayList<>();
    add(b, LIFTER, 30);
    add(b, SPOTTER, 10);
    add(b, null, 2);
    add(b, SPOTTER, 10);
    add(b, LIFTER, 60);
    List<Integer> expected = range(30, 39);
    expected.addAll(range(42, 51));
    assertThat(marked(other(b, List.of()))).isEqualTo(expected);
  }

  @Test
  void aHopStraightFromFrameToFrameCountsAsMuch() {
    List<Body> b = new ArrayList<>();
    add(b, LIFTER, 30);
    add(b, SPOTTER, 20);
    add(b, LIFTER, 60);
    assertThat(marked(other(b, List.of()))).isEqualTo(range(30, 49));
  }

  @Test
  void aLifterWhoIsNotWhereHeWasIsNotReadAsSomebodyElse() {
    // a jump cut in an edited clip: the same lifter, shot on, somewhere else each time
    List<Body> b = new ArrayList<>();
    add(b, LIFTER, 30);
    add(b, SPOTTER, 20);
    add(b, LIFTER.movedBy(200), 60);
    assertThat(marked(other(b, List.of()))).isEmpty();
  }

  @Test
  void theClipsEndsAreNotJudged() {
    // only one side of the run is seen: who is who cannot be told
    List<Body> b = new ArrayList<>();
    add(b, LIFTER, 60);
    add(b, SPOTTER, 20);
    assertThat(marked(other(b, List.of()))).isEmpty();
    List<Body> c = new ArrayList<>();
    add(c, SPOTTER, 20);
    add(c, LIFTER, 60);
    assertThat(marked(other(c, List.of()))).isEmpty();
  }

  @Test
  void theLongerStoryIsTheLifters() {
    // followed for longer than the runs on both sides together: that is the lifter
    List<Body> b = new ArrayList<>();
    add(b, LIFTER, 10);
    add(b, SPOTTER, 60);
    add(b, LIFTER, 10);
    assertThat(marked(other(b, List.of()))).isEmpty();
  }

  @Test
  void aGlitchOfAFrameOrTwoIsPassedOver() {
    // a glitch alone is not a person; between the spotter and the lifter it does not hide them
    List<Body> b = new ArrayList<>();
    add(b, LIFTER, 30);
    add(b, LIFTER.movedBy(150), 2);
    add(b, LIFTER, 30);
    assertThat(marked(other(b, List.of()))).isEmpty();
    List<Body> c = new ArrayList<>();
    add(c, LIFTER, 30);
    add(c, SPOTTER, 20);
    add(c, LIFTER.movedBy(150), 2);
    add(c, LIFTER, 30);
    assertThat(marked(other(c, List.of()))).isEqualTo(range(30, 49));
  }

  @Test
  void noRunIsComparedAcrossASceneCut() {
    List<Body> b = new ArrayList<>();
    add(b, LIFTER, 30);
    add(b, SPOTTER, 20);
    add(b, LIFTER, 60);
    assertThat(marked(other(b, List.of(40 * FRAME_MS)))).isEmpty();
  }

  @Test
  void leftAndRightSwappedAreTheSameBody() {
    // seen from the front the model may swap the sides for a while: the same person
    List<Body> b = new ArrayList<>();
    add(b, LIFTER, 30);
    add(b, new Body(LIFTER.x(), LIFTER.shoulderY(), LIFTER.height(), true), 20);
    add(b, LIFTER, 60);
    assertThat(marked(other(b, List.of()))).isEmpty();
  }

  @Test
  void aBodyMovingFastButSteadilyIsNoHop() {
    // walking across the picture at 2 m/s (a height in under a second): 1.2 % of it a frame
    List<Body> b = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      b.add(LIFTER.movedBy(5 * i));
    }
    assertThat(marked(other(b, List.of()))).isEmpty();
  }

  @Test
  void aSmallerMoveThanTheHopShareIsTheSamePerson() {
    // 9 % of the height in one frame (a hard jerk of the whole pose) stays within the limit
    List<Body> b = new ArrayList<>();
    add(b, LIFTER, 30);
    add(b, LIFTER.movedBy(0.09 * LIFTER.height()), 20);
    add(b, LIFTER, 60);
    assertThat(marked(other(b, List.of()))).isEmpty();
  }
}
