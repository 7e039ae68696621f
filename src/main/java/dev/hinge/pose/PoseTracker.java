package dev.hinge.pose;

import dev.hinge.pose.runtime.TensorModel;
import dev.hinge.video.Frame;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * BlazePose, frame by frame, as the official solution runs it in tracking mode: the detector runs
 * only when there is no region to track; the landmark model runs on the region; the next frame's
 * region comes from the model's two auxiliary points, smoothed; landmarks are smoothed with
 * MediaPipe's filters. Not thread-safe: one tracker per video.
 */
public final class PoseTracker {
  static final int LANDMARK_INPUT = 256;
  static final int POINTS = 39;
  static final int BODY = BodyLandmark.COUNT;
  private static final float PRESENCE_THRESHOLD = 0.5f;
  private static final double VISIBILITY_ALPHA = 0.1;

  private final TensorModel detector;
  private final TensorModel landmarks;
  private final DetectionDecoder decoder = new DetectionDecoder();
  private final RoiSampler sampler = new RoiSampler();
  private final int outLandmarks;
  private final int outFlag;
  private final int outHeatmap;
  private final int outWorld;
  private final int outSegmentation;
  private final BackSilhouette silhouette = new BackSilhouette();
  private double facingScore;
  private BackShape back;
  private final int hmSize;
  private final int detBoxes;
  private final int detScores;

  private final LandmarkSmoother bodySmoother = LandmarkSmoother.landmarks(BODY);
  private final LandmarkSmoother auxSmoother = LandmarkSmoother.auxiliary();
  private final LandmarkSmoother worldSmoother = LandmarkSmoother.world(BODY);
  private final float[] lm = new float[POINTS * 5];
  private final float[] world = new float[POINTS * 3];
  private final float[] aux = new float[6];
  private final double[] visibility = new double[BODY];
  private boolean visibilityInitialised;

  private Roi roi;
  private double[] lastHip;
  private final boolean zoomedSearch;
  private double lastZoomedSearchMs = Double.NEGATIVE_INFINITY;
  private final Stats stats = new Stats();

  /** Time spent per stage, for the benchmark. */
  public static final class Stats {
    public long detectorRuns;
    public long detectorNs;
    public long landmarkRuns;
    public long landmarkNs;
    public long backRuns;
    public long backNs;
  }

  /**
   * {@code zoomedSearch}: where the detector finds nobody in the whole picture, look again over
   * zoomed windows of it ({@link #detectZoomed}), at most once every {@link #ZOOM_INTERVAL_MS}.
   */
  public PoseTracker(TensorModel detector, TensorModel landmarks, boolean zoomedSearch) {
    this.zoomedSearch = zoomedSearch;
    this.detector = detector;
    this.landmarks = landmarks;
    this.outLandmarks = require(landmarks, "landmarks", 1, POINTS * 5);
    this.outFlag = require(landmarks, "pose flag", 1, 1);
    this.outWorld = require(landmarks, "world landmarks", 1, POINTS * 3);
    int hm = landmarks.outputWithShape(1, 64, 64, POINTS);
    if (hm < 0) {
      throw new IllegalArgumentException("landmark model has no 64×64×39 heatmap output");
    }
    this.outHeatmap = hm;
    // per-pixel logits over the region; optional: without it frames carry no back measure
    this.outSegmentation = landmarks.outputWithShape(1, LANDMARK_INPUT, LANDMARK_INPUT, 1);
    this.hmSize = 64;
    this.detBoxes = require(detector, "detector boxes", 1, SsdAnchors.count(), 12);
    this.detScores = require(detector, "detector scores", 1, SsdAnchors.count(), 1);
  }

  private static int require(TensorModel m, String what, int... shape) {
    int i = m.outputWithShape(shape);
    if (i < 0) {
      throw new IllegalArgumentException(
          "model has no " + what + " output of shape " + java.util.Arrays.toString(shape));
    }
    return i;
  }

  public Stats stats() {
    return stats;
  }

  /** The pose in this frame, or an absent frame when no person is tracked. */
  public PoseFrame process(Frame frame) {
    long timeNs = Math.round(frame.tMs() * 1e6);
    if (roi == null) {
      Optional<Detection> d = detect(frame);
      if (d.isEmpty()) {
        lost();
        return PoseFrame.absent(frame.index(), frame.tMs());
      }
      Detection det = d.get();
      roi =
          Roi.fromAlignmentPoints(
              det.kx(0) * frame.width(), det.ky(0) * frame.height(),
              det.kx(1) * frame.width(), det.ky(1) * frame.height());
    }
    Roi current = roi;
    FloatBuffer in = landmarks.input();
    sampler.sample(frame, current, LANDMARK_INPUT, in, 0f, 1f, false);
    long t0 = System.nanoTime();
    landmarks.run();
    stats.landmarkNs += System.nanoTime() - t0;
    stats.landmarkRuns++;
    // The flag output is already a probability (a sigmoid inside the model).
    float presence = landmarks.output(outFlag).get(0);
    if (presence < PRESENCE_THRESHOLD) {
      lost();
      return PoseFrame.absent(frame.index(), frame.tMs());
    }
    decodeLandmarks(current);

    // Next frame's region from the smoothed auxiliary points (33: hip centre, 34: scale).
    aux[0] = lm[33 * 5];
    aux[1] = lm[33 * 5 + 1];
    aux[2] = lm[33 * 5 + 2];
    aux[3] = lm[34 * 5];
    aux[4] = lm[34 * 5 + 1];
    aux[5] = lm[34 * 5 + 2];
    // The smoothers' object size: the alignment rectangle of these unfiltered points, whose side
    // is twice their distance (PoseLandmarkFiltering's OBJECT_SCALE_ROI).
    double objectScale = 2 * Math.hypot(aux[3] - aux[0], aux[4] - aux[1]);
    auxSmoother.apply(timeNs, aux, 0, 3, objectScale);
    roi = Roi.fromAlignmentPoints(aux[0], aux[1], aux[3], aux[4]);
    lastHip = new double[] {aux[0], aux[1], Math.hypot(aux[3] - aux[0], aux[4] - aux[1])};

    // Visibility: low-pass; then the one-euro filters on image and world landmarks.
    for (int k = 0; k < BODY; k++) {
      double v = lm[k * 5 + 3];
      visibility[k] =
          visibilityInitialised ? VISIBILITY_ALPHA * v + (1 - VISIBILITY_ALPHA) * visibility[k] : v;
    }
    visibilityInitialised = true;
    bodySmoother.apply(timeNs, lm, 0, 5, objectScale);
    worldSmoother.apply(timeNs, world, 0, 3);

    List<Landmark> image = new ArrayList<>(BODY);
    List<WorldLandmark> worldOut = new ArrayList<>(BODY);
    for (int k = 0; k < BODY; k++) {
      int o = k * 5;
      image.add(new Landmark(lm[o], lm[o + 1], lm[o + 2], (float) visibility[k], lm[o + 4]));
      worldOut.add(
          new WorldLandmark(
              world[k * 3], world[k * 3 + 1], world[k * 3 + 2], (float) visibility[k]));
    }
    return new PoseFrame(
        frame.index(), frame.tMs(), presence, image, worldOut, Optional.ofNullable(back));
  }

  /**
   * The video cut to another shot at the next frame: the region and the filters' memory belong to
   * the last shot, so the detector looks for the lifter afresh (the official solution tracks on,
   * and can follow a wrong pose for a while).
   */
  public void newShot() {
    lost();
    lastHip = null;
    lastZoomedSearchMs = Double.NEGATIVE_INFINITY;
  }

  private void lost() {
    roi = null;
    bodySmoother.reset();
    auxSmoother.reset();
    worldSmoother.reset();
    visibilityInitialised = false;
    facingScore = 0;
  }

  /** Landmarks to image pixels (x, y, z on x's scale) and world metres, rotated back. */
  private void decodeLandmarks(Roi r) {
    FloatBuffer raw = landmarks.output(outLandmarks);
    for (int k = 0; k < POINTS; k++) {
      int o = k * 5;
      lm[o] = raw.get(o) / LANDMARK_INPUT;
      lm[o + 1] = raw.get(o + 1) / LANDMARK_INPUT;
      lm[o + 2] = raw.get(o + 2) / LANDMARK_INPUT;
      lm[o + 3] = HeatmapRefiner.sigmoid(raw.get(o + 3));
      lm[o + 4] = HeatmapRefiner.sigmoid(raw.get(o + 4));
    }
    HeatmapRefiner.refine(lm, POINTS, 5, landmarks.output(outHeatmap), hmSize, hmSize, POINTS);
    back = null;
    if (outSegmentation >= 0) {
      long t0 = System.nanoTime();
      back = measureBack();
      stats.backNs += System.nanoTime() - t0;
      stats.backRuns++;
    }
    for (int k = 0; k < POINTS; k++) {
      int o = k * 5;
      float u = lm[o];
      float v = lm[o + 1];
      lm[o] = (float) r.imageX(u, v);
      lm[o + 1] = (float) r.imageY(u, v);
      lm[o + 2] = (float) (lm[o + 2] * r.width());
    }
    FloatBuffer w = landmarks.output(outWorld);
    double cos = Math.cos(r.rotationRad());
    double sin = Math.sin(r.rotationRad());
    for (int k = 0; k < BODY; k++) {
      float x = w.get(k * 3);
      float y = w.get(k * 3 + 1);
      world[k * 3] = (float) (cos * x - sin * y);
      world[k * 3 + 1] = (float) (sin * x + cos * y);
      world[k * 3 + 2] = w.get(k * 3 + 2);
    }
  }

  /**
   * The back's bend on this frame's segmentation mask, from the unsmoothed landmarks of the same
   * frame, still in the region's coordinates ([0, 1] → mask pixels).
   */
  private BackShape measureBack() {
    double k = LANDMARK_INPUT;
    double hx = k * (lm[23 * 5] + lm[24 * 5]) / 2;
    double hy = k * (lm[23 * 5 + 1] + lm[24 * 5 + 1]) / 2;
    double sx = k * (lm[11 * 5] + lm[12 * 5]) / 2;
    double sy = k * (lm[11 * 5 + 1] + lm[12 * 5 + 1]) / 2;
    // which way the lifter faces: heel→toe and ear→nose point forward, ankle→hip points up
    double ax = unitX(29, 31) + unitX(30, 32);
    double ay = unitY(29, 31) + unitY(30, 32);
    double ex = (lm[7 * 5] + lm[8 * 5]) / 2;
    double ey = (lm[7 * 5 + 1] + lm[8 * 5 + 1]) / 2;
    double fx = lm[0] - ex;
    double fy = lm[1] - ey;
    double fl = Math.hypot(fx, fy);
    if (fl > 0) {
      ax += fx / fl;
      ay += fy / fl;
    }
    double ux = (lm[23 * 5] + lm[24 * 5] - lm[27 * 5] - lm[28 * 5]) / 2;
    double uy = (lm[23 * 5 + 1] + lm[24 * 5 + 1] - lm[27 * 5 + 1] - lm[28 * 5 + 1]) / 2;
    double ul = Math.hypot(ux, uy);
    double cross = ul > 0 ? (ax * uy - ay * ux) / ul : 0;
    // facing right (image convention) gives a negative cross product; held across frames
    facingScore = 0.7 * facingScore + 0.3 * Math.signum(cross);
    boolean facingRight = facingScore != 0 ? facingScore < 0 : cross <= 0;
    return silhouette.measure(
        landmarks.output(outSegmentation), LANDMARK_INPUT, hx, hy, sx, sy, facingRight);
  }

  private double unitX(int from, int to) {
    double x = lm[to * 5] - lm[from * 5];
    double y = lm[to * 5 + 1] - lm[from * 5 + 1];
    double l = Math.hypot(x, y);
    return l > 0 ? x / l : 0;
  }

  private double unitY(int from, int to) {
    double x = lm[to * 5] - lm[from * 5];
    double y = lm[to * 5 + 1] - lm[from * 5 + 1];
    double l = Math.hypot(x, y);
    return l > 0 ? y / l : 0;
  }

  private Optional<Detection> detect(Frame frame) {
    int w = frame.width();
    int h = frame.height();
    double side = Math.max(w, h);
    float padX = (float) ((1 - w / side) / 2);
    float padY = (float) ((1 - h / side) / 2);
    // the whole picture keeps removeLetterbox's arithmetic (the official solution's, float for
    // float); fromWindow maps the same way for the zoomed windows
    Optional<Detection> whole =
        detectIn(
            frame, w / 2.0, h / 2.0, side, d -> DetectionDecoder.removeLetterbox(d, padX, padY));
    if (whole.isPresent() || !zoomedSearch || frame.tMs() - lastZoomedSearchMs < ZOOM_INTERVAL_MS) {
      return whole;
    }
    lastZoomedSearchMs = frame.tMs();
    return detectZoomed(frame);
  }

  /**
   * A lifter too small in the picture for the detector (it sees the whole picture at 224×224: a
   * lifter under about half the picture's height has a head of a few pixels there): the detector
   * again over square windows of the picture's short side, then of half of it, overlapping by half,
   * until one holds a person.
   */
  private Optional<Detection> detectZoomed(Frame frame) {
    int w = frame.width();
    int h = frame.height();
    int shortSide = Math.min(w, h);
    // a square picture's short-side window is the whole picture the detector already saw
    double first = shortSide < Math.max(w, h) ? shortSide : shortSide / 2.0;
    for (double side = first; side >= ZOOM_MIN_SIDE_SHARE * shortSide - 1e-9; side /= 2) {
      List<Detection> all = new ArrayList<>();
      for (double cy : windowCentres(h, side)) {
        for (double cx : windowCentres(w, side)) {
          float left = (float) ((cx - side / 2) / w);
          float top = (float) ((cy - side / 2) / h);
          float sw = (float) (side / w);
          float sh = (float) (side / h);
          Optional<Detection> d =
              detectIn(frame, cx, cy, side, x -> DetectionDecoder.fromWindow(x, left, top, sw, sh));
          d.ifPresent(all::add);
        }
      }
      Optional<Detection> best = LifterSelector.choose(all, w, h, Optional.ofNullable(lastHip));
      if (best.isPresent()) {
        return best;
      }
    }
    return Optional.empty();
  }

  /**
   * The zoomed search runs at most this often while nobody is found (it costs up to 24 detector
   * runs on a 16:9 picture, 0.2 s on 2 cores): a clip whose first seconds show an empty gym slows
   * by at most a fifth of real time.
   */
  static final double ZOOM_INTERVAL_MS = 1000;

  /** The smallest zoomed window, as a share of the picture's short side. */
  static final double ZOOM_MIN_SIDE_SHARE = 0.5;

  /** Centres of windows of {@code side} along a length, overlapping by half, the ends flush. */
  static double[] windowCentres(int length, double side) {
    if (side >= length) {
      return new double[] {length / 2.0};
    }
    int n = (int) Math.ceil((length - side) / (side / 2)) + 1;
    double[] c = new double[n];
    double step = (length - side) / (n - 1);
    for (int i = 0; i < n; i++) {
      c[i] = side / 2 + i * step;
    }
    return c;
  }

  /** The detector over a square window (pixels), its detections mapped to the picture. */
  private Optional<Detection> detectIn(
      Frame frame, double cx, double cy, double side, UnaryOperator<Detection> toPicture) {
    Roi window = new Roi(cx, cy, side, side, 0);
    FloatBuffer in = detector.input();
    sampler.sample(frame, window, SsdAnchors.INPUT_SIZE, in, -1f, 1f, true);
    long t0 = System.nanoTime();
    detector.run();
    stats.detectorNs += System.nanoTime() - t0;
    stats.detectorRuns++;
    List<Detection> found = decoder.decode(detector.output(detBoxes), detector.output(detScores));
    List<Detection> inImage = new ArrayList<>(found.size());
    for (Detection d : found) {
      inImage.add(toPicture.apply(d));
    }
    return LifterSelector.choose(
        inImage, frame.width(), frame.height(), Optional.ofNullable(lastHip));
  }
}
