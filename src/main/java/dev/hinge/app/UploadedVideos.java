package dev.hinge.app;

import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.journal.Journal;
import dev.hinge.journal.ReportStore;
import dev.hinge.journal.VideoStore;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.VideoAnalyzer;
import dev.hinge.video.VideoKeyFrames;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploaded videos, analysed in the background: an upload is stored (streamed, capped, checked by
 * content, kept once under its SHA-256), recorded with a job, and the job runs on a worker. Jobs
 * live in the journal, so a restart loses none: on start, jobs that were running are queued again
 * and every queued job is run.
 */
public final class UploadedVideos implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(UploadedVideos.class);

  /** Progress is written to the journal in steps of this much (not on every frame). */
  static final double PROGRESS_STEP = 0.02;

  /** The largest bar load an upload may give, kg (as the analysis takes). */
  static final double MAX_LOAD_KG = 600;

  /** An upload taken: its job (queued) and the video it analyses. */
  public record Accepted(long jobId, String status, long videoId) {}

  private final Journal journal;
  private final VideoStore videos;
  private final VideoAnalyzer analyzer;
  private final long maxBytes;
  private final Analyses analyses;
  private final ExecutorService pool;

  /**
   * @param workers analyses run at once
   * @param maxBytes the largest upload
   */
  public UploadedVideos(
      Journal journal,
      VideoStore videos,
      VideoAnalyzer analyzer,
      long maxBytes,
      int workers,
      Optional<ReportStore> reports) {
    this.journal = journal;
    this.videos = videos;
    this.analyzer = analyzer;
    this.maxBytes = maxBytes;
    this.analyses = new Analyses(journal, reports);
    this.pool =
        Executors.newFixedThreadPool(
            Math.max(1, workers),
            r -> {
              Thread t = new Thread(r, "hinge-analysis");
              t.setDaemon(true);
              return t;
            });
  }

  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Stores a video sent as {@code name} (only shown, never a path) with an optional bar load given
   * as text ({@code null} or blank: none), and queues its analysis.
   *
   * @throws VideoStore.TooLargeException past the cap
   * @throws HingeException INVALID_INPUT for a load that is not a number of kilograms, or bytes
   *     that are not a video
   */
  public Accepted accept(InputStream video, String name, String loadKg) {
    OptionalDouble load = load(loadKg);
    VideoStore.Stored stored = videos.store(video, maxBytes);
    String shown = shownName(name);
    Journal.Video v = journal.addVideo(stored.sha256(), stored.sizeBytes(), shown);
    Journal.Job job = journal.createJob(v.id(), load, shown);
    submit(job);
    return new Accepted(job.id(), job.status(), v.id());
  }

  /**
   * The name a client sent, as shown: its last path element (a name is never a path here), control
   * characters as '?', at most 200 characters; "upload" when there is none.
   */
  static String shownName(String name) {
    if (name == null) {
      return "upload";
    }
    String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder b = new StringBuilder();
    last.codePoints()
        .limit(200)
        .forEach(c -> b.append(Character.isISOControl(c) ? "?" : Character.toString(c)));
    return b.toString().isBlank() ? "upload" : b.toString();
  }

  static OptionalDouble load(String loadKg) {
    if (loadKg == null || loadKg.isBlank()) {
      return OptionalDouble.empty();
    }
    try {
      double v = Double.parseDouble(loadKg.trim());
      if (v >= 0 && v <= MAX_LOAD_KG) {
        return OptionalDouble.of(v);
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw HingeException.invalidInput(
        "loadKg must be a number of kilograms between 0 and 600, found " + Fields.shown(loadKg));
  }

  /** A job by id. */
  public Journal.Job job(long id) {
    return journal
        .job(id)
        .orElseThrow(() -> new HingeException(ErrorKind.NOT_FOUND, "no job with id " + id));
  }

  /** Re-queues the jobs a previous run left running, and submits every queued job. */
  public void resume() {
    for (Journal.Job j : journal.jobs(Journal.Job.RUNNING)) {
      journal.updateJob(j.id(), Journal.Job.QUEUED, 0, null, null);
      LOG.info("job {} was interrupted by a restart: queued again", j.id());
    }
    for (Journal.Job j : journal.jobs(Journal.Job.QUEUED)) {
      submit(j);
    }
  }

  private void submit(Journal.Job job) {
    pool.execute(() -> run(job));
  }

  private void run(Journal.Job job) {
    try {
      Journal.Video video =
          journal
              .video(job.videoId())
              .orElseThrow(() -> new IllegalStateException("video " + job.videoId() + " is gone"));
      journal.updateJob(job.id(), Journal.Job.RUNNING, 0, null, null);
      double[] written = {0};
      AnalysisOptions options =
          analyses.options(
              OptionalDouble.empty(),
              job.loadKg() == null ? OptionalDouble.empty() : OptionalDouble.of(job.loadKg()),
              OptionalDouble.empty());
      Path file = videos.path(video.sha256());
      VideoAnalyzer.Result result =
          analyzer.analyze(
              file,
              options,
              (stage, f) -> {
                double p = Math.min(0.99, f);
                if (p - written[0] >= PROGRESS_STEP) {
                  written[0] = p;
                  journal.updateJob(job.id(), Journal.Job.RUNNING, p, null, null);
                }
              });
      // the stored file is named by its hash: the report shows the name it was sent under this
      // time (the same bytes may come back under another name)
      Analysis a =
          Analyses.named(
              result.analysis(),
              job.uploadName() != null ? job.uploadName() : video.originalName());
      long id;
      try (VideoKeyFrames frames = new VideoKeyFrames(file)) {
        id =
            analyses.save(
                a, options.loadKg(), Optional.of(result.track()), frames::jpeg, Optional.of(file));
      }
      journal.updateJob(job.id(), Journal.Job.DONE, 1.0, id, null);
    } catch (RuntimeException e) {
      if (pool.isShutdown()) {
        // the server is stopping: the job runs again on the next start
        journal.updateJob(job.id(), Journal.Job.QUEUED, 0, null, null);
        return;
      }
      fail(job, e);
    }
  }

  private void fail(Journal.Job job, RuntimeException e) {
    if (e instanceof HingeException) {
      journal.updateJob(job.id(), Journal.Job.FAILED, 0, null, e.getMessage());
    } else {
      LOG.error("job {} failed", job.id(), e);
      journal.updateJob(
          job.id(), Journal.Job.FAILED, 0, null, "internal error: " + e.getClass().getSimpleName());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
    try {
      pool.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
