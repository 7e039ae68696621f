package dev.hinge.video;

import java.util.Optional;

/**
 * How far the camera was turned about its own axis (a phone held or propped a little crooked), read
 * from the room's vertical lines: rack uprights, door frames, wall corners and table legs stay
 * vertical in the picture of a level camera, and lean by the camera's roll in a tilted one. Every
 * angle the analysis reads against the picture's vertical (the trunk's, the thigh's) moves by the
 * same roll, and a rule's margin on the development set is a few degrees, so a 6° tilt alone turns
 * a squatted set-up into a hinge or a hinge into a rounded back.
 *
 * <p>On a sample of frames, each brought down to about {@link #WORK_LONG_SIDE} pixels on its longer
 * side and softened ({@code 3×3} binomial), the strongest tenth of the edges (Scharr's kernel,
 * whose angles are truer than Sobel's) that lie within {@link #RANGE_DEG} of vertical vote with
 * their strength for their angle; the lifter (his box widened by a share of his height: his legs at
 * lockout are near vertical too, and leaning) and black borders (pillarboxing, a rotated picture's
 * corners) are left out. The roll is the smoothed histogram's peak, refined between its
 * neighbouring bins; it is trusted when the peak stands {@link #MIN_STRENGTH} times above the
 * histogram's median (a room with straight uprights), and otherwise the picture is taken as level.
 *
 * <p>Measured on the development set (2026-12-07, docs/perception.md): the 11 labelled clips whose
 * estimate is trusted read within 2.9° of level; the rotated copies of {@code
 * tools/robustness/copies.sh} (6° clockwise) that are trusted, 7 of 17, read 5.8–6.3° more than
 * their originals.
 */
public final class CameraRoll {
  /** The working picture's longer side, pixels (the frame is averaged down by a whole factor). */
  static final int WORK_LONG_SIDE = 640;

  /** A frame is sampled every this many frames. */
  static final int SAMPLE_EVERY = 15;

  /** At most this many frames are sampled (the first 16 s of a 30 fps clip). */
  static final int MAX_SAMPLES = 32;

  /** Edges within this many degrees of the picture's vertical vote. */
  static final double RANGE_DEG = 20;

  /** The histogram's bin, degrees. */
  static final double BIN_DEG = 0.1;

  /** The histogram's smoothing, degrees (Gaussian sigma). */
  static final double SMOOTH_DEG = 0.5;

  /** The width (Gaussian sigma) of the mean that refines the peak, degrees. */
  static final double REFINE_DEG = 1.0;

  /** The share of a frame's strongest edges (outside the masks) that vote. */
  static final double EDGE_SHARE = 0.10;

  /** Luma at or below this is a black border, not the room. */
  static final int BLACK = 10;

  /** Pixels (at working size) around a black pixel that are left out with it. */
  static final int BLACK_REACH = 3;

  /** The lifter's box is widened by these shares of his height, across and up and down. */
  static final double LIFTER_ACROSS = 0.25;

  static final double LIFTER_UP_DOWN = 0.15;

  /** The peak must stand this many times above the histogram's median to be trusted. */
  static final double MIN_STRENGTH = 3.0;

  /** At least this many frames must have voted. */
  static final int MIN_SAMPLES = 2;

  /**
   * The picture (inside any black bars) is cut into this many upright strips, whose lines must
   * agree.
   */
  static final int COLUMNS = 4;

  /** A strip speaks when it holds at least this share of the votes around the roll. */
  static final double MIN_COLUMN_SHARE = 0.15;

  /**
   * The speaking strips' rolls may differ by at most this, degrees, and at least two must speak. A
   * phone on the floor pointing up (or down from a shelf) makes the room's uprights converge: the
   * lines on the left lean one way, those on the right the other, and the strongest side alone
   * reads a roll the camera does not have (ben_deadlift: 10° from its rack's posts, its door frame
   * upright).
   */
  static final double MAX_SPREAD_DEG = 2.0;

  static final int MIN_COLUMNS = 2;

  private final double[][] votes =
      new double[COLUMNS][(int) Math.round(2 * RANGE_DEG / BIN_DEG) + 1];
  private int samples;
  private int work;
  private float[] luma;
  private float[] soft;
  private boolean[] masked;
  private boolean[] nearBlack;
  private float[] gx;
  private float[] gy;
  private float[] mag;
  private int left;
  private int right;

  /**
   * The camera's roll: {@code rollDeg} the angle the picture is turned clockwise (a room's vertical
   * line leans that far clockwise from the picture's vertical), {@code strength} how far the peak
   * stands above the rest, {@code samples} the frames that voted, {@code columns} the upright
   * strips that hold lines near the roll and {@code spreadDeg} how far apart their own rolls are.
   */
  public record Estimate(
      double rollDeg, double strength, int samples, int columns, double spreadDeg) {
    /**
     * Whether the room's lines said it clearly enough to level the picture by it: a clear peak, and
     * the strips of the picture that hold lines agree on it.
     */
    public boolean trusted() {
      return strength >= MIN_STRENGTH
          && samples >= MIN_SAMPLES
          && columns >= MIN_COLUMNS
          && spreadDeg <= MAX_SPREAD_DEG
          && Math.abs(rollDeg) < RANGE_DEG - 1;
    }
  }

  /**
   * Takes the frame into the estimate when it is one of the sampled ones and the lifter is known
   * (without him, his own edges would vote).
   *
   * @param lifter where the lifter is in this frame, null when unknown
   */
  public void next(Frame frame, CameraMotion.Lifter lifter) {
    if (lifter == null || samples >= MAX_SAMPLES || frame.index() % SAMPLE_EVERY != 0) {
      return;
    }
    if (vote(frame, lifter)) {
      samples++;
    }
  }

  /** The estimate so far, empty when no frame voted. */
  public Optional<Estimate> estimate() {
    if (samples == 0) {
      return Optional.empty();
    }
    int n = votes[0].length;
    double[] all = new double[n];
    for (double[] column : votes) {
      for (int i = 0; i < n; i++) {
        all[i] += column[i];
      }
    }
    int half = (int) Math.ceil(3 * SMOOTH_DEG / BIN_DEG);
    double[] kernel = new double[2 * half + 1];
    double ksum = 0;
    for (int k = -half; k <= half; k++) {
      double z = k * BIN_DEG / SMOOTH_DEG;
      kernel[k + half] = Math.exp(-0.5 * z * z);
      ksum += kernel[k + half];
    }
    double[] smooth = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int k = -half; k <= half; k++) {
        int j = i + k;
        if (j >= 0 && j < n) {
          s += all[j] * kernel[k + half];
        }
      }
      smooth[i] = s / ksum;
    }
    int peak = 0;
    for (int i = 1; i < n; i++) {
      if (smooth[i] > smooth[peak]) {
        peak = i;
      }
    }
    double[] sorted = smooth.clone();
    java.util.Arrays.sort(sorted);
    double median = sorted[n / 2];
    double strength = median > 0 ? smooth[peak] / median : (smooth[peak] > 0 ? 1e9 : 0);
    double[] centre = meanShift(all, peak * BIN_DEG - RANGE_DEG);
    int speaking = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] column : votes) {
      double[] c = meanShift(column, centre[0]);
      if (centre[1] > 0 && c[1] >= MIN_COLUMN_SHARE * centre[1]) {
        speaking++;
        lo = Math.min(lo, c[0]);
        hi = Math.max(hi, c[0]);
      }
    }
    return Optional.of(
        new Estimate(centre[0], strength, samples, speaking, speaking > 0 ? hi - lo : 0));
  }

  /**
   * The votes' centre near {@code fromDeg}, and their weight there: a Gaussian-weighted mean over
   * {@link #REFINE_DEG}, moved to it and taken again until it settles. A single edge pixel's angle
   * is off by a few degrees in a noisy picture, so the histogram's peak alone wanders by a degree;
   * the mean of the many votes around it does not.
   */
  private static double[] meanShift(double[] votes, double fromDeg) {
    double centre = fromDeg;
    double weight = 0;
    for (int it = 0; it < 20; it++) {
      double sum = 0;
      weight = 0;
      for (int i = 0; i < votes.length; i++) {
        double deg = i * BIN_DEG - RANGE_DEG;
        double z = (deg - centre) / REFINE_DEG;
        if (Math.abs(z) > 3) {
          continue;
        }
        double w = votes[i] * Math.exp(-0.5 * z * z);
        sum += w * deg;
        weight += w;
      }
      if (weight <= 0) {
        break;
      }
      double next = sum / weight;
      boolean settled = Math.abs(next - centre) < 1e-3;
      centre = next;
      if (settled) {
        break;
      }
    }
    return new double[] {centre, weight};
  }

  /** Adds one frame's votes; false when nothing in it could vote. */
  private boolean vote(Frame frame, CameraMotion.Lifter lifter) {
    int f = Math.max(1, Math.max(frame.width(), frame.height()) / WORK_LONG_SIDE);
    int w = frame.width() / f;
    int h = frame.height() / f;
    if (w < 16 || h < 16) {
      return false;
    }
    if (work != w * h) {
      work = w * h;
      luma = new float[work];
      soft = new float[work];
      masked = new boolean[work];
      nearBlack = new boolean[work];
      gx = new float[work];
      gy = new float[work];
      mag = new float[work];
    }
    downsample(frame, f, w, h);
    maskBlack(w, h);
    pictureColumns(w, h);
    maskLifter(lifter, f, w, h);
    soften(w, h);
    return edges(w, h);
  }

  /**
   * The picture's own left and right edge, inside any black bars: the upright strips are cut across
   * it, so that a portrait clip pillarboxed into a landscape frame has four strips of its own, not
   * one or two of the frame's. A column belongs to the picture where a tenth of its pixels are
   * brighter than black.
   */
  private void pictureColumns(int w, int h) {
    left = 0;
    right = w - 1;
    while (left < right && !lit(left, w, h)) {
      left++;
    }
    while (right > left && !lit(right, w, h)) {
      right--;
    }
  }

  private boolean lit(int x, int w, int h) {
    int n = 0;
    for (int y = 0; y < h; y++) {
      if (luma[y * w + x] > BLACK) {
        n++;
      }
    }
    return n >= 0.1 * h;
  }

  /** Luma averaged over {@code f×f} blocks. */
  private void downsample(Frame frame, int f, int w, int h) {
    byte[] rgb = frame.rgb();
    int stride = frame.width() * 3;
    float norm = 1f / (f * f * 256f);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int sum = 0;
        for (int dy = 0; dy < f; dy++) {
          int p = (y * f + dy) * stride + x * f * 3;
          for (int dx = 0; dx < f; dx++, p += 3) {
            sum += 77 * (rgb[p] & 0xff) + 150 * (rgb[p + 1] & 0xff) + 29 * (rgb[p + 2] & 0xff);
          }
        }
        luma[y * w + x] = sum * norm;
      }
    }
  }

  /** Leaves out black pixels and those within {@link #BLACK_REACH} of one (a square). */
  private void maskBlack(int w, int h) {
    boolean[] rows = nearBlack;
    for (int y = 0; y < h; y++) {
      int lastBlack = Integer.MIN_VALUE / 2;
      for (int x = 0; x < w; x++) {
        if (luma[y * w + x] <= BLACK) {
          lastBlack = x;
        }
        rows[y * w + x] = x - lastBlack <= BLACK_REACH;
      }
      lastBlack = Integer.MAX_VALUE / 2;
      for (int x = w - 1; x >= 0; x--) {
        if (luma[y * w + x] <= BLACK) {
          lastBlack = x;
        }
        rows[y * w + x] |= lastBlack - x <= BLACK_REACH;
      }
    }
    for (int x = 0; x < w; x++) {
      int last = Integer.MIN_VALUE / 2;
      for (int y = 0; y < h; y++) {
        if (rows[y * w + x]) {
          last = y;
        }
        masked[y * w + x] = y - last <= BLACK_REACH;
      }
      last = Integer.MAX_VALUE / 2;
      for (int y = h - 1; y >= 0; y--) {
        if (rows[y * w + x]) {
          last = y;
        }
        masked[y * w + x] |= last - y <= BLACK_REACH;
      }
    }
  }

  /** Leaves out the lifter's box, widened by shares of his height. */
  private void maskLifter(CameraMotion.Lifter l, int f, int w, int h) {
    double size = l.sizePx();
    int x0 = clamp((int) Math.floor((l.x0() - LIFTER_ACROSS * size) / f), w);
    int x1 = clamp((int) Math.ceil((l.x1() + LIFTER_ACROSS * size) / f), w);
    int y0 = clamp((int) Math.floor((l.y0() - LIFTER_UP_DOWN * size) / f), h);
    int y1 = clamp((int) Math.ceil((l.y1() + LIFTER_UP_DOWN * size) / f), h);
    for (int y = y0; y < y1; y++) {
      java.util.Arrays.fill(masked, y * w + x0, y * w + x1, true);
    }
  }

  private static int clamp(int v, int n) {
    return Math.max(0, Math.min(n, v));
  }

  /** The 3×3 binomial blur (edges copied): it keeps a slanted edge's staircase from voting 0°. */
  private void soften(int w, int h) {
    System.arraycopy(luma, 0, soft, 0, w * h);
    for (int y = 1; y < h - 1; y++) {
      for (int x = 1; x < w - 1; x++) {
        int p = y * w + x;
        soft[p] =
            (luma[p - w - 1]
                    + 2 * luma[p - w]
                    + luma[p - w + 1]
                    + 2 * luma[p - 1]
                    + 4 * luma[p]
                    + 2 * luma[p + 1]
                    + luma[p + w - 1]
                    + 2 * luma[p + w]
                    + luma[p + w + 1])
                / 16f;
      }
    }
  }

  /** Scharr edges: the strongest {@link #EDGE_SHARE} outside the masks vote for their angle. */
  private boolean edges(int w, int h) {
    int[] counts = new int[8192];
    int open = 0;
    for (int y = 2; y < h - 2; y++) {
      for (int x = 2; x < w - 2; x++) {
        int p = y * w + x;
        if (masked[p]) {
          continue;
        }
        float sx =
            10 * (soft[p + 1] - soft[p - 1])
                + 3 * (soft[p - w + 1] - soft[p - w - 1])
                + 3 * (soft[p + w + 1] - soft[p + w - 1]);
        float sy =
            10 * (soft[p + w] - soft[p - w])
                + 3 * (soft[p + w - 1] - soft[p - w - 1])
                + 3 * (soft[p + w + 1] - soft[p - w + 1]);
        float m = (float) Math.sqrt(sx * sx + sy * sy);
        gx[p] = sx;
        gy[p] = sy;
        mag[p] = m;
        counts[Math.min(counts.length - 1, (int) m)]++;
        open++;
      }
    }
    if (open < 100) {
      return false;
    }
    int keep = (int) Math.ceil(EDGE_SHARE * open);
    int cut = counts.length - 1;
    for (int seen = 0; cut > 0; cut--) {
      seen += counts[cut];
      if (seen >= keep) {
        break;
      }
    }
    double minMag = Math.max(cut, 1);
    double tanRange = Math.tan(Math.toRadians(RANGE_DEG));
    boolean any = false;
    for (int y = 2; y < h - 2; y++) {
      for (int x = 2; x < w - 2; x++) {
        int p = y * w + x;
        if (masked[p] || mag[p] < minMag) {
          continue;
        }
        // a vertical line's gradient runs across: the line's lean is the gradient's from the
        // horizontal, folded so that both directions of crossing it agree
        float sx = gx[p];
        float sy = gy[p];
        if (sx < 0) {
          sx = -sx;
          sy = -sy;
        }
        if (Math.abs(sy) > tanRange * sx) {
          continue;
        }
        double deg = Math.toDegrees(Math.atan2(sy, sx));
        int bin = (int) Math.round((deg + RANGE_DEG) / BIN_DEG);
        if (bin >= 0 && bin < votes[0].length) {
          int strip = (x - left) * COLUMNS / (right - left + 1);
          votes[Math.max(0, Math.min(COLUMNS - 1, strip))][bin] += mag[p];
          any = true;
        }
      }
    }
    return any;
  }
}
