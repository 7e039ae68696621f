package dev.hinge.jobs;

import dev.hinge.core.ErrorKind;
import dev.hinge.core.HingeException;
import dev.hinge.journal.Journal;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.filters.ApplyStateFilter;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.jobs.states.JobState;
import org.jobrunr.jobs.states.ScheduledState;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.server.JobActivator;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.sql.postgres.PostgresStorageProvider;
import org.jobrunr.storage.sql.sqlite.SqLiteStorageProvider;
import org.jobrunr.utils.mapper.jackson.JacksonJsonMapper;

/**
 * The queue of upload analyses on JobRunr, in the journal's own database. Every process that opens
 * the journal can {@link #enqueue} (the web server) and, with {@link #startWorkers}, run queued
 * analyses (the server itself, and {@code hinge worker} on other machines). JobRunr hands each job
 * to one worker at a time (optimistic locking on the job's version), watches the workers'
 * heartbeats and gives the job of a worker that stopped beating (killed, powered off) to another
 * after {@link #SERVER_TIMEOUT}.
 */
public final class AnalysisQueue implements AutoCloseable {
  /**
   * How often a worker looks for queued jobs and reports itself: JobRunr's smallest on a database.
   */
  public static final Duration POLL = Duration.ofSeconds(5);

  /** A worker silent this long is taken for dead and its job given to another: 4 polls. */
  public static final Duration SERVER_TIMEOUT = POLL.multipliedBy(4);

  /**
   * Times a job that failed for a reason not its own (database, worker stopped or killed) is run
   * again, 3, 9, 27 and 81 s after. A video that cannot be analysed fails once and is not retried.
   */
  public static final int RETRIES = 4;

  /** What the workers do with a job; given by the use cases. */
  public interface Work {
    /**
     * Analyses the upload of journal job {@code jobId}. Returns when the job is over, done or
     * failed for a reason of its own (bad input); throws to have the queue run it again later.
     */
    void run(long jobId);

    /** The job failed for a reason not its own and will run again: {@code why}. */
    void willRetry(long jobId, String why);

    /** The job failed for a reason not its own as many times as it may: {@code why}. */
    void gaveUp(long jobId, String why);
  }

  /** A process that runs analyses, as it last reported itself. */
  public record Worker(
      String name, int threads, Instant started, Instant lastHeartbeat, boolean running) {}

  private final StorageProvider storage;
  private final JacksonJsonMapper json;
  private final JobRequestScheduler scheduler;
  private BackgroundJobServer server;

  private AnalysisQueue(StorageProvider storage, JacksonJsonMapper json) {
    this.storage = storage;
    this.json = json;
    this.scheduler = new JobRequestScheduler(storage);
  }

  /**
   * The queue in {@code journal}'s database, its tables made or migrated on first use (on
   * PostgreSQL, in the journal's own schema).
   *
   * @throws HingeException STORAGE when the database refuses
   */
  public static AnalysisQueue open(Journal journal) {
    JacksonJsonMapper json = new JacksonJsonMapper();
    try {
      StorageProvider storage =
          journal.postgres()
              ? new PostgresStorageProvider(journal.dataSource(), journal.schema() + ".")
              : new SqLiteStorageProvider(journal.dataSource());
      storage.setJobMapper(new JobMapper(json));
      return new AnalysisQueue(storage, json);
    } catch (RuntimeException e) {
      throw new HingeException(
          ErrorKind.STORAGE,
          "cannot open the job queue in " + journal.description() + ": " + root(e),
          e);
    }
  }

  /**
   * Queues the analysis of journal job {@code jobId} under {@code runnerId}. Queuing the same
   * {@code runnerId} again does nothing, so a job is never queued twice.
   */
  public void enqueue(UUID runnerId, long jobId) {
    scheduler.enqueue(runnerId, new AnalyseUpload(jobId));
    BackgroundJobServer s;
    synchronized (this) {
      s = server;
    }
    if (s != null) {
      // this process's idle workers look for the job now rather than at their next poll (up to
      // 5 s away): JobRunr onboards new work whenever a worker turns idle, so one is reported
      // taken and given back (the count of busy workers is unchanged after)
      s.getJobSteward().notifyThreadOccupied();
      s.getJobSteward().notifyThreadIdle();
    }
  }

  /**
   * Starts {@code threads} workers in this process, reporting themselves as {@code role} on this
   * host, doing {@code work} with each job.
   */
  public synchronized void startWorkers(int threads, String role, Work work) {
    if (server != null) {
      throw new IllegalStateException("workers already started");
    }
    BackgroundJobServerConfiguration config =
        BackgroundJobServerConfiguration.usingStandardBackgroundJobServerConfiguration()
            .andName(name(role))
            .andWorkerCount(threads)
            .andPollInterval(POLL)
            // a job cut short by a stop runs again on the next start or elsewhere: no need to wait
            .andInterruptJobsAwaitDurationOnStopBackgroundJobServer(Duration.ofSeconds(2));
    JobActivator activator =
        new JobActivator() {
          @Override
          public <T> T activateJob(Class<T> type) {
            return type == AnalyseUploadHandler.class
                ? type.cast(new AnalyseUploadHandler(work))
                : null;
          }
        };
    BackgroundJobServer s = new BackgroundJobServer(storage, json, activator, config);
    s.setJobFilters(List.of(new Outcomes(work)));
    s.start();
    server = s;
  }

  /** The processes that run analyses on this queue, as they last reported themselves. */
  public List<Worker> workers() {
    return storage.getBackgroundJobServers().stream()
        .map(
            s ->
                new Worker(
                    s.getName(),
                    s.getWorkerPoolSize(),
                    s.getFirstHeartbeat(),
                    s.getLastHeartbeat(),
                    s.isRunning()))
        .toList();
  }

  /** Stops this process's workers (their jobs run again later) and lets the database go. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop();
      server = null;
    }
    storage.close();
  }

  /** "role on host (pid N)": how a worker shows in the list. */
  static String name(String role) {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      host = "localhost";
    }
    return role + " on " + host + " (pid " + ManagementFactory.getRuntimeMXBean().getPid() + ")";
  }

  private static String root(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** Tells the journal what the queue decided after a failure: run again later, or give up. */
  private static final class Outcomes implements ApplyStateFilter {
    private final Work work;

    Outcomes(Work work) {
      this.work = work;
    }

    @Override
    public void onStateApplied(Job job, JobState oldState, JobState newState) {
      if (!(newState instanceof FailedState failed)
          || job.getJobDetails().getJobParameters().isEmpty()
          || !(job.getJobDetails().getJobParameters().get(0).getObject()
              instanceof AnalyseUpload upload)) {
        return;
      }
      String why = why(failed);
      // the retry filter runs first: a job it gave a retry ends in SCHEDULED
      if (job.getJobState() instanceof ScheduledState) {
        work.willRetry(upload.jobId(), why);
      } else {
        work.gaveUp(upload.jobId(), why);
      }
    }

    private static String why(FailedState f) {
      String m = f.getExceptionMessage();
      if (m == null || m.isBlank()) {
        m = f.getMessage();
      }
      return m == null ? f.getExceptionType() : m;
    }
  }
}
