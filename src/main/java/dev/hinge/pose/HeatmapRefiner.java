package dev.hinge.pose;

import java.nio.FloatBuffer;

/**
 * MediaPipe's RefineLandmarksFromHeatmapCalculator: each landmark's x, y (normalised to the crop)
 * is replaced by the sigmoid-weighted centroid of a 7×7 window of its heatmap channel around it,
 * when the window's highest confidence reaches 0.5. The heatmap is HWC without padding.
 *
 * <p>Which landmarks it looks at follows the calculator to the letter, quirks included, because a
 * landmark refined there and not here moves by pixels: the cell is the coordinate times the heatmap
 * size truncated towards zero (so a point up to one cell left of or above the crop is in cell 0,
 * not outside), and the bounds check tests the column twice and never the row, so a point up to
 * three cells below the crop is refined from the rows of the window that are inside. No fixture
 * clip has such a landmark today; a lifter at the crop's edge would.
 */
public final class HeatmapRefiner {
  public static final int KERNEL = 7;
  public static final float MIN_CONFIDENCE = 0.5f;

  private HeatmapRefiner() {}

  /**
   * @param lm landmarks, stride {@code stride}, x at offset 0 and y at offset 1, normalised
   */
  public static void refine(
      float[] lm, int count, int stride, FloatBuffer heatmap, int hmW, int hmH, int channels) {
    int offset = (KERNEL - 1) / 2;
    for (int k = 0; k < count; k++) {
      int o = k * stride;
      int col = (int) (lm[o] * hmW);
      int row = (int) (lm[o + 1] * hmH);
      // (sic) MediaPipe compares the column with the height where the row belongs
      if (col < 0 || col >= hmW || row < 0 || col >= hmH) {
        continue;
      }
      int c0 = Math.max(0, col - offset);
      int c1 = Math.min(hmW, col + offset + 1);
      int r0 = Math.max(0, row - offset);
      int r1 = Math.min(hmH, row + offset + 1);
      float sum = 0;
      float wc = 0;
      float wr = 0;
      float max = 0;
      for (int r = r0; r < r1; r++) {
        for (int c = c0; c < c1; c++) {
          float conf = sigmoid(heatmap.get(hmW * channels * r + channels * c + k));
          sum += conf;
          max = Math.max(max, conf);
          wc += c * conf;
          wr += r * conf;
        }
      }
      if (max >= MIN_CONFIDENCE && sum > 0) {
        lm[o] = wc / hmW / sum;
        lm[o + 1] = wr / hmH / sum;
      }
    }
  }

  static float sigmoid(float x) {
    return (float) (1.0 / (1.0 + Math.exp(-x)));
  }
}
