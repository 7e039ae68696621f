package dev.hinge.web;

import dev.hinge.core.HingeException;
import io.javalin.http.Context;

/** Ids in paths: ASCII digits 0-9 (Long.parseLong would also read other scripts' digits). */
final class Ids {
  private Ids() {}

  static long of(Context ctx) {
    String raw = ctx.pathParam("id");
    if (raw.matches("[0-9]{1,18}")) {
      return Long.parseLong(raw);
    }
    throw HingeException.invalidInput(
        "an id is a whole number written with the digits 0-9, found '"
            + RequestGuard.printable(raw)
            + "'");
  }
}
