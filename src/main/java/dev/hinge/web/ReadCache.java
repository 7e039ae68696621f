package dev.hinge.web;

import dev.hinge.journal.Journal;
import io.javalin.http.Handler;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves a read-only JSON endpoint from memory while the journal has not changed (its version,
 * which also sees other processes' writes to a SQLite file); renders it again after any write.
 * Dashboards poll these: without the cache each poll rebuilt the same JSON from the database.
 */
final class ReadCache {
  /** A rendered 200 JSON response and the journal version it was rendered from. */
  private record Rendered(long version, String body) {}

  private final Journal journal;
  private final ConcurrentHashMap<String, Rendered> rendered = new ConcurrentHashMap<>();

  ReadCache(Journal journal) {
    this.journal = journal;
  }

  Handler of(Handler render) {
    return ctx -> {
      OptionalLong version = journal.version();
      String key = ctx.path();
      Rendered hit = version.isPresent() ? rendered.get(key) : null;
      if (hit != null && hit.version() == version.getAsLong()) {
        ctx.status(200).contentType("application/json").result(hit.body());
        return;
      }
      render.handle(ctx);
      String body = ctx.result();
      if (version.isPresent() && body != null && ctx.statusCode() == 200) {
        if (rendered.size() > 1000) {
          rendered.clear();
        }
        rendered.put(key, new Rendered(version.getAsLong(), body));
      }
    };
  }
}
