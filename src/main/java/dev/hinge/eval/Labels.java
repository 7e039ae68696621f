package dev.hinge.eval;

import java.util.List;

/** A labels file: the entries that could be read, and the problems found in the others. */
public record Labels(String source, List<ClipLabel> clips, List<LabelProblem> problems) {
  public Labels {
    clips = List.copyOf(clips);
    problems = List.copyOf(problems);
  }
}
