package dev.hinge.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Uploaded videos and their jobs, on SQLite and PostgreSQL. */
class UploadStoreTest extends StoreTestBase {
  static final String SHA = "ab".repeat(32);

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void theSameBytesAreOneVideoUnderTheFirstName(String kind) throws Exception {
    try (Journal j = open(kind)) {
      UploadStore.Video first = j.uploads().addVideo(SHA, 1234, "monday.mp4");
      UploadStore.Video again = j.uploads().addVideo(SHA, 1234, "tuesday.mp4");
      assertThat(again).isEqualTo(first);
      assertThat(j.uploads().video(first.id())).contains(first);
      assertThat(j.uploads().video(first.id() + 1)).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aJobMovesFromQueuedToDoneWithItsResult(String kind) throws Exception {
    try (Journal j = open(kind)) {
      UploadStore.Video v = j.uploads().addVideo(SHA, 1234, "set.mp4");
      UUID runner = UUID.randomUUID();
      UploadStore.Job job =
          j.uploads().createJob(v.id(), OptionalDouble.of(140), "tue.mp4", runner);
      assertThat(job.status()).isEqualTo(UploadStore.Job.QUEUED);
      assertThat(job.runnerId()).isEqualTo(runner.toString());
      assertThat(j.uploads().job(job.id())).contains(job);

      j.uploads().updateJob(job.id(), UploadStore.Job.RUNNING, 0.4, null, null);
      assertThat(j.uploads().jobs(UploadStore.Job.RUNNING))
          .singleElement()
          .satisfies(r -> assertThat(r.progress()).isEqualTo(0.4));
      long analysis =
          j.analyses().save(JournalTestSupport.setWithBarDriftOnRep2(), OptionalDouble.of(140));
      j.uploads().updateJob(job.id(), UploadStore.Job.DONE, 1.0, analysis, null);
      UploadStore.Job done = j.uploads().job(job.id()).orElseThrow();
      assertThat(done.status()).isEqualTo(UploadStore.Job.DONE);
      assertThat(done.analysisId()).isEqualTo(analysis);
      assertThat(done.loadKg()).isEqualTo(140.0);
      assertThat(done.uploadName()).isEqualTo("tue.mp4");
      assertThat(j.uploads().jobs(UploadStore.Job.RUNNING)).isEmpty();
      assertThat(j.uploads().job(job.id() + 1)).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aJobIsGivenItsQueueIdOnceAndJobsListOldestFirst(String kind) throws Exception {
    try (Journal j = open(kind)) {
      UploadStore.Video v = j.uploads().addVideo(SHA, 1234, "set.mp4");
      UUID runner = UUID.randomUUID();
      long a = j.uploads().createJob(v.id(), OptionalDouble.empty(), "a.mp4", runner).id();
      long b =
          j.uploads().createJob(v.id(), OptionalDouble.empty(), "b.mp4", UUID.randomUUID()).id();
      assertThat(j.uploads().jobs(UploadStore.Job.QUEUED))
          .extracting(UploadStore.Job::id)
          .containsExactly(a, b);
      // a job that has its id keeps it: assigning is for jobs from before the queue
      assertThat(j.uploads().assignRunner(a, UUID.randomUUID())).isEqualTo(runner.toString());
      j.uploads().updateJob(b, UploadStore.Job.FAILED, 0, null, "no person found");
      assertThat(j.uploads().job(b).orElseThrow().error()).isEqualTo("no person found");
    }
  }

  /** Writes to several stores in one transaction: all kept, or none when one fails. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void writesToSeveralStoresInOneTransactionAreKeptOrLostTogether(String kind) throws Exception {
    try (Journal j = open(kind)) {
      UploadStore.Video v = j.uploads().addVideo(SHA, 1234, "set.mp4");
      long job =
          j.uploads().createJob(v.id(), OptionalDouble.empty(), "a.mp4", UUID.randomUUID()).id();
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  j.inTransaction(
                      () -> {
                        long a =
                            j.analyses()
                                .save(
                                    JournalTestSupport.setWithBarDriftOnRep2(),
                                    OptionalDouble.empty());
                        j.uploads().updateJob(job, UploadStore.Job.RUNNING, 0.99, a, null);
                        throw new IllegalStateException("the worker stopped here");
                      }))
          .hasMessage("the worker stopped here");
      assertThat(j.analyses().list()).isEmpty();
      assertThat(j.uploads().job(job).orElseThrow().analysisId()).isNull();
      assertThat(j.uploads().job(job).orElseThrow().status()).isEqualTo(UploadStore.Job.QUEUED);
      long kept =
          j.inTransaction(
              () -> {
                long a =
                    j.analyses()
                        .save(JournalTestSupport.setWithBarDriftOnRep2(), OptionalDouble.empty());
                j.uploads().updateJob(job, UploadStore.Job.RUNNING, 0.99, a, null);
                return a;
              });
      assertThat(j.uploads().job(job).orElseThrow().analysisId()).isEqualTo(kept);
      // back in the queue, the saved analysis stays with the job
      j.uploads().requeue(job);
      assertThat(j.uploads().job(job).orElseThrow().status()).isEqualTo(UploadStore.Job.QUEUED);
      assertThat(j.uploads().job(job).orElseThrow().analysisId()).isEqualTo(kept);
    }
  }
}
