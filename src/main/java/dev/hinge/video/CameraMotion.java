package dev.hinge.video;

import java.util.Arrays;

/**
 * Follows a hand-held camera's shake and pan from the background, frame by frame, so that the
 * lifter's positions can be told from the camera's. A lifter's bar and hips are measured in pixels
 * of the picture: a camera that sways 5 cm moves every landmark by as much, and a hip or bar that
 * "rises" with the camera is read as a rise.
 *
 * <p>How: each frame is reduced to a grey picture about {@value #WORK_SHORT_SIDE} pixels on its
 * short side. A key frame gives up to {@value #PER_CELL} corner points (textured both across and
 * down, so each pins the shift on both axes) in each cell of an {@value #CELLS_X}×{@value #CELLS_Y}
 * grid, away from the lifter and his bar (see {@link Lifter}; the widenings are constants below)
 * and from uniform bars at the picture's edges (a pillarboxed clip's black bars do not move with
 * the scene). Each later frame is matched to the key by the integer shift, within {@value #RADIUS}
 * pixels of where the camera's last step predicts (the search moves with a minimum found on its
 * edge), that minimises the points' mean absolute grey difference (brightness change removed, each
 * difference capped at {@value #TRUNCATE} so a person walking past a few points cannot pull the
 * match), refined to a fraction of a pixel by a parabola through the neighbours. Measuring against
 * a key rather than the frame before keeps errors from piling up while the camera shakes about one
 * place; a new key is taken when the camera has moved an eighth of the picture away, when half the
 * key's points are lost (out of the picture or behind the lifter) and when the match has grown poor
 * (a mean difference above {@value #POOR_MATCH}, read between pixels at the fraction found: light,
 * blur or the scene changed); the frame's place is refined to a sixteenth of a pixel first, so that
 * keys do not pass their fractions on.
 *
 * <p>The camera is taken to hold still where the background cannot tell: fewer than {@value
 * #MIN_POINTS} points; no clear best shift (the best shift two or more pixels away from the best
 * costs less than {@value #MIN_MARGIN} grey levels, or a quarter, more); or a step since the anchor
 * (the last frame whose place is known) that the two frames, matched directly over every other
 * pixel of the background, clearly deny (a caption sliding in or a crowd crossing the key's points
 * can pull the key's match), or, for a step larger than the check's window, do not clearly prefer
 * to standing still (a key's match can run away across a background with little on it). A flat
 * wall, a black background or a lifter filling the picture so give no motion rather than a wrong
 * one; a blurred or dark background gives less motion than there was. Measured figures on real
 * clips and shaken copies: docs/perception.md, "A camera that moves".
 *
 * <p>Not thread-safe: one per video. {@link #newShot()} starts afresh at a scene cut.
 */
public final class CameraMotion {
  static final int WORK_SHORT_SIDE = 180;
  static final int RADIUS = 8;
  static final int MAX_RECENTRES = 3;
  static final int STEP_CHECK = 2;
  static final int CELLS_X = 8;
  static final int CELLS_Y = 6;
  static final int PER_CELL = 12;

  /** The corner score's window reaches this far either side of a point, working pixels. */
  static final int CORNER_REACH = 2;

  /** Sum of the absolute central differences across and down, grey levels. */
  static final int MIN_GRADIENT = 24;

  static final int TRUNCATE = 40;
  static final int MIN_POINTS = 40;
  static final double MIN_MARGIN = 2.0;
  static final double MIN_MARGIN_SHARE = 0.25;

  /** A match this poor (mean grey difference) takes a new key. */
  static final double POOR_MATCH = 16.0;

  static final double REKEY_SHIFT_SHARE = 0.125;

  /** A column or row of the picture whose grey levels span no more than this is a bar. */
  static final int UNIFORM_SPAN = 10;

  /**
   * The lifter's landmarks' box is widened by this share of its larger side either side: his
   * outline.
   */
  static final double WIDEN_ACROSS = 0.25;

  /** ... and above and below: the top of his head, his shoes and their shadow. */
  static final double WIDEN_UP_DOWN = 0.12;

  /**
   * How far the plates reach up and down from the bar, as a share of the lifter's size ({@link
   * Lifter#sizePx}, his standing height whatever his posture): a 45 cm plate's radius is 0.13 of a
   * 1.75 m lifter; nearer the camera than he is, it looks bigger.
   */
  static final double PLATE_REACH = 0.25;

  /**
   * How far the bar and its plates reach across from his hands, as a share of his box's larger
   * side: a 2.2 m bar is 1.26 of a 1.75 m lifter, so seen from the front its ends are 0.63 of him
   * either side. (Measured by his standing height, bent-over frames too, the band took most of
   * ben_deadlift's background, a rear view from the floor, and its moving camera was held still.)
   */
  static final double BAR_REACH = 0.7;

  /**
   * Where the lifter is in a frame, pixels of the upright frame: his landmarks' box, the bar (the
   * midpoint of his hands) and his size, his standing height in the picture whatever his posture.
   * The bar and its plates reach beyond the box: from the front the bar runs across the picture,
   * from the side its plate is nearer the camera than he is. The plate's reach is a share of his
   * size, not of his box: a lifter bent over the bar makes a box about half his height, and a band
   * measured by it reached half as far as the plate (the far copy of bx_bad007: the plate lay over
   * 14 of the key's 56 points, dragged the match up 36 px with the pull, and the clip lost its one
   * rep).
   */
  public record Lifter(
      double x0, double y0, double x1, double y1, double barX, double barY, double sizePx) {
    /** A lifter whose size is his box's larger side (standing, or not known otherwise). */
    public Lifter(double x0, double y0, double x1, double y1, double barX, double barY) {
      this(x0, y0, x1, y1, barX, barY, Math.max(x1 - x0, y1 - y0));
    }

    public Lifter {
      if (!(x1 >= x0) || !(y1 >= y0)) {
        throw new IllegalArgumentException(
            "a box runs from its low to its high corner, found x "
                + x0
                + "–"
                + x1
                + ", y "
                + y0
                + "–"
                + y1);
      }
      if (!(sizePx >= 0)) {
        throw new IllegalArgumentException("a lifter's size is 0 px or more, found " + sizePx);
      }
    }
  }

  private int width = -1;
  private int height = -1;
  private int factor;
  private int ww;
  private int wh;
  private int[] cur;
  private int[] key;
  private int[] anchor;
  private boolean[] clear;
  private double anchorX;
  private double anchorY;
  private boolean keyedNow;
  private boolean measuredNow;
  private int[] points = new int[0];
  private int pointCount;
  private int[] valid = new int[0];
  private double[] diffs = new double[0];
  private double[] spread = new double[0];
  private int cx0;
  private int cx1;
  private int cy0;
  private int cy1;
  private boolean keyed;
  private double baseX;
  private double baseY;
  private double sx;
  private double sy;
  private double vx;
  private double vy;
  private long matched;
  private long held;

  /** Forgets the key: the next frame starts a shot, with the camera where it is. */
  public void newShot() {
    keyed = false;
    baseX = baseY = sx = sy = vx = vy = 0;
  }

  /** Frames whose shift was measured, and frames whose shift was held for want of evidence. */
  public long matchedFrames() {
    return matched;
  }

  public long heldFrames() {
    return held;
  }

  /**
   * The camera's shift at this frame since the shot's first.
   *
   * @param lifter where the lifter is in this frame, or null when unknown (the last known box is
   *     not kept: a caller passes what it has)
   */
  public CameraShift next(Frame frame, Lifter lifter) {
    if (frame.width() != width || frame.height() != height) {
      size(frame.width(), frame.height());
    }
    shrink(frame.rgb());
    int[] box = workBox(lifter);
    if (!keyed) {
      takeKey(box);
      measuredNow = true;
    } else {
      match(box);
    }
    // the last frame whose place is known, for the next frames' step check (in the key if it
    // became one)
    if (measuredNow) {
      System.arraycopy(keyedNow ? key : cur, 0, anchor, 0, anchor.length);
      anchorX = baseX + sx;
      anchorY = baseY + sy;
    }
    keyedNow = false;
    measuredNow = false;
    return shift();
  }

  private CameraShift shift() {
    return new CameraShift((baseX + sx) * factor, (baseY + sy) * factor);
  }

  private void size(int w, int h) {
    width = w;
    height = h;
    factor = Math.max(1, Math.round(Math.min(w, h) / (float) WORK_SHORT_SIDE));
    ww = Math.max(1, w / factor);
    wh = Math.max(1, h / factor);
    cur = new int[ww * wh];
    key = new int[ww * wh];
    anchor = new int[ww * wh];
    clear = new boolean[ww * wh];
    keyed = false;
  }

  /** Grey picture at 1/factor: the mean of 2×2 samples spread over each factor×factor block. */
  private void shrink(byte[] rgb) {
    int a = factor / 4;
    int b = (3 * factor) / 4;
    int rowBytes = width * 3;
    for (int v = 0; v < wh; v++) {
      int y0 = v * factor + a;
      int y1 = v * factor + b;
      int r0 = y0 * rowBytes;
      int r1 = y1 * rowBytes;
      int o = v * ww;
      for (int u = 0; u < ww; u++) {
        int x0 = (u * factor + a) * 3;
        int x1 = (u * factor + b) * 3;
        int sum = luma(rgb, r0 + x0) + luma(rgb, r0 + x1) + luma(rgb, r1 + x0) + luma(rgb, r1 + x1);
        cur[o + u] = sum >> 2;
      }
    }
  }

  private static int luma(byte[] rgb, int i) {
    return (77 * (rgb[i] & 0xff) + 150 * (rgb[i + 1] & 0xff) + 29 * (rgb[i + 2] & 0xff)) >> 8;
  }

  /** The lifter's and the bar's widened boxes in working pixels {x0, y0, x1, y1} × 2, or null. */
  private int[] workBox(Lifter b) {
    if (b == null) {
      return null;
    }
    double size = Math.max(b.x1() - b.x0(), b.y1() - b.y0());
    double plate = Math.max(size, b.sizePx());
    double[] px = {
      b.x0() - WIDEN_ACROSS * size,
      b.y0() - WIDEN_UP_DOWN * size,
      b.x1() + WIDEN_ACROSS * size,
      b.y1() + WIDEN_UP_DOWN * size,
      b.barX() - BAR_REACH * size,
      b.barY() - PLATE_REACH * plate,
      b.barX() + BAR_REACH * size,
      b.barY() + PLATE_REACH * plate
    };
    int[] out = new int[8];
    for (int k = 0; k < 8; k++) {
      out[k] = (int) (k % 4 < 2 ? Math.floor(px[k] / factor) : Math.ceil(px[k] / factor));
    }
    return out;
  }

  private static boolean inside(int[] box, int u, int v, int grow) {
    if (box == null) {
      return false;
    }
    for (int o = 0; o < box.length; o += 4) {
      if (u >= box[o] - grow
          && u < box[o + 2] + grow
          && v >= box[o + 1] - grow
          && v < box[o + 3] + grow) {
        return true;
      }
    }
    return false;
  }

  private void takeKey(int[] box) {
    int[] t = key;
    key = cur;
    cur = t;
    keyed = true;
    keyedNow = true;
    sx = sy = 0;
    contentBounds();
    selectPoints(box);
  }

  /** The picture inside uniform bars at its edges (pillarbox or letterbox). */
  private void contentBounds() {
    cx0 = 0;
    while (cx0 < ww - 1 && uniformColumn(cx0)) {
      cx0++;
    }
    cx1 = ww;
    while (cx1 - 1 > cx0 && uniformColumn(cx1 - 1)) {
      cx1--;
    }
    cy0 = 0;
    while (cy0 < wh - 1 && uniformRow(cy0)) {
      cy0++;
    }
    cy1 = wh;
    while (cy1 - 1 > cy0 && uniformRow(cy1 - 1)) {
      cy1--;
    }
  }

  private boolean uniformColumn(int u) {
    return uniformLine(u, ww, wh);
  }

  private boolean uniformRow(int v) {
    return uniformLine(v * ww, 1, ww);
  }

  /**
   * Whether the key's {@code count} pixels from {@code first}, {@code stride} apart, are one grey.
   */
  private boolean uniformLine(int first, int stride, int count) {
    int lo = 255;
    int hi = 0;
    for (int k = 0, i = first; k < count; k++, i += stride) {
      lo = Math.min(lo, key[i]);
      hi = Math.max(hi, key[i]);
    }
    return hi - lo <= UNIFORM_SPAN;
  }

  /** The strongest corners of each grid cell, away from the lifter and the edges. */
  private void selectPoints(int[] box) {
    int margin = RADIUS + 2;
    int u0 = cx0 + margin;
    int u1 = cx1 - margin;
    int v0 = cy0 + margin;
    int v1 = cy1 - margin;
    int max = CELLS_X * CELLS_Y * PER_CELL;
    if (points.length < max) {
      points = new int[max];
    }
    pointCount = 0;
    if (u1 <= u0 || v1 <= v0) {
      return;
    }
    long[] cell = new long[(u1 - u0) * (v1 - v0) / Math.max(1, CELLS_X * CELLS_Y) + 64];
    for (int cyi = 0; cyi < CELLS_Y; cyi++) {
      int va = v0 + (v1 - v0) * cyi / CELLS_Y;
      int vb = v0 + (v1 - v0) * (cyi + 1) / CELLS_Y;
      for (int cxi = 0; cxi < CELLS_X; cxi++) {
        int ua = u0 + (u1 - u0) * cxi / CELLS_X;
        int ub = u0 + (u1 - u0) * (cxi + 1) / CELLS_X;
        int n = 0;
        for (int v = va; v < vb; v++) {
          for (int u = ua; u < ub; u++) {
            // clear of the lifter by the search's reach, as match() keeps them
            if (inside(box, u, v, RADIUS)) {
              continue;
            }
            int i = v * ww + u;
            int g = Math.abs(key[i + 1] - key[i - 1]) + Math.abs(key[i + ww] - key[i - ww]);
            int c = g >= MIN_GRADIENT ? corner(key, ww, wh, i) : 0;
            if (c > 0) {
              if (n == cell.length) {
                cell = Arrays.copyOf(cell, n * 2);
              }
              // strongest first after sorting: negate the corner score in the high bits
              cell[n++] = ((long) (1 << 20) - c) << 32 | i;
            }
          }
        }
        Arrays.sort(cell, 0, n);
        for (int k = 0; k < Math.min(n, PER_CELL); k++) {
          points[pointCount++] = (int) cell[k];
        }
      }
    }
  }

  /**
   * How well a point pins the shift on both axes: the smaller eigenvalue of the structure tensor
   * summed over the 5×5 pixels around {@code i} (Shi and Tomasi's "good features to track"), as an
   * rms gradient in grey levels. An edge or a stripe changes the picture across itself only: points
   * chosen by the gradient alone lay on kel_deadlift's corrugated wall and rack uprights, which
   * left the shift along them free, and the match was held as unclear on 152 of its 184 frames
   * swayed as a hand-held phone sways. (Over 3×3 pixels a poster's smooth blobs read as edges: the
   * drawn room's sway in the tests was followed to 2.5 px, not 0.2.)
   */
  static int corner(int[] grey, int ww, int wh, int i) {
    int u = i % ww;
    int v = i / ww;
    if (u < CORNER_REACH + 1
        || u >= ww - CORNER_REACH - 1
        || v < CORNER_REACH + 1
        || v >= wh - CORNER_REACH - 1) {
      return 0;
    }
    double xx = 0;
    double xy = 0;
    double yy = 0;
    for (int dv = -CORNER_REACH; dv <= CORNER_REACH; dv++) {
      for (int du = -CORNER_REACH; du <= CORNER_REACH; du++) {
        int j = i + dv * ww + du;
        double gx = 0.5 * (grey[j + 1] - grey[j - 1]);
        double gy = 0.5 * (grey[j + ww] - grey[j - ww]);
        xx += gx * gx;
        xy += gx * gy;
        yy += gy * gy;
      }
    }
    int n = (2 * CORNER_REACH + 1) * (2 * CORNER_REACH + 1);
    double half = 0.5 * (xx + yy);
    double smaller = half - Math.sqrt(Math.max(0, half * half - (xx * yy - xy * xy)));
    return (int) Math.min(1 << 19, Math.sqrt(Math.max(0, smaller / n)));
  }

  /**
   * The differences between the key's points and this frame shifted by (ox, oy) read between its
   * pixels (bilinear), into {@link #diffs}; how many, or 0 with too few points in the picture.
   */
  private int diffsBetweenPixels(double ox, double oy, int n) {
    int x0 = (int) Math.floor(ox);
    int y0 = (int) Math.floor(oy);
    double ax = ox - x0;
    double ay = oy - y0;
    if (diffs.length < n) {
      diffs = new double[n];
      spread = new double[n];
    }
    int count = 0;
    for (int k = 0; k < n; k++) {
      int i = valid[k];
      int u = i % ww + x0;
      int v = i / ww + y0;
      if (u >= cx0 && u + 1 < cx1 && v >= cy0 && v + 1 < cy1) {
        int o = v * ww + u;
        double top = cur[o] + ax * (cur[o + 1] - cur[o]);
        double bottom = cur[o + ww] + ax * (cur[o + ww + 1] - cur[o + ww]);
        diffs[count++] = top + ay * (bottom - top) - key[i];
      }
    }
    return count < MIN_POINTS ? 0 : count;
  }

  /**
   * {@link #cost} at a shift between whole pixels. How poor a match is (which takes a new key) is
   * read so, at the fraction found: at a whole pixel, fine bright marks cost 15–20 grey levels for
   * a third of a pixel's misfit, which is no change of the picture, and a 60 fps 1080p clip swayed
   * 2 px a frame took a new key at every frame, each keeping the parabola's shortfall (it read 0.8
   * of the sway across, 0.5 down).
   */
  private double costBetweenPixels(double ox, double oy, int n) {
    int count = diffsBetweenPixels(ox, oy, n);
    if (count == 0) {
      return Double.POSITIVE_INFINITY;
    }
    double sum = 0;
    for (int k = 0; k < count; k++) {
      sum += diffs[k];
    }
    double bias = sum / count;
    double total = 0;
    for (int k = 0; k < count; k++) {
      total += Math.min(TRUNCATE, Math.abs(diffs[k] - bias));
    }
    return total / count;
  }

  /**
   * The median absolute difference about the median between the key's points and this frame at a
   * shift between whole pixels: the points the lifter has changed since the key (his shadow, a
   * plate passing) cannot pull it, as they pull a mean.
   */
  private double medianCostBetweenPixels(double ox, double oy, int n) {
    int count = diffsBetweenPixels(ox, oy, n);
    if (count == 0) {
      return Double.POSITIVE_INFINITY;
    }
    System.arraycopy(diffs, 0, spread, 0, count);
    Arrays.sort(spread, 0, count);
    double median = spread[count / 2];
    for (int k = 0; k < count; k++) {
      spread[k] = Math.abs(diffs[k] - median);
    }
    Arrays.sort(spread, 0, count);
    return spread[count / 2];
  }

  /**
   * This frame's place refined, before it becomes a key, to a sixteenth of a pixel by the median
   * cost between pixels (a quarter-pixel grid, then sixteenths about its best). A new key keeps the
   * fraction its frame was off by, and the next keys add theirs: on a lossless copy of
   * jur_deadlift2 shaken by whole pixels (`ShakenClipIT`), corner points near the lifter that he
   * changes pulled the parabola's fraction, and the path drifted to 1.2 px off (median); a mean
   * between pixels still left 0.5, eighths of a pixel 0.28.
   */
  private void refinePlace(int n) {
    double best = medianCostBetweenPixels(sx, sy, n);
    double bx = sx;
    double by = sy;
    // quarter pixels two either way (the whole pixel's span), then sixteenths three either way
    for (int pass = 0; pass < 2; pass++) {
      double step = pass == 0 ? 0.25 : 0.0625;
      int reach = pass == 0 ? 2 : 3;
      double cx = bx;
      double cy = by;
      for (int j = -reach; j <= reach; j++) {
        for (int k = -reach; k <= reach; k++) {
          if (j == 0 && k == 0) {
            continue;
          }
          double c = medianCostBetweenPixels(cx + k * step, cy + j * step, n);
          if (c < best) {
            best = c;
            bx = cx + k * step;
            by = cy + j * step;
          }
        }
      }
    }
    sx = bx;
    sy = by;
  }

  private void match(int[] box) {
    double px = sx + vx;
    double py = sy + vy;
    int ox = (int) Math.round(px);
    int oy = (int) Math.round(py);
    // the points still clear of the lifter, wherever within the search they land
    if (valid.length < pointCount) {
      valid = new int[pointCount];
    }
    int nValid = 0;
    for (int k = 0; k < pointCount; k++) {
      int i = points[k];
      int u = i % ww + ox;
      int v = i / ww + oy;
      if (!inside(box, u, v, RADIUS)) {
        valid[nValid++] = i;
      }
    }
    if (nValid < MIN_POINTS) {
      hold();
      if (nValid < pointCount / 2) {
        rekey(box);
      }
      return;
    }
    int side = 2 * RADIUS + 1;
    double[] cost = new double[side * side];
    int best = -1;
    for (int recentre = 0; ; recentre++) {
      for (int dy = -RADIUS; dy <= RADIUS; dy++) {
        for (int dx = -RADIUS; dx <= RADIUS; dx++) {
          cost[(dy + RADIUS) * side + dx + RADIUS] = cost(ox + dx, oy + dy, nValid);
        }
      }
      best = argmin(cost);
      int bx = best % side - RADIUS;
      int by = best / side - RADIUS;
      boolean edge = Math.abs(bx) == RADIUS || Math.abs(by) == RADIUS;
      if (!edge || recentre == MAX_RECENTRES) {
        break;
      }
      ox += bx;
      oy += by;
    }
    int bx = best % side;
    int by = best / side;
    double cBest = cost[best];
    double second = Double.POSITIVE_INFINITY;
    for (int c = 0; c < cost.length; c++) {
      if (Math.max(Math.abs(c % side - bx), Math.abs(c / side - by)) >= 2) {
        second = Math.min(second, cost[c]);
      }
    }
    if (second - cBest < Math.max(MIN_MARGIN, MIN_MARGIN_SHARE * cBest)) {
      hold();
      return;
    }
    int rx = (int) Math.round(anchorX - baseX);
    int ry = (int) Math.round(anchorY - baseY);
    if (!stepAgrees(box, ox + bx - RADIUS - rx, oy + by - RADIUS - ry)) {
      hold();
      return;
    }
    measuredNow = true;
    double fx = bx + parabola(cost, best, 1, bx > 0 && bx < side - 1);
    double fy = by + parabola(cost, best, side, by > 0 && by < side - 1);
    double nx = ox + fx - RADIUS;
    double ny = oy + fy - RADIUS;
    cBest = Math.min(cBest, costBetweenPixels(nx, ny, nValid));
    vx = nx - sx;
    vy = ny - sy;
    sx = nx;
    sy = ny;
    matched++;
    if (Math.abs(sx) > REKEY_SHIFT_SHARE * ww
        || Math.abs(sy) > REKEY_SHIFT_SHARE * wh
        || nValid < pointCount / 2
        || cBest > POOR_MATCH) {
      refinePlace(nValid);
      rekey(box);
    }
  }

  /**
   * Whether the step from the anchor (the last frame whose place is known, usually the one before)
   * agrees with the key's match: the points, where they were in the anchor (key position + (rx,
   * ry)), are matched to this frame within {@value #STEP_CHECK} pixels of the step; a clear best
   * elsewhere (two frames a moment apart say the picture moved otherwise than the key says: a
   * caption sliding in, a crowd crossing the key's points) fails.
   */
  private boolean stepAgrees(int[] box, int stepX, int stepY) {
    int side = 2 * STEP_CHECK + 1;
    double[] cost = new double[side * side];
    markClear(box, STEP_CHECK + 1);
    double bias = stepBias(stepX, stepY);
    for (int dy = -STEP_CHECK; dy <= STEP_CHECK; dy++) {
      for (int dx = -STEP_CHECK; dx <= STEP_CHECK; dx++) {
        cost[(dy + STEP_CHECK) * side + dx + STEP_CHECK] = stepCost(stepX + dx, stepY + dy, bias);
      }
    }
    int best = argmin(cost);
    boolean near =
        Math.abs(best % side - STEP_CHECK) <= 1 && Math.abs(best / side - STEP_CHECK) <= 1;
    if (!near) {
      double second = Double.POSITIVE_INFINITY;
      for (int c = 0; c < cost.length; c++) {
        if (Math.max(Math.abs(c % side - best % side), Math.abs(c / side - best / side)) >= 2) {
          second = Math.min(second, cost[c]);
        }
      }
      if (second - cost[best] >= Math.max(MIN_MARGIN, MIN_MARGIN_SHARE * cost[best])) {
        return false;
      }
    }
    if (Math.max(Math.abs(stepX), Math.abs(stepY)) <= STEP_CHECK) {
      return true;
    }
    // a step beyond the window: the background must also say it is clearly not still since
    double candidate = cost[side * side / 2];
    double still = stepCost(0, 0, stepBias(0, 0));
    return still - candidate >= Math.max(MIN_MARGIN, MIN_MARGIN_SHARE * candidate);
  }

  /**
   * Mean capped absolute grey difference between the anchor and this frame moved by (dx, dy), less
   * {@code bias} (the exposure change), over every other pixel of every other row that is clear of
   * the lifter in both: the whole background, not the key's points; +∞ with too few pixels.
   */
  private double stepCost(int dx, int dy, double bias) {
    return stepMean(dx, dy, bias, true);
  }

  /** The mean grey difference between the anchor and this frame moved by (dx, dy). */
  private double stepBias(int dx, int dy) {
    double mean = stepMean(dx, dy, 0, false);
    return Double.isFinite(mean) ? mean : 0;
  }

  /**
   * The mean of the differences (capped and less {@code bias}, or as they are) over the background.
   */
  private double stepMean(int dx, int dy, double bias, boolean capped) {
    double total = 0;
    int count = 0;
    int u0 = Math.max(cx0, cx0 - dx);
    int u1 = Math.min(cx1, cx1 - dx);
    int v0 = Math.max(cy0, cy0 - dy);
    int v1 = Math.min(cy1, cy1 - dy);
    for (int v = v0; v < v1; v += 2) {
      int row = v * ww;
      int moved = (v + dy) * ww + dx;
      for (int u = u0; u < u1; u += 2) {
        if (clear[row + u] && clear[moved + u]) {
          int d = cur[moved + u] - anchor[row + u];
          total += capped ? Math.min(TRUNCATE, Math.abs(d - bias)) : d;
          count++;
        }
      }
    }
    return count < MIN_POINTS ? Double.POSITIVE_INFINITY : total / count;
  }

  /** Marks the pixels clear of the lifter's boxes, grown by {@code grow}, in {@link #clear}. */
  private void markClear(int[] box, int grow) {
    java.util.Arrays.fill(clear, true);
    if (box == null) {
      return;
    }
    for (int o = 0; o < box.length; o += 4) {
      int u0 = Math.max(0, box[o] - grow);
      int u1 = Math.min(ww, box[o + 2] + grow);
      for (int v = Math.max(0, box[o + 1] - grow); v < Math.min(wh, box[o + 3] + grow); v++) {
        if (u1 > u0) {
          java.util.Arrays.fill(clear, v * ww + u0, v * ww + u1, false);
        }
      }
    }
  }

  private boolean inContent(int u, int v) {
    return u >= cx0 && u < cx1 && v >= cy0 && v < cy1;
  }

  private static int argmin(double[] cost) {
    int best = 0;
    for (int c = 1; c < cost.length; c++) {
      if (cost[c] < cost[best]) {
        best = c;
      }
    }
    return best;
  }

  private void hold() {
    vx = vy = 0;
    held++;
  }

  private void rekey(int[] box) {
    baseX += sx;
    baseY += sy;
    takeKey(box);
  }

  /**
   * Mean capped absolute grey difference of the points moved by (ox, oy), less their mean
   * difference (a change of exposure); +∞ with too few points in the picture.
   */
  private double cost(int ox, int oy, int n) {
    long sum = 0;
    int count = 0;
    for (int k = 0; k < n; k++) {
      int i = valid[k];
      int u = i % ww + ox;
      int v = i / ww + oy;
      if (inContent(u, v)) {
        sum += cur[v * ww + u] - key[i];
        count++;
      }
    }
    if (count < MIN_POINTS) {
      return Double.POSITIVE_INFINITY;
    }
    double bias = (double) sum / count;
    double total = 0;
    for (int k = 0; k < n; k++) {
      int i = valid[k];
      int u = i % ww + ox;
      int v = i / ww + oy;
      if (inContent(u, v)) {
        total += Math.min(TRUNCATE, Math.abs(cur[v * ww + u] - key[i] - bias));
      }
    }
    return total / count;
  }

  /** The offset of a parabola's vertex through a minimum and its two neighbours, in (-½, ½). */
  private static double parabola(double[] cost, int at, int stride, boolean hasBoth) {
    if (!hasBoth) {
      return 0;
    }
    double a = cost[at - stride];
    double b = cost[at];
    double c = cost[at + stride];
    double d = a - 2 * b + c;
    if (!(d > 0) || !Double.isFinite(d)) {
      return 0;
    }
    return Math.max(-0.5, Math.min(0.5, 0.5 * (a - c) / d));
  }
}
