package dev.hinge.eval;

import java.util.Optional;

/**
 * Something wrong with one entry of a labels file (or with the whole file: {@code entry} 0), said
 * so that the user can find it: the file, the entry's position and line, the clip it names, and
 * what is wrong with which field.
 */
public record LabelProblem(
    Kind kind, String source, int entry, int line, Optional<String> clip, String what) {

  /**
   * A malformed entry, or a well-formed one whose video cannot be used (those entries are not
   * scored), or a fault or variant name outside the format's list (left out; the rest of the entry
   * is scored).
   */
  public enum Kind {
    MALFORMED,
    VIDEO_MISSING,
    VIDEO_MISMATCH,
    UNKNOWN_NAME
  }

  public static LabelProblem malformed(String source, int entry, int line, String what) {
    return new LabelProblem(Kind.MALFORMED, source, entry, line, Optional.empty(), what);
  }

  public String describe() {
    StringBuilder sb = new StringBuilder(source);
    if (entry > 0) {
      sb.append(" entry ").append(entry);
    }
    StringBuilder where = new StringBuilder();
    if (line > 0) {
      where.append("line ").append(line);
    }
    clip.ifPresent(c -> where.append(where.length() > 0 ? ", " : "").append(c));
    if (where.length() > 0) {
      sb.append(" (").append(where).append(')');
    }
    return sb.append(": ").append(what).toString();
  }
}
