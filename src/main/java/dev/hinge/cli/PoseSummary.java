package dev.hinge.cli;

import dev.hinge.pose.VideoPoseTracker;
import java.nio.file.Path;
import java.util.Locale;

/** The terminal summary of a pose run. */
final class PoseSummary {
  private PoseSummary() {}

  static String format(VideoPoseTracker.Summary s, Path track) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "video          %s  %d×%d  %.2f fps  %.1f s%s%n",
            s.video().name(),
            s.video().width(),
            s.video().height(),
            s.video().fps(),
            s.video().durationMs() / 1000,
            s.video().rotation() != 0 ? "  rotated " + s.video().rotation() + "°" : ""));
    b.append(
        String.format(
            Locale.ROOT,
            "frames         %d decoded, %d with a pose (%.0f %%)%n",
            s.frames(),
            s.framesWithPose(),
            100.0 * s.framesWithPose() / Math.max(1, s.frames())));
    b.append(String.format(Locale.ROOT, "mean presence  %.3f%n", s.meanPresence()));
    s.video().damage().ifPresent(d -> b.append("damage         ").append(d.message()).append('\n'));
    b.append(
        String.format(
            Locale.ROOT,
            "model          %s (sha256 %s…) on %s%n",
            s.model().name(),
            s.model().sha256().substring(0, 12),
            s.runtime()));
    b.append(
        String.format(
            Locale.ROOT,
            "speed          %.1f fps end to end (%.2f× real time); detector ran %d× (%.1f ms), landmarks %.1f ms/frame, back silhouette %.3f ms/frame, camera %.2f ms/frame",
            s.fps(),
            s.fps() / Math.max(1e-9, s.video().fps()),
            s.detectorRuns(),
            s.detectorMsMean(),
            s.landmarkMsMean(),
            s.backMsMean(),
            s.cameraMsMean()));
    if (track != null) {
      b.append(String.format(Locale.ROOT, "%npose track     %s", track));
    }
    return b.toString();
  }
}
