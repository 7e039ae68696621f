package dev.hinge.web;

/** The server's limits, and what a request past one of them is told. */
final class Limits {
  private Limits() {}

  /** JSON bodies larger than this are refused (413). */
  static final long MAX_JSON_BYTES = 1 << 20;

  /**
   * The upload endpoint: a multipart body; every other endpoint that changes something reads JSON.
   */
  static final String VIDEOS = "/api/v1/videos";

  /** Room for the multipart framing and the form's other fields around the video. */
  static final long MULTIPART_OVERHEAD_BYTES = 1_000_000;

  /**
   * A connection that sends nothing for this long is closed: a body shorter than its
   * Content-Length, or a client gone quiet, frees its thread in seconds. A phone on a slow network
   * still sends something every few hundred milliseconds.
   */
  static final long IDLE_TIMEOUT_MS = 5_000;

  /** Request threads: stalled bodies hold one each until the idle timeout. */
  static final int MAX_THREADS = 200;

  /** What a 413 says: the cap of the endpoint asked, uploads' ({@code uploadCap} > 0) or JSON's. */
  static String tooLarge(String path, long uploadCap) {
    if (VIDEOS.equals(path) && uploadCap > 0) {
      return "the upload is larger than the limit of "
          + uploadCap
          + " bytes (hinge serve --max-upload-mb)";
    }
    return "the request body is larger than "
        + MAX_JSON_BYTES
        + " bytes, the limit for JSON bodies";
  }
}
