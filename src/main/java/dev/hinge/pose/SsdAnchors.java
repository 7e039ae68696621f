package dev.hinge.pose;

/**
 * The BlazePose detector's SSD anchors: 224×224 input, strides 8, 16, 32, 32, 32, two anchors per
 * cell (aspect ratio 1 plus the interpolated scale), offset 0.5, fixed size 1. Layers with the same
 * stride share a feature map, so strides 32 contribute 7×7×6. Total 28²·2 + 14²·2 + 7²·6 = 2254.
 */
public final class SsdAnchors {
  public static final int INPUT_SIZE = 224;
  private static final int[] STRIDES = {8, 16, 32, 32, 32};

  private SsdAnchors() {}

  /** Anchor centres as {x0, y0, x1, y1, ...}, normalised to [0, 1]. */
  public static float[] centres() {
    float[] out = new float[2 * count()];
    int n = 0;
    int layer = 0;
    while (layer < STRIDES.length) {
      int stride = STRIDES[layer];
      int perCell = 0;
      int last = layer;
      while (last < STRIDES.length && STRIDES[last] == stride) {
        perCell += 2;
        last++;
      }
      int fm = (int) Math.ceil((double) INPUT_SIZE / stride);
      for (int y = 0; y < fm; y++) {
        for (int x = 0; x < fm; x++) {
          for (int a = 0; a < perCell; a++) {
            out[n++] = (x + 0.5f) / fm;
            out[n++] = (y + 0.5f) / fm;
          }
        }
      }
      layer = last;
    }
    return out;
  }

  public static int count() {
    return 28 * 28 * 2 + 14 * 14 * 2 + 7 * 7 * 6;
  }
}
