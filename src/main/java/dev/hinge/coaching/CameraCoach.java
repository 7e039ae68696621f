package dev.hinge.coaching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How to film instead, when the camera check withheld a judgement: what to change for each issue
 * the check found (its codes, from {@code CameraInspector}), then the rules of a good clip.
 */
public final class CameraCoach {
  /** The rules of a clip every judgement can be made from. */
  public static final List<String> HOW_TO_FILM =
      List.of(
          "Side on: the camera looks straight at your side, the bar's end (the plate's hub) facing"
              + " the lens.",
          "At hip height, level (lean the phone on a bench or a plate stack), 3–4 m away.",
          "The whole body and both plates in the picture from the set-up to lockout, with a little"
              + " room above the head and below the feet.",
          "30 fps or more (60 is better), the phone still: no zooming or panning.");

  private CameraCoach() {}

  /** What to change for these camera issues, then the rules; empty when there are none. */
  public static List<String> advice(Collection<String> issueCodes) {
    Set<String> out = new LinkedHashSet<>();
    for (String code : issueCodes) {
      switch (code) {
        case "NOT_SIDE_VIEW", "UNKNOWN_VIEW" ->
            out.add(
                "Turn the camera (or yourself) a quarter turn: it must see your side, not your front"
                    + " or back; the form rules need the side view.");
        case "OBLIQUE_VIEW" ->
            out.add(
                "Move the camera until it is square to your side: from an angle the back's angles"
                    + " and the bar's distances shrink, so only bar speed is judged.");
        case "LOW_FRAME_RATE" ->
            out.add("Set the camera to 30 or 60 fps: the floor break and bar speed need it.");
        case "LIFTER_TOO_SMALL" ->
            out.add(
                "Bring the camera closer (3-4 m, the phone's main lens, not the wide one) or film at"
                    + " a higher resolution: you should fill most of the picture's height.");
        case "CAMERA_MOVED" ->
            out.add(
                "Prop the phone on something that stays put (a bench, a plate stack, a tripod), not"
                    + " in a hand: the picture moved during the set, and where the background is hidden"
                    + " its motion reads as yours.");
        case "CAMERA_TILTED" ->
            out.add(
                "Stand the phone level (its long edge square to the floor): Hinge levelled the"
                    + " picture by the room's upright lines, which a bare wall or a pan may not"
                    + " have.");
        case "HEAD_OUT_OF_FRAME", "HANDS_OUT_OF_FRAME", "FEET_OUT_OF_FRAME", "TORSO_OUT_OF_FRAME" ->
            out.add(
                "Step the camera back or lower it a little: head, hands (bar) and feet must stay in"
                    + " the picture for the whole set.");
        default -> {
          // an issue without advice of its own: the rules below cover it
        }
      }
    }
    if (out.isEmpty()) {
      return List.of();
    }
    List<String> all = new ArrayList<>(out);
    all.addAll(HOW_TO_FILM);
    return List.copyOf(all);
  }

  /**
   * A small top-down diagram (SVG): the lifter and the bar, the camera 3–4 m to the side at hip
   * height, its view across the lifter. Static, no script; for the reports and the upload page.
   */
  public static final String DIAGRAM_SVG =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 320 150\" width=\"320\""
          + " height=\"150\" role=\"img\" aria-label=\"Camera 3 to 4 metres to the lifter's side,"
          + " at hip height, looking at the side\">"
          + "<rect x=\"0\" y=\"0\" width=\"320\" height=\"150\" fill=\"#f5f7fa\"/>"
          + "<line x1=\"70\" y1=\"20\" x2=\"70\" y2=\"130\" stroke=\"#555\" stroke-width=\"6\"/>"
          + "<rect x=\"60\" y=\"8\" width=\"20\" height=\"14\" fill=\"#333\"/>"
          + "<rect x=\"60\" y=\"128\" width=\"20\" height=\"14\" fill=\"#333\"/>"
          + "<circle cx=\"95\" cy=\"75\" r=\"16\" fill=\"#2f6fd0\"/>"
          + "<text x=\"95\" y=\"108\" font-size=\"11\" text-anchor=\"middle\">lifter</text>"
          + "<text x=\"40\" y=\"78\" font-size=\"11\" text-anchor=\"middle\">bar</text>"
          + "<polygon points=\"250,75 120,40 120,110\" fill=\"#1c7c3c\" fill-opacity=\"0.15\"/>"
          + "<rect x=\"250\" y=\"63\" width=\"26\" height=\"24\" rx=\"4\" fill=\"#1c7c3c\"/>"
          + "<text x=\"263\" y=\"104\" font-size=\"11\" text-anchor=\"middle\">phone</text>"
          + "<text x=\"263\" y=\"118\" font-size=\"10\" text-anchor=\"middle\">hip height</text>"
          + "<line x1=\"115\" y1=\"135\" x2=\"250\" y2=\"135\" stroke=\"#999\"/>"
          + "<text x=\"182\" y=\"131\" font-size=\"11\" text-anchor=\"middle\">3–4 m</text>"
          + "</svg>";
}
