package dev.hinge.jobs;

import org.jobrunr.jobs.lambdas.JobRequest;

/**
 * The queued request: analyse the upload whose journal job is {@code jobId}. Only the id is queued;
 * everything else (the video, the load) is read from the journal when the job runs.
 */
public record AnalyseUpload(long jobId) implements JobRequest {
  @Override
  public Class<AnalyseUploadHandler> getJobRequestHandler() {
    return AnalyseUploadHandler.class;
  }
}
