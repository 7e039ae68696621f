package dev.hinge.jobs;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.lambdas.JobRequestHandler;

/**
 * Runs a queued {@link AnalyseUpload} on a worker. A failure that is not the input's (the database
 * went away, the worker was stopped or killed) is thrown to the queue, which runs the job again
 * after a growing pause ({@link AnalysisQueue#RETRIES} times, 3, 9, 27… s apart).
 */
public final class AnalyseUploadHandler implements JobRequestHandler<AnalyseUpload> {
  private final AnalysisQueue.Work work;

  AnalyseUploadHandler(AnalysisQueue.Work work) {
    this.work = work;
  }

  @Override
  @Job(name = "Analyse upload %0", retries = AnalysisQueue.RETRIES)
  public void run(AnalyseUpload request) {
    work.run(request.jobId());
  }
}
