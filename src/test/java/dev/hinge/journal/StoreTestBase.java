package dev.hinge.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

/** What the store tests share: both databases, a fixed day, a fresh journal per test. */
abstract class StoreTestBase {
  static final Clock DAY = Clock.fixed(Instant.parse("2026-11-20T18:30:00Z"), ZoneOffset.UTC);

  static Stream<String> databases() {
    return JournalTestSupport.databases();
  }

  static Journal open(String kind) throws Exception {
    return Journal.open(JournalTestSupport.fresh(kind), DAY);
  }
}
