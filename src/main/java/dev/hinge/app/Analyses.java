package dev.hinge.app;

import dev.hinge.journal.Journal;
import dev.hinge.journal.ProfileStore;
import dev.hinge.journal.ReportStore;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.VideoInfo;
import dev.hinge.report.AnnotatedVideo;
import dev.hinge.report.HtmlReport;
import dev.hinge.report.KeyFrameSource;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Analyses saved in the journal: analysed with the lifter's profile for what the caller does not
 * say (height sets the video's scale, body mass the back-load estimate), saved with their set, and
 * written as a one-file HTML report next to the journal.
 */
public final class Analyses {
  private final Journal journal;
  private final Optional<ReportStore> reports;

  public Analyses(Journal journal, Optional<ReportStore> reports) {
    this.journal = journal;
    this.reports = reports;
  }

  /**
   * The options of an analysis to be saved: height and body mass as given, else the profile's; the
   * bar load as given.
   */
  public AnalysisOptions options(
      OptionalDouble heightCm, OptionalDouble loadKg, OptionalDouble bodyMassKg) {
    ProfileStore.Profile p = journal.profiles().get();
    return new AnalysisOptions(
        heightCm.isPresent() ? heightCm : p.heightCm(),
        loadKg,
        bodyMassKg.isPresent() ? bodyMassKg : p.bodyMassKg());
  }

  /**
   * Saves an analysis (its session, set, reps and faults, one transaction) and its HTML report,
   * with key frames when {@code frames} can give them; returns its id.
   */
  public long save(
      Analysis a, OptionalDouble loadKg, Optional<PoseTrack> track, KeyFrameSource frames) {
    return save(a, loadKg, track, frames, Optional.empty());
  }

  /**
   * As above; with the {@code video} and the track, also the annotated video beside the report,
   * linked from it ({@code /analyses/<id>/video}). A video that cannot be written is logged and
   * left out: the analysis is saved all the same.
   */
  public long save(
      Analysis a,
      OptionalDouble loadKg,
      Optional<PoseTrack> track,
      KeyFrameSource frames,
      Optional<java.nio.file.Path> video) {
    return save(a, loadKg, track, frames, video, id -> {});
  }

  /**
   * As above, running {@code alsoInTheSameTransaction} with the new id in the transaction that
   * saves the analysis (an upload's job records it there: saved and recorded, or neither).
   */
  public long save(
      Analysis a,
      OptionalDouble loadKg,
      Optional<PoseTrack> track,
      KeyFrameSource frames,
      Optional<java.nio.file.Path> video,
      java.util.function.LongConsumer alsoInTheSameTransaction) {
    long id =
        journal.inTransaction(
            () -> {
              long saved = journal.analyses().save(a, loadKg);
              alsoInTheSameTransaction.accept(saved);
              return saved;
            });
    reports.ifPresent(
        r -> {
          Optional<String> href = Optional.empty();
          if (video.isPresent() && track.isPresent()) {
            try {
              AnnotatedVideo.write(video.get(), track.get(), a, r.videoPath(id));
              href = Optional.of("/analyses/" + id + "/video");
            } catch (RuntimeException e) {
              org.slf4j.LoggerFactory.getLogger(Analyses.class)
                  .warn("no annotated video for analysis {}: {}", id, e.getMessage());
            }
          }
          Optional<String> link = href;
          r.write(id, out -> HtmlReport.write(a, track, frames, link, out));
          // the best rep's key moments, for "against your best set" in the web app
          track
              .flatMap(t -> dev.hinge.report.BestRepStrip.render(a, t, frames))
              .ifPresent(png -> r.writeBestRep(id, png));
        });
    return id;
  }

  /** The same analysis shown under another video name (an upload is stored under its hash). */
  public static Analysis named(Analysis a, String name) {
    VideoInfo v = a.video();
    return new Analysis(
        v.named(name), a.kinematics(), a.reps(), a.set(), a.warnings(), a.skipped(), a.topFixes());
  }
}
