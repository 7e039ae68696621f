package dev.hinge.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hinge.core.AppDirs;
import dev.hinge.pose.VideoPoseTracker;
import dev.hinge.pose.model.ModelStore;
import dev.hinge.pose.runtime.InferenceRuntime;
import dev.hinge.pose.runtime.Runtimes;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared fixtures ({@code ../shared/fixtures} beside the project), resolved in one place.
 * Integration tests that need them are skipped, with a message, where they are absent.
 */
public final class Fixtures {
  private static final Path ROOT = Path.of("..", "shared", "fixtures").toAbsolutePath().normalize();

  private Fixtures() {}

  public static Path videos() {
    Path p = ROOT.resolve("videos");
    assumeTrue(
        Files.isDirectory(p),
        "fixture videos not found at " + p + " (expected ../shared/fixtures beside the project)");
    return p;
  }

  public static Path video(String name) {
    Path p = videos().resolve(name);
    assumeTrue(Files.isRegularFile(p), "fixture video missing: " + p);
    return p;
  }

  /**
   * The labelled development set: clips from other sources and their {@code labels.json}. Never
   * copy any of it into the project (SOURCES.md there says why).
   */
  public static Path real() {
    Path p = ROOT.resolve("real");
    assumeTrue(
        Files.isRegularFile(p.resolve("labels.json")),
        "labelled clips not found at "
            + p
            + " (expected ../shared/fixtures/real beside the project)");
    return p;
  }

  /**
   * The pose pipeline as {@code hinge eval} runs it: models from the user's model directory, the
   * reference runtime ({@code --runtime reference}: TensorFlow Lite where it runs). Not {@code
   * auto}: which runtime is faster is a timing race that went one way on one CI machine and the
   * other way on the next, and the two runtimes' tracks part over a clip, so a verdict near its
   * threshold read differently (a good rep of the development set flagged on one CI run, see
   * docs/eval.md). The tests hold figures, and a figure must not depend on a race.
   */
  public static VideoPoseTracker poseTracker() {
    AppDirs dirs = AppDirs.forUser();
    return new VideoPoseTracker(new ModelStore(dirs.models()), runtime(dirs));
  }

  /** The reference runtime, as {@link #poseTracker()} runs it. */
  public static InferenceRuntime runtime(AppDirs dirs) {
    return Runtimes.create(Runtimes.Choice.REFERENCE, dirs.cache());
  }

  /** The golden track for a clip (test resources, committed). */
  public static Path golden(String clip, String model) {
    Path p = Path.of("src", "test", "resources", "golden", clip + "." + model + ".posetrack.json");
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException("golden file missing: " + p);
    }
    return p;
  }
}
