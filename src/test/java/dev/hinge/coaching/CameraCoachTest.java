package dev.hinge.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CameraCoachTest {
  @Test
  void noIssueNoAdvice() {
    assertThat(CameraCoach.advice(List.of())).isEmpty();
  }

  @Test
  void eachIssueSaysWhatToChangeThenTheRules() {
    assertThat(CameraCoach.advice(List.of("OBLIQUE_VIEW")))
        .first()
        .asString()
        .startsWith("Move the camera until it is square to your side");
    assertThat(CameraCoach.advice(List.of("LOW_FRAME_RATE")).get(0)).contains("30 or 60 fps");
    assertThat(CameraCoach.advice(List.of("NOT_SIDE_VIEW")).get(0)).contains("quarter turn");
    assertThat(CameraCoach.advice(List.of("CAMERA_MOVED")).get(0))
        .contains("Prop the phone on something that stays put");
    List<String> framing =
        CameraCoach.advice(List.of("HEAD_OUT_OF_FRAME", "FEET_OUT_OF_FRAME", "HANDS_OUT_OF_FRAME"));
    assertThat(framing).hasSize(1 + CameraCoach.HOW_TO_FILM.size());
    assertThat(framing.get(0)).contains("Step the camera back");
    assertThat(framing.subList(1, framing.size())).isEqualTo(CameraCoach.HOW_TO_FILM);
  }

  @Test
  void theRulesNameSideOnHipHeightDistanceFramingAndFrameRate() {
    String rules = String.join(" ", CameraCoach.HOW_TO_FILM);
    assertThat(rules).contains("Side on", "hip height", "3–4 m", "whole body", "30 fps");
    assertThat(CameraCoach.DIAGRAM_SVG).startsWith("<svg").endsWith("</svg>").contains("3–4 m");
  }
}
