package dev.hinge.kinematics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.Landmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutlierRejectorTest {
  static final double FPS = 30;
  static final int HALF = OutlierRejector.halfWindowFrames(FPS);

  /** A torso of 200 px: jumps count from 70 px. */
  static final double MIN_JUMP = OutlierRejector.MIN_JUMP_TORSO * 200;

  static boolean[] all(int n) {
    boolean[] p = new boolean[n];
    Arrays.fill(p, true);
    return p;
  }

  static int[] rejected(boolean[] r) {
    return IntStream.range(0, r.length).filter(i -> r[i]).toArray();
  }

  @Test
  void aLandmarkThatJumps300PxForFiveFramesIsRejectedThereAndNowhereElse() {
    int n = 120;
    double[] x = new double[n];
    double[] y = new double[n];
    Random noise = new Random(1);
    for (int i = 0; i < n; i++) {
      x[i] = 400 + noise.nextGaussian() * 2;
      y[i] = 700 + noise.nextGaussian() * 2;
    }
    for (int i = 60; i < 65; i++) {
      x[i] += 310; // pillarbox edge: the ankle leaves the picture for five frames
      y[i] -= 40;
    }
    boolean[] r = OutlierRejector.reject(x, y, all(n), HALF, MIN_JUMP);
    assertThat(rejected(r)).containsExactly(60, 61, 62, 63, 64);
  }

  @Test
  void aBarRisingAtTwoMetresASecondKeepsEverySample() {
    // 1 px = 2.5 mm: 2 m/s at 30 fps is 27 px a frame
    int n = 90;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = 300;
      y[i] = i < 30 ? 800 : i < 50 ? 800 - 27 * (i - 30) : 260;
    }
    assertThat(rejected(OutlierRejector.reject(x, y, all(n), HALF, MIN_JUMP))).isEmpty();
  }

  @Test
  void aTouchAndGoBounceAtTenMetresASecondSquaredKeepsItsBottom() {
    // y = 5 t² m around the bottom, at 2.5 mm a pixel
    int n = 61;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double t = (i - 30) / FPS;
      x[i] = 300;
      y[i] = 800 - 5 * t * t / 0.0025;
    }
    assertThat(rejected(OutlierRejector.reject(x, y, all(n), HALF, MIN_JUMP))).isEmpty();
  }

  @Test
  void framesWithoutAPoseAreNeitherJudgedNorUsed() {
    int n = 60;
    double[] x = new double[n];
    double[] y = new double[n];
    boolean[] present = all(n);
    Arrays.fill(x, 100);
    Arrays.fill(y, 100);
    for (int i = 20; i < 40; i++) {
      present[i] = false;
      x[i] = 5000; // garbage where no pose was found
    }
    x[45] = Double.NaN; // a hidden landmark
    assertThat(rejected(OutlierRejector.reject(x, y, present, HALF, MIN_JUMP))).isEmpty();
  }

  @Test
  void theMedianOfEvenAndOddCountsIsTheMiddle() {
    assertThat(OutlierRejector.median(new double[] {5, 1, 3}, 3)).isEqualTo(3);
    assertThat(OutlierRejector.median(new double[] {4, 1, 3, 2}, 4)).isEqualTo(2.5);
    assertThat(OutlierRejector.median(new double[] {7, 7, 7, 1, 9, 9}, 6)).isEqualTo(7);
  }

  /**
   * End to end on a synthetic lifter: the near ankle, heel and toe jump 300 px for five frames
   * mid-pull; the mid-foot and the knee angle stay where they were without the jump (with the
   * filter off they move by tens of centimetres and degrees), and the frames are marked.
   */
  @Test
  void aFootThatJumpsForAFewFramesNoLongerMovesTheMidFootOrTheKnee() {
    PoseTrack clean = SyntheticLifter.generate(SetSpec.clean(4, 1)).track();
    int from = clean.frames().size() / 2;
    PoseTrack jumped = jump(clean, from, 5, 300);
    Kinematics before = KinematicsExtractor.extract(clean, OptionalDouble.of(178));
    Kinematics after = KinematicsExtractor.extract(jumped, OptionalDouble.of(178));
    for (int i = from - 10; i < from + 15; i++) {
      assertThat(after.midFootForwardM()[i]).isCloseTo(before.midFootForwardM()[i], within(0.01));
      assertThat(after.kneeDeg()[i]).isCloseTo(before.kneeDeg()[i], within(2.0));
    }
    for (int i = from; i < from + 5; i++) {
      assertThat(after.rejected(Joint.ANKLE, i)).isTrue();
    }
    assertThat(IntStream.range(0, after.frameCount()).filter(i -> after.rejected(Joint.ANKLE, i)))
        .hasSize(5);
    // without the filter the same jump moves the mid-foot by tens of centimetres
    assertThat(
            IntStream.range(0, clean.frames().size()).noneMatch(i -> before.rejected(Joint.HIP, i)))
        .isTrue();
  }

  /** The track with both ankles, heels and toes moved {@code dx} px for {@code len} frames. */
  static PoseTrack jump(PoseTrack t, int from, int len, double dx) {
    List<PoseFrame> frames = new ArrayList<>(t.frames());
    List<BodyLandmark> foot =
        List.of(
            BodyLandmark.LEFT_ANKLE,
            BodyLandmark.RIGHT_ANKLE,
            BodyLandmark.LEFT_HEEL,
            BodyLandmark.RIGHT_HEEL,
            BodyLandmark.LEFT_FOOT_INDEX,
            BodyLandmark.RIGHT_FOOT_INDEX);
    for (int i = from; i < from + len; i++) {
      PoseFrame f = frames.get(i);
      List<Landmark> image = new ArrayList<>(f.image());
      for (BodyLandmark b : foot) {
        Landmark l = image.get(b.index());
        image.set(
            b.index(), new Landmark(l.x() + dx, l.y() - 40, l.z(), l.visibility(), l.presence()));
      }
      frames.set(i, new PoseFrame(f.index(), f.tMs(), f.presence(), image, f.world(), f.back()));
    }
    return new PoseTrack(t.video(), t.model(), frames);
  }
}
