package dev.hinge.cli;

import dev.hinge.core.AppDirs;
import dev.hinge.journal.Journal;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --db} option every command that touches the journal shares (a picocli mixin). */
final class JournalOption {
  // inherited: `hinge journal list --db F` as well as `hinge journal --db F list`
  @Option(
      names = "--db",
      paramLabel = "DB",
      scope = picocli.CommandLine.ScopeType.INHERIT,
      description =
          "the journal: a SQLite file or a jdbc:postgresql: URL (default: journal.db in the data"
              + " directory)")
  Optional<String> db = Optional.empty();

  /**
   * The journal named by {@code --db}, or the user's default one when it exists: for reading what
   * is already known (the profile) without creating a journal nobody asked for.
   */
  Optional<Journal> openExisting() {
    if (db.isPresent()) {
      return Optional.of(open());
    }
    java.nio.file.Path file = Journal.defaultFile(AppDirs.forUser().data());
    return java.nio.file.Files.exists(file)
        ? Optional.of(Journal.open(file.toString()))
        : Optional.empty();
  }

  /** The journal named by {@code --db}, else the user's default one. */
  Journal open() {
    return Journal.open(
        db.orElseGet(() -> Journal.defaultFile(AppDirs.forUser().data()).toString()));
  }
}
