package dev.hinge.app;

import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.jobs.AnalysisQueue;
import dev.hinge.journal.Journal;
import dev.hinge.journal.ReportStore;
import dev.hinge.journal.UploadStore;
import dev.hinge.journal.VideoStore;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.VideoAnalyzer;
import dev.hinge.video.VideoKeyFrames;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploaded videos, analysed in the background: an upload is stored (streamed, capped, checked by
 * content, kept once under its SHA-256), recorded with a job in the journal, and queued on the
 * {@link AnalysisQueue} in the journal's database. Whichever process runs workers on that queue
 * (the server itself, or {@code hinge worker} on another machine sharing the database and the video
 * directory) analyses it, once, and writes its progress and result to the job, where the web page
 * reads it. A restart or a killed worker loses no job: the queue runs it again.
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
  private final AnalysisQueue queue;
  private volatile boolean closed;

  /**
   * Uploads into {@code videos}, queued on the queue in {@code journal}'s database; no analysis
   * runs in this process until {@link #startWorkers}.
   *
   * @param maxBytes the largest upload
   * @throws HingeException STORAGE when the queue's tables cannot be made
   */
  public UploadedVideos(
      Journal journal,
      VideoStore videos,
      VideoAnalyzer analyzer,
      long maxBytes,
      Optional<ReportStore> reports) {
    this.journal = journal;
    this.videos = videos;
    this.analyzer = analyzer;
    this.maxBytes = maxBytes;
    this.analyses = new Analyses(journal, reports);
    this.queue = AnalysisQueue.open(journal);
  }

  /**
   * Runs {@code threads} analyses at once in this process (none when 0), reported in the list of
   * workers as {@code role}.
   */
  public void startWorkers(int threads, String role) {
    if (threads > 0) {
      queue.startWorkers(threads, role, new Work());
    }
  }

  /** The processes running analyses on this journal's queue. */
  public List<AnalysisQueue.Worker> workers() {
    return queue.workers();
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
    UploadStore.Video v = journal.uploads().addVideo(stored.sha256(), stored.sizeBytes(), shown);
    UploadStore.Job job = journal.uploads().createJob(v.id(), load, shown, UUID.randomUUID());
    queue.enqueue(UUID.fromString(job.runnerId()), job.id());
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
  public UploadStore.Job job(long id) {
    return journal
        .uploads()
        .job(id)
        .orElseThrow(() -> new HingeException(ErrorKind.NOT_FOUND, "no job with id " + id));
  }

  /**
   * Queues every unfinished job that is not on the queue yet: jobs from before the queue (the
   * journal's own job table), and any whose queuing a crash cut short. Queuing is idempotent, so
   * every process may do this when it starts.
   */
  public void resume() {
    for (String status : List.of(UploadStore.Job.QUEUED, UploadStore.Job.RUNNING)) {
      for (UploadStore.Job j : journal.uploads().jobs(status)) {
        String runner = j.runnerId();
        if (runner == null) {
          runner = journal.uploads().assignRunner(j.id(), UUID.randomUUID());
          LOG.info("job {} from before the job queue: queued on it", j.id());
        }
        queue.enqueue(UUID.fromString(runner), j.id());
      }
    }
  }

  /**
   * Analyses the upload of job {@code jobId}: a job already done or failed is not analysed again.
   * Bad input (a video that cannot be decoded, no lifter in it) fails the job once; what is not the
   * input's fault (the database, a missing model, the video not in this worker's store, a stop) is
   * thrown for the queue to run the job again.
   */
  void run(long jobId) {
    Optional<UploadStore.Job> found = journal.uploads().job(jobId);
    if (found.isEmpty()) {
      LOG.warn("job {} is not in the journal: nothing to analyse", jobId);
      return;
    }
    UploadStore.Job job = found.get();
    if (job.status().equals(UploadStore.Job.DONE) || job.status().equals(UploadStore.Job.FAILED)) {
      return;
    }
    if (job.analysisId() != null) {
      // a try before this one saved the analysis, then stopped before it could say so
      journal.uploads().updateJob(job.id(), UploadStore.Job.DONE, 1.0, job.analysisId(), null);
      LOG.info("job {}: done before (analysis {}), not analysed again", job.id(), job.analysisId());
      return;
    }
    UploadStore.Video video =
        journal
            .uploads()
            .video(job.videoId())
            .orElseThrow(() -> new IllegalStateException("video " + job.videoId() + " is gone"));
    Path file = videos.path(video.sha256());
    if (!Files.isRegularFile(file)) {
      throw new HingeException(
          ErrorKind.ENVIRONMENT,
          "video "
              + video.sha256()
              + " is not in this worker's video directory "
              + videos.root()
              + ": workers must share the server's video directory");
    }
    journal.uploads().updateJob(job.id(), UploadStore.Job.RUNNING, 0, null, null);
    LOG.info("job {}: analysing {}", job.id(), video.sha256().substring(0, 12));
    try {
      double[] written = {0};
      AnalysisOptions options =
          analyses.options(
              OptionalDouble.empty(),
              job.loadKg() == null ? OptionalDouble.empty() : OptionalDouble.of(job.loadKg()),
              OptionalDouble.empty());
      VideoAnalyzer.Result result =
          analyzer.analyze(
              file,
              options,
              (stage, f) -> {
                if (Thread.currentThread().isInterrupted()) {
                  throw new Stopped();
                }
                double p = Math.min(0.99, f);
                if (p - written[0] >= PROGRESS_STEP) {
                  written[0] = p;
                  journal.uploads().updateJob(job.id(), UploadStore.Job.RUNNING, p, null, null);
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
                a,
                options.loadKg(),
                Optional.of(result.track()),
                frames::jpeg,
                Optional.of(file),
                saved ->
                    journal
                        .uploads()
                        .updateJob(job.id(), UploadStore.Job.RUNNING, 0.99, saved, null));
      }
      journal.uploads().updateJob(job.id(), UploadStore.Job.DONE, 1.0, id, null);
      LOG.info("job {}: done, analysis {}", job.id(), id);
    } catch (HingeException e) {
      if (transient_(e)) {
        throw e;
      }
      journal.uploads().updateJob(job.id(), UploadStore.Job.FAILED, 0, null, e.getMessage());
    } catch (Stopped e) {
      throw e;
    } catch (RuntimeException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw e;
      }
      // a defect, not the input's fault and not one that running again would mend
      LOG.error("job {} failed", job.id(), e);
      journal
          .uploads()
          .updateJob(
              job.id(),
              UploadStore.Job.FAILED,
              0,
              null,
              "internal error: " + e.getClass().getSimpleName());
    }
  }

  /** Failures that are not the input's: another try (later, or on another worker) may pass. */
  static boolean transient_(HingeException e) {
    return e.kind() == ErrorKind.STORAGE || e.kind() == ErrorKind.ENVIRONMENT;
  }

  /** Thrown out of an analysis when its worker is stopped: the job runs again later. */
  static final class Stopped extends RuntimeException {
    Stopped() {
      super("the worker running it was stopped", null, false, false);
    }
  }

  /** What this process's workers do with a job from the queue. */
  private final class Work implements AnalysisQueue.Work {
    @Override
    public void run(long jobId) {
      UploadedVideos.this.run(jobId);
    }

    @Override
    public void willRetry(long jobId, String why) {
      if (closed) {
        // stopping: the journal may be gone; the queue runs the job again on a later start
        return;
      }
      journal.uploads().requeue(jobId);
      LOG.warn("job {} will run again: {}", jobId, why);
    }

    @Override
    public void gaveUp(long jobId, String why) {
      if (closed) {
        return;
      }
      journal.uploads().updateJob(jobId, UploadStore.Job.FAILED, 0, null, why);
      LOG.error("job {} failed {} times: {}", jobId, AnalysisQueue.RETRIES + 1, why);
    }
  }

  /** Stops this process's workers (a job cut short runs again later) and lets the queue go. */
  @Override
  public void close() {
    closed = true;
    queue.close();
  }
}
