package dev.hinge.web;

import dev.hinge.core.HingeException;
import dev.hinge.journal.Journal;
import dev.hinge.journal.ReportStore;
import dev.hinge.journal.VideoStore;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.VideoAnalyzer;
import dev.hinge.pose.VideoInfo;
import dev.hinge.report.HtmlReport;
import dev.hinge.video.VideoKeyFrames;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs uploaded videos' analyses in the background. Jobs live in the journal, so a restart loses
 * none: on start, jobs that were running are queued again and every queued job is run.
 */
final class JobRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

  /** Progress is written to the journal in steps of this much (not on every frame). */
  static final double PROGRESS_STEP = 0.02;

  private final Journal journal;
  private final VideoStore videos;
  private final VideoAnalyzer analyzer;
  private final ExecutorService pool;
  private final Optional<ReportStore> reports;

  JobRunner(
      Journal journal,
      VideoStore videos,
      VideoAnalyzer analyzer,
      int workers,
      Optional<ReportStore> reports) {
    this.journal = journal;
    this.reports = reports;
    this.videos = videos;
    this.analyzer = analyzer;
    this.pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "hinge-analysis");
              t.setDaemon(true);
              return t;
            });
  }

  /** Re-queues the jobs a previous run left running, and submits every queued job. */
  void resume() {
    for (Journal.Job j : journal.jobs(Journal.Job.RUNNING)) {
      journal.updateJob(j.id(), Journal.Job.QUEUED, 0, null, null);
      LOG.info("job {} was interrupted by a restart: queued again", j.id());
    }
    for (Journal.Job j : journal.jobs(Journal.Job.QUEUED)) {
      submit(j);
    }
  }

  void submit(Journal.Job job) {
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
      // the lifter's height sets the scale, the body mass the back-load estimate
      Journal.Profile profile = journal.profile();
      AnalysisOptions options =
          new AnalysisOptions(
              profile.heightCm(),
              job.loadKg() == null ? OptionalDouble.empty() : OptionalDouble.of(job.loadKg()),
              profile.bodyMassKg());
      VideoAnalyzer.Result result =
          analyzer.analyze(
              videos.path(video.sha256()),
              options,
              (stage, f) -> {
                double p = Math.min(0.99, f);
                if (p - written[0] >= PROGRESS_STEP) {
                  written[0] = p;
                  journal.updateJob(job.id(), Journal.Job.RUNNING, p, null, null);
                }
              });
      // the stored file is named by its hash: the report shows the name the lifter uploaded
      // the name it was sent under this time: the same bytes may come back under another name
      Analysis a =
          withVideoName(
              result.analysis(),
              job.uploadName() != null ? job.uploadName() : video.originalName());
      long id = journal.saveAnalysis(a, options.loadKg());
      Path file = videos.path(video.sha256());
      reports.ifPresent(
          r ->
              r.write(
                  id,
                  out -> {
                    try (VideoKeyFrames frames = new VideoKeyFrames(file)) {
                      HtmlReport.write(a, Optional.of(result.track()), frames::jpeg, out);
                    }
                  }));
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

  static Analysis withVideoName(Analysis a, String name) {
    VideoInfo v = a.video();
    return new Analysis(
        new VideoInfo(name, v.width(), v.height(), v.fps(), v.rotation(), v.durationMs()),
        a.kinematics(),
        a.reps(),
        a.set(),
        a.warnings(),
        a.skipped(),
        a.topFixes());
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
