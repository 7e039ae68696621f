package dev.hinge.kinematics;

import dev.hinge.pose.BodyLandmark;
import dev.hinge.pose.Landmark;
import dev.hinge.pose.PoseFrame;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.VideoInfo;
import dev.hinge.pose.WorldLandmark;
import dev.hinge.video.CameraRoll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Detects the view and checks framing and frame rate. Side view: the left and right shoulders and
 * hips nearly overlap in the image (their width is small against the torso's length) and, in the
 * model's world coordinates, the shoulder line runs along the camera's depth axis.
 */
final class CameraInspector {
  /** Shoulder/hip width over torso length at or below which the image looks side-on. */
  static final double SIDE_RATIO = 0.2;

  /**
   * A roll under this is taken as level: the estimate's own spread on the level cameras of the
   * development set is about half a degree, and a degree moves no rule's verdict there.
   */
  static final double MIN_LEVEL_DEG = 1.0;

  /** A roll from this on is worth telling the lifter about (it was levelled either way). */
  static final double TILT_WARNING_DEG = 3.0;

  /** ... and at or above which it looks front-on. */
  static final double FRONT_RATIO = 0.5;

  static final int SAMPLE_FRAMES = 2000;

  /**
   * Below this share of the shoulder line along the camera's depth axis (world landmarks) a view
   * that is not side-on is from the front: the camera is less than 30° off the lifter's front. On
   * the development set front views read 0.07–0.42, oblique and rear-oblique ones 0.59–0.87.
   */
  static final double FRONT_DEPTH_SHARE = 0.5;

  /**
   * In a side-view clip, a frame whose own side-on score is below this has the lifter turned
   * towards or away from the camera (walking to it to stop the recording, say): midway between a
   * front view's 0.3 and a side view's 0.7.
   */
  static final double TURNED_SIDE_SCORE = 0.5;

  private CameraInspector() {}

  /**
   * The frames in which the lifter of a side-view clip has turned to or from the camera: his own
   * side-on score ({@link #sideScore}) below {@link #TURNED_SIDE_SCORE}. None in clips that are not
   * side views, nor in frames without a pose.
   */
  static boolean[] turned(List<PoseFrame> frames, boolean[] present, View clipView) {
    boolean[] turned = new boolean[frames.size()];
    if (clipView.kind() != ViewKind.SIDE) {
      return turned;
    }
    for (int i = 0; i < turned.length; i++) {
      if (!present[i]) {
        continue;
      }
      PoseFrame f = frames.get(i);
      double ratio = widthOverTorso(f);
      double depth = shoulderDepthShare(f);
      if (!Double.isNaN(ratio)) {
        turned[i] = sideScore(ratio, depth) < TURNED_SIDE_SCORE;
      }
    }
    return turned;
  }

  /** Shoulder and hip width over the torso's length in the image; NaN for a tiny torso. */
  private static double widthOverTorso(PoseFrame f) {
    Landmark ls = f.image(BodyLandmark.LEFT_SHOULDER);
    Landmark rs = f.image(BodyLandmark.RIGHT_SHOULDER);
    Landmark lh = f.image(BodyLandmark.LEFT_HIP);
    Landmark rh = f.image(BodyLandmark.RIGHT_HIP);
    double width = 0.5 * (Math.abs(ls.x() - rs.x()) + Math.abs(lh.x() - rh.x()));
    double torso =
        Fast.hypot(
            0.5 * (ls.x() + rs.x() - lh.x() - rh.x()), 0.5 * (ls.y() + rs.y() - lh.y() - rh.y()));
    return torso > 1 ? width / torso : Double.NaN;
  }

  /** The shoulder line's share along the camera's depth axis (world landmarks); NaN if none. */
  private static double shoulderDepthShare(PoseFrame f) {
    if (!f.hasWorld()) {
      return Double.NaN;
    }
    WorldLandmark a = f.world(BodyLandmark.LEFT_SHOULDER);
    WorldLandmark b = f.world(BodyLandmark.RIGHT_SHOULDER);
    double dx = a.x() - b.x();
    double dz = a.z() - b.z();
    double len = Fast.hypot(dx, dz);
    return len > 1e-6 ? Math.abs(dz) / len : Double.NaN;
  }

  /**
   * How side-on a picture is, 0 (front) to 1 (side): the image's width ratio mapped between {@link
   * #FRONT_RATIO} and {@link #SIDE_RATIO}, blended 0.6 : 0.4 with the shoulder line's depth share
   * where the world landmarks give one (NaN: image alone).
   */
  static double sideScore(double ratio, double depth) {
    double image = clamp((FRONT_RATIO - ratio) / (FRONT_RATIO - SIDE_RATIO));
    return Double.isNaN(depth) ? image : 0.6 * image + 0.4 * depth;
  }

  /** The check of a still camera's clip. */
  static CameraCheck inspect(
      PoseTrack track, List<PoseFrame> frames, boolean[] present, double fps) {
    return inspect(track, frames, present, fps, CameraPath.still(frames.size()), Double.NaN);
  }

  static CameraCheck inspect(
      PoseTrack track,
      List<PoseFrame> frames,
      boolean[] present,
      double fps,
      CameraPath path,
      double metresPerPixel) {
    int n = frames.size();
    int inHead = 0;
    int inHands = 0;
    int inFeet = 0;
    int inTorso = 0;
    int count = 0;
    double w = track.video().width();
    double h = track.video().height();
    // shares and medians: an even sample of a long clip tells the same as every frame
    int stride = Math.max(1, n / SAMPLE_FRAMES);
    for (int i = 0; i < n; i += stride) {
      if (!present[i]) {
        continue;
      }
      PoseFrame f = frames.get(i);
      count++;
      if (inFrame(f, w, h, BodyLandmark.NOSE, BodyLandmark.LEFT_EAR, BodyLandmark.RIGHT_EAR)) {
        inHead++;
      }
      if (inFrame(f, w, h, BodyLandmark.LEFT_WRIST, BodyLandmark.RIGHT_WRIST)) {
        inHands++;
      }
      if (inFrame(
          f,
          w,
          h,
          BodyLandmark.LEFT_ANKLE,
          BodyLandmark.RIGHT_ANKLE,
          BodyLandmark.LEFT_HEEL,
          BodyLandmark.RIGHT_HEEL,
          BodyLandmark.LEFT_FOOT_INDEX,
          BodyLandmark.RIGHT_FOOT_INDEX)) {
        inFeet++;
      }
      if (inFrame(f, w, h, BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP)
          && inFrame(f, w, h, BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER)) {
        inTorso++;
      }
    }
    View view = view(frames, present);
    double head = count == 0 ? 0 : inHead / (double) count;
    double hands = count == 0 ? 0 : inHands / (double) count;
    double feet = count == 0 ? 0 : inFeet / (double) count;
    double torso = count == 0 ? 0 : inTorso / (double) count;
    List<CameraCheck.Issue> issues = new ArrayList<>();
    if (view.kind() == ViewKind.FRONT) {
      issues.add(
          new CameraCheck.Issue(
              "NOT_SIDE_VIEW",
              "the camera looks at the lifter from the front: form needs a side view"
                  + " (camera at hip height, 3-4 m to the side)"));
    } else if (view.kind() == ViewKind.OBLIQUE) {
      issues.add(
          new CameraCheck.Issue(
              "OBLIQUE_VIEW",
              "the camera is at an angle to the lifter's side: angles and distances are"
                  + " foreshortened (the bar's drift and the back-load estimate read low), so only"
                  + " the bar's speed is judged; film from the side (camera at hip height, 3-4 m"
                  + " away)"));
    } else if (view.kind() == ViewKind.UNKNOWN) {
      issues.add(new CameraCheck.Issue("UNKNOWN_VIEW", "the camera's view could not be told"));
    }
    if (fps < CameraCheck.MIN_FPS - 0.05) {
      issues.add(
          new CameraCheck.Issue(
              "LOW_FRAME_RATE",
              String.format(
                  java.util.Locale.ROOT,
                  "the video has %.1f fps, below the %.0f fps needed to time the floor break",
                  fps,
                  CameraCheck.MIN_FPS)));
    }
    addFraming(issues, "HEAD_OUT_OF_FRAME", "the head", head);
    addFraming(issues, "HANDS_OUT_OF_FRAME", "the hands (bar)", hands);
    addFraming(issues, "FEET_OUT_OF_FRAME", "the feet", feet);
    addFraming(issues, "TORSO_OUT_OF_FRAME", "the hips and shoulders", torso);
    double lifterPx = standingHeightPx(frames, present);
    if (!Double.isNaN(lifterPx) && lifterPx < CameraCheck.MIN_LIFTER_PX) {
      issues.add(
          new CameraCheck.Issue(
              "LIFTER_TOO_SMALL",
              String.format(
                  java.util.Locale.ROOT,
                  "the lifter is %.0f px tall in the picture, below the %.0f px the back's shape"
                      + " and the head's angle need; film closer or at a higher resolution",
                  lifterPx,
                  CameraCheck.MIN_LIFTER_PX)));
    }
    if (path.moved()) {
      issues.add(
          new CameraCheck.Issue(
              "CAMERA_MOVED",
              String.format(
                  java.util.Locale.ROOT,
                  "the camera moved by up to %.0f cm during the clip (hand-held?): positions were"
                      + " measured against the background; a phone propped on something still"
                      + " gives surer figures",
                  100 * path.maxPx() * metresPerPixel)));
    }
    double level = levelDeg(track.video());
    if (Math.abs(level) >= TILT_WARNING_DEG) {
      issues.add(
          new CameraCheck.Issue(
              "CAMERA_TILTED",
              String.format(
                  java.util.Locale.ROOT,
                  "the camera was turned %.0f° %s (the room's vertical lines lean so in the"
                      + " picture): the angles were read against the room's vertical; a level"
                      + " phone gives surer figures",
                  Math.abs(level),
                  level > 0 ? "clockwise" : "anticlockwise")));
    }
    return new CameraCheck(view, fps, head, hands, feet, torso, lifterPx, issues);
  }

  /**
   * The camera's roll the analysis levels the picture by, degrees clockwise: the room's lines'
   * estimate ({@link CameraRoll}) where they said it clearly and it is at least {@link
   * #MIN_LEVEL_DEG}; 0 otherwise (a track written before the roll was measured included).
   */
  static double levelDeg(VideoInfo video) {
    return video
        .roll()
        .filter(CameraRoll.Estimate::trusted)
        .map(CameraRoll.Estimate::rollDeg)
        .filter(d -> Math.abs(d) >= MIN_LEVEL_DEG)
        .orElse(0.0);
  }

  /**
   * The lifter's standing height in the picture, pixels: the 90th percentile of his figure's extent
   * over an even sample of the frames with a pose (NaN without any).
   */
  static double standingHeightPx(List<PoseFrame> frames, boolean[] present) {
    int n = frames.size();
    int stride = Math.max(1, n / SAMPLE_FRAMES);
    double[] heights = new double[n / stride + 1];
    int nh = 0;
    for (int i = 0; i < n; i += stride) {
      if (present[i]) {
        heights[nh++] = standingExtent(frames.get(i));
      }
    }
    if (nh == 0) {
      return Double.NaN;
    }
    double[] hs = Arrays.copyOf(heights, nh);
    Arrays.sort(hs);
    return hs[(int) Math.floor(0.9 * (nh - 1))];
  }

  /** The figure's height in pixels: from its highest to its lowest body landmark. */
  static double standingExtent(PoseFrame f) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < BodyLandmark.COUNT; k++) {
      double y = f.image().get(k).y();
      lo = Math.min(lo, y);
      hi = Math.max(hi, y);
    }
    return hi - lo;
  }

  private static void addFraming(
      List<CameraCheck.Issue> issues, String code, String what, double fraction) {
    if (fraction < CameraCheck.MIN_IN_FRAME) {
      issues.add(
          new CameraCheck.Issue(
              code,
              String.format(
                  java.util.Locale.ROOT,
                  "%s are in frame and seen in only %.0f %% of the frames; keep the whole body"
                      + " and the bar in the picture",
                  what,
                  100 * fraction)));
    }
  }

  private static boolean inFrame(PoseFrame f, double w, double h, BodyLandmark... marks) {
    boolean any = false;
    for (BodyLandmark m : marks) {
      Landmark l = f.image(m);
      boolean inside =
          l.x() >= 0 && l.y() >= 0 && l.x() <= w && l.y() <= h && l.visibility() >= 0.5;
      any |= inside;
    }
    return any;
  }

  /**
   * The clip's view, from an even sample of the frames with a pose: the medians of their width
   * ratio and shoulder depth share ({@link #view(double[], double[])}).
   */
  static View view(List<PoseFrame> frames, boolean[] present) {
    int n = frames.size();
    double[] ratios = new double[n];
    double[] depth = new double[n];
    int nr = 0;
    int nd = 0;
    int stride = Math.max(1, n / SAMPLE_FRAMES);
    for (int i = 0; i < n; i += stride) {
      if (!present[i]) {
        continue;
      }
      PoseFrame f = frames.get(i);
      double ratio = widthOverTorso(f);
      if (!Double.isNaN(ratio)) {
        ratios[nr++] = ratio;
      }
      double share = shoulderDepthShare(f);
      if (!Double.isNaN(share)) {
        depth[nd++] = share;
      }
    }
    return view(Arrays.copyOf(ratios, nr), Arrays.copyOf(depth, nd));
  }

  static View view(double[] ratios, double[] depth) {
    if (ratios.length == 0) {
      return new View(ViewKind.UNKNOWN, 0.0);
    }
    double r = KinematicsExtractor.median(ratios);
    double side = sideScore(r, depth.length > 0 ? KinematicsExtractor.median(depth) : Double.NaN);
    if (side >= 0.7) {
      return new View(ViewKind.SIDE, round2(0.5 + 0.5 * (side - 0.7) / 0.3));
    }
    if (depth.length > 0) {
      // front or oblique: the image's widths cannot tell (a lifter turned 45° looks as wide as one
      // facing the camera), the shoulder line's depth can: across the picture from the front,
      // half along the depth axis at 30° off the front
      double d = KinematicsExtractor.median(depth);
      return d < FRONT_DEPTH_SHARE
          ? new View(
              ViewKind.FRONT, round2(0.5 + 0.5 * (FRONT_DEPTH_SHARE - d) / FRONT_DEPTH_SHARE))
          : new View(ViewKind.OBLIQUE, round2(1.0 - Math.abs(side - 0.5) * 2.5));
    }
    if (side <= 0.3) {
      return new View(ViewKind.FRONT, round2(0.5 + 0.5 * (0.3 - side) / 0.3));
    }
    return new View(ViewKind.OBLIQUE, round2(1.0 - Math.abs(side - 0.5) * 2.5));
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
