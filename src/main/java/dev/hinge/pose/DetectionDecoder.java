package dev.hinge.pose;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the detector's raw output into detections, as MediaPipe's TensorsToDetections and weighted
 * non-max suppression do: 12 values per anchor (centre, size, 4 keypoints, scaled by 224 and
 * relative to the anchor), sigmoid scores clipped to ±100, threshold 0.5, then boxes that overlap
 * by IoU > 0.3 are merged into their score-weighted average.
 */
public final class DetectionDecoder {
  public static final float MIN_SCORE = 0.5f;
  public static final float NMS_IOU = 0.3f;
  private static final int VALUES = 12;
  private final float[] anchors = SsdAnchors.centres();

  /** Detections in letterboxed-input coordinates ([0, 1] over the 224×224 input). */
  public List<Detection> decode(FloatBuffer boxes, FloatBuffer scores) {
    int n = SsdAnchors.count();
    float scale = SsdAnchors.INPUT_SIZE;
    List<Detection> found = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      float raw = Math.max(-100f, Math.min(100f, scores.get(i)));
      float score = (float) (1.0 / (1.0 + Math.exp(-raw)));
      if (score < MIN_SCORE) {
        continue;
      }
      int o = i * VALUES;
      float ax = anchors[2 * i];
      float ay = anchors[2 * i + 1];
      float cx = boxes.get(o) / scale + ax;
      float cy = boxes.get(o + 1) / scale + ay;
      float w = boxes.get(o + 2) / scale;
      float h = boxes.get(o + 3) / scale;
      float[] kp = new float[8];
      for (int k = 0; k < 4; k++) {
        kp[2 * k] = boxes.get(o + 4 + 2 * k) / scale + ax;
        kp[2 * k + 1] = boxes.get(o + 5 + 2 * k) / scale + ay;
      }
      found.add(new Detection(score, cx - w / 2, cy - h / 2, w, h, kp));
    }
    return weightedNms(found, NMS_IOU);
  }

  /** MediaPipe's weighted NMS; the result is in descending score order. */
  public static List<Detection> weightedNms(List<Detection> detections, float iouThreshold) {
    List<Detection> remaining = new ArrayList<>(detections);
    remaining.sort(Comparator.comparingDouble((Detection d) -> d.score()).reversed());
    List<Detection> out = new ArrayList<>();
    while (!remaining.isEmpty()) {
      Detection top = remaining.get(0);
      List<Detection> candidates = new ArrayList<>();
      List<Detection> rest = new ArrayList<>();
      for (Detection d : remaining) {
        (d.iou(top) > iouThreshold ? candidates : rest).add(d);
      }
      float total = 0;
      float x0 = 0;
      float y0 = 0;
      float x1 = 0;
      float y1 = 0;
      float[] kp = new float[8];
      for (Detection c : candidates) {
        float s = c.score();
        total += s;
        x0 += c.xMin() * s;
        y0 += c.yMin() * s;
        x1 += (c.xMin() + c.width()) * s;
        y1 += (c.yMin() + c.height()) * s;
        for (int k = 0; k < 8; k++) {
          kp[k] += c.keypoints()[k] * s;
        }
      }
      if (candidates.isEmpty()) {
        out.add(top);
      } else {
        for (int k = 0; k < 8; k++) {
          kp[k] /= total;
        }
        out.add(
            new Detection(
                top.score(), x0 / total, y0 / total, (x1 - x0) / total, (y1 - y0) / total, kp));
      }
      if (rest.size() == remaining.size()) {
        break;
      }
      remaining = rest;
    }
    return out;
  }

  /**
   * Maps a detection from the letterboxed square input back to the image: {@code padX} and {@code
   * padY} are the fractions of the input taken by padding on each side.
   */
  public static Detection removeLetterbox(Detection d, float padX, float padY) {
    float sx = 1 - 2 * padX;
    float sy = 1 - 2 * padY;
    float[] kp = new float[8];
    for (int k = 0; k < 4; k++) {
      kp[2 * k] = (d.kx(k) - padX) / sx;
      kp[2 * k + 1] = (d.ky(k) - padY) / sy;
    }
    return new Detection(
        d.score(),
        (d.xMin() - padX) / sx,
        (d.yMin() - padY) / sy,
        d.width() / sx,
        d.height() / sy,
        kp);
  }

  /**
   * A detection in a window of the picture (normalised to the window) in the picture's normalised
   * coordinates: the window's top-left corner {@code (left, top)} and size {@code (width, height)},
   * as shares of the picture.
   */
  public static Detection fromWindow(
      Detection d, float left, float top, float width, float height) {
    float[] kp = new float[8];
    for (int k = 0; k < 4; k++) {
      kp[2 * k] = left + d.kx(k) * width;
      kp[2 * k + 1] = top + d.ky(k) * height;
    }
    return new Detection(
        d.score(),
        left + d.xMin() * width,
        top + d.yMin() * height,
        d.width() * width,
        d.height() * height,
        kp);
  }
}
