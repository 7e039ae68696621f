package dev.hinge.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.hinge.app.UploadedVideos;
import dev.hinge.core.HingeException;
import dev.hinge.jobs.AnalysisQueue;
import dev.hinge.journal.UploadStore;
import dev.hinge.journal.VideoStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Video uploads and the background jobs that analyse them. */
final class VideosApi {
  /** A job: its status, progress 0–1, and, when done or failed, the analysis or the error. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Job(long id, String status, double progress, long videoId, Long analysisId, String error) {
    static Job of(UploadStore.Job j) {
      return new Job(
          j.id(),
          j.status(),
          Math.round(j.progress() * 1000) / 1000.0,
          j.videoId(),
          j.analysisId(),
          j.error());
    }
  }

  record Accepted(long id, String status, long videoId) {}

  /** A process running analyses on this server's queue, as it last reported itself. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Worker(String name, int threads, String started, String lastSeen, boolean running) {
    static Worker of(AnalysisQueue.Worker w) {
      return new Worker(
          w.name(),
          w.threads(),
          w.started() == null ? null : w.started().toString(),
          w.lastHeartbeat() == null ? null : w.lastHeartbeat().toString(),
          w.running());
    }
  }

  private final Optional<UploadedVideos> uploads;

  VideosApi(Optional<UploadedVideos> uploads) {
    this.uploads = uploads;
  }

  void routes(Javalin app) {
    app.post(Limits.VIDEOS, this::upload);
    app.get("/api/v1/jobs/{id}", ctx -> ctx.json(Job.of(videos().job(Ids.of(ctx)))));
    app.get(
        "/api/v1/workers", ctx -> ctx.json(videos().workers().stream().map(Worker::of).toList()));
  }

  private UploadedVideos videos() {
    return uploads.orElseThrow(
        () ->
            HingeException.environment(
                "this server does not analyse uploads (started without the pose pipeline)"));
  }

  private void upload(Context ctx) throws IOException {
    UploadedVideos u = videos();
    // refused before a byte of it is read when it says it is too large
    if (ctx.req().getContentLengthLong() > u.maxBytes() + Limits.MULTIPART_OVERHEAD_BYTES) {
      throw new VideoStore.TooLargeException(u.maxBytes());
    }
    UploadedFile file = file(ctx, u);
    if (file == null) {
      throw HingeException.invalidInput(
          "no field 'file' in the upload (fields found: " + ctx.uploadedFileMap().keySet() + ")");
    }
    UploadedVideos.Accepted a;
    try (InputStream in = file.content()) {
      a = u.accept(in, file.filename(), ctx.formParam("loadKg"));
    }
    ctx.header("Location", "/api/v1/jobs/" + a.jobId())
        .status(202)
        .json(new Accepted(a.jobId(), a.status(), a.videoId()));
  }

  private static UploadedFile file(Context ctx, UploadedVideos u) {
    try {
      return ctx.uploadedFile("file");
    } catch (IllegalStateException e) {
      // Jetty refuses a multipart body past the configured sizes
      throw new VideoStore.TooLargeException(u.maxBytes());
    } catch (Exception e) { // Javalin (Kotlin) throws the servlet's IOException unchecked
      RuntimeException r = Bodies.unreadable(e);
      if (r instanceof HttpRefusal h && h.status() == 400) {
        throw HingeException.invalidInput(
            "the upload is not a well-formed multipart/form-data body: "
                + Bodies.oneLine(Bodies.ioFailure(e).orElseThrow()));
      }
      throw r;
    }
  }
}
