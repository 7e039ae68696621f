package dev.hinge.video;

/**
 * Finds hard cuts in a video, frame by frame: where an edited clip jumps to another shot, the
 * picture's layout and its colours change at once between two frames. Each frame is reduced to a
 * signature, the mean colour of each cell of a 16×16 grid and a 16-bin histogram per channel, read
 * from every fourth pixel of every fourth row; a cut is a frame whose histogram moved by {@link
 * #HISTOGRAM_THRESHOLD} or more of its mass and whose grid's brightness changed by {@link
 * #GRID_THRESHOLD} or more of full scale from the frame before. A lifter moving, however fast,
 * changes a part of the grid and little of the histogram; a camera pan or shake moves the grid but
 * keeps the colours; both together are a new shot.
 *
 * <p>A cut between two shots of one room (the same gym from another side, a mirrored copy of the
 * clip, another lifter on a similar wall) keeps the colours, so the histogram says little. There
 * the grid alone decides, against the shot's own motion: a frame whose grid changed by {@link
 * #SPIKE_RATIO} times or more the largest change of the {@link #SPIKE_HISTORY} frames before it in
 * the same shot (and never less than {@link #SPIKE_FLOOR} each, a still shot's noise), is a cut. A
 * shaking camera or a lifter moving keeps changing the grid frame after frame; a cut changes it at
 * once, in one frame. Measured on the 28 labelled real clips, the 8 fixture clips and 102 copies of
 * them (shaken, darkened, compressed, far, mirrored, rotated): the largest such ratio within a shot
 * is 4.2 (a shaken copy), the cuts of spliced clips reach 7–140.
 *
 * <p>Not thread-safe: one detector per video.
 */
public final class SceneCutDetector {
  /** Fraction of each channel's histogram mass that moved (0–1, averaged over R, G, B). */
  public static final double HISTOGRAM_THRESHOLD = 0.10;

  /** Mean absolute change of the grid cells' brightness, as a fraction of full scale. */
  public static final double GRID_THRESHOLD = 0.04;

  /**
   * How many times the shot's recent largest grid change a spike must be: 1.4× the largest ratio
   * within a shot (4.2); with {@link #SPIKE_FLOOR}, a spike is a change of 0.03 or more.
   */
  public static final double SPIKE_RATIO = 6.0;

  /** Frames of the current shot a spike is measured against (a third of a second at 30 fps). */
  public static final int SPIKE_HISTORY = 10;

  /** The recent changes are never taken as smaller than this (a still shot's noise). */
  public static final double SPIKE_FLOOR = 0.005;

  static final int GRID = 16;
  static final int BINS = 16;
  static final int STEP = 4;

  private double[] grid = new double[GRID * GRID];
  private double[] hist = new double[3 * BINS];
  private double[] prevGrid = new double[GRID * GRID];
  private double[] prevHist = new double[3 * BINS];
  private boolean primed;
  private final double[] recent = new double[SPIKE_HISTORY];
  private int inShot;
  private double lastHistogram;
  private double lastGrid;

  /** Whether {@code frame} starts a new shot (never the first frame). */
  public boolean isCut(Frame frame) {
    signature(frame.rgb(), frame.width(), frame.height());
    boolean cut = false;
    if (primed) {
      lastHistogram = histogramDistance(hist, prevHist);
      lastGrid = gridDistance(grid, prevGrid);
      cut = (lastHistogram >= HISTOGRAM_THRESHOLD && lastGrid >= GRID_THRESHOLD) || spike(lastGrid);
      if (cut) {
        inShot = 0;
      } else {
        recent[inShot % SPIKE_HISTORY] = lastGrid;
        inShot++;
      }
    }
    double[] g = prevGrid;
    prevGrid = grid;
    grid = g;
    double[] h = prevHist;
    prevHist = hist;
    hist = h;
    primed = true;
    return cut;
  }

  /** Whether a grid change stands out from the current shot's recent ones (see the class doc). */
  private boolean spike(double gridChange) {
    if (inShot < SPIKE_HISTORY) {
      return false;
    }
    double largest = SPIKE_FLOOR;
    for (double r : recent) {
      largest = Math.max(largest, r);
    }
    return gridChange >= SPIKE_RATIO * largest;
  }

  /** The last frame's histogram change (0–1), for calibration. */
  public double lastHistogramDistance() {
    return lastHistogram;
  }

  /** The last frame's grid brightness change (0–1), for calibration. */
  public double lastGridDistance() {
    return lastGrid;
  }

  private void signature(byte[] rgb, int width, int height) {
    java.util.Arrays.fill(grid, 0);
    java.util.Arrays.fill(hist, 0);
    int[] counts = new int[GRID * GRID];
    int samples = 0;
    for (int y = 0; y < height; y += STEP) {
      int cy = y * GRID / height;
      int row = y * width * 3;
      for (int x = 0; x < width; x += STEP) {
        int o = row + x * 3;
        int r = rgb[o] & 0xff;
        int g = rgb[o + 1] & 0xff;
        int b = rgb[o + 2] & 0xff;
        int cell = cy * GRID + x * GRID / width;
        grid[cell] += 0.299 * r + 0.587 * g + 0.114 * b;
        counts[cell]++;
        hist[r * BINS / 256]++;
        hist[BINS + g * BINS / 256]++;
        hist[2 * BINS + b * BINS / 256]++;
        samples++;
      }
    }
    for (int c = 0; c < grid.length; c++) {
      grid[c] = counts[c] > 0 ? grid[c] / counts[c] / 255.0 : 0;
    }
    for (int i = 0; i < hist.length; i++) {
      hist[i] /= Math.max(1, samples);
    }
  }

  static double histogramDistance(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += Math.abs(a[i] - b[i]);
    }
    // each channel's histogram sums to 1: |a - b| over one channel is twice the mass moved
    return sum / 2 / 3;
  }

  static double gridDistance(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += Math.abs(a[i] - b[i]);
    }
    return sum / a.length;
  }
}
