package dev.hinge.pose.runtime;

import java.nio.FloatBuffer;
import java.util.concurrent.Semaphore;

/**
 * One inference budget for the whole JVM: at most as many inference threads busy at once as the
 * machine has cores, whatever number of analyses run side by side (upload jobs, {@code hinge bench
 * --concurrent}). Each model run takes as many permits as its runtime has threads and gives them
 * back when it returns, so analyses take turns on the cores instead of oversubscribing them (their
 * pools then wait, and a waiting pool that spins only burns the time it spins).
 *
 * <p>The inference threads of one analysis: {@link #threadsFor(int)}, one core left to decoding and
 * colour conversion, which run on their own thread at the same time.
 */
public final class InferenceBudget {
  private static final InferenceBudget SHARED =
      new InferenceBudget(Runtime.getRuntime().availableProcessors());

  private final int cores;
  private final Semaphore permits;

  InferenceBudget(int cores) {
    this.cores = Math.max(1, cores);
    this.permits = new Semaphore(this.cores, true);
  }

  /** The JVM's budget: its permits are this machine's cores. */
  public static InferenceBudget shared() {
    return SHARED;
  }

  /**
   * Inference threads for each of {@code analyses} analyses running at once on this machine: the
   * cores but one (decoding runs beside inference), shared out, at least 1 and at most 4 (beyond 4
   * the models gain little).
   */
  public static int threadsFor(int analyses) {
    return threadsFor(analyses, Runtime.getRuntime().availableProcessors());
  }

  static int threadsFor(int analyses, int cores) {
    return Math.max(1, Math.min(4, (cores - 1) / Math.max(1, analyses)));
  }

  /** {@code model} run within this budget with {@code threads} permits. */
  public TensorModel wrap(TensorModel model, int threads) {
    return new Budgeted(model, Math.max(1, Math.min(threads, cores)), permits);
  }

  /** Permits free now (for tests). */
  int available() {
    return permits.availablePermits();
  }

  private record Budgeted(TensorModel model, int threads, Semaphore permits)
      implements TensorModel {
    @Override
    public FloatBuffer input() {
      return model.input();
    }

    @Override
    public int[] inputShape() {
      return model.inputShape();
    }

    @Override
    public void run() {
      permits.acquireUninterruptibly(threads);
      try {
        model.run();
      } finally {
        permits.release(threads);
      }
    }

    @Override
    public int outputCount() {
      return model.outputCount();
    }

    @Override
    public int[] outputShape(int index) {
      return model.outputShape(index);
    }

    @Override
    public FloatBuffer output(int index) {
      return model.output(index);
    }

    @Override
    public int outputWithShape(int... shape) {
      return model.outputWithShape(shape);
    }

    @Override
    public void close() {
      model.close();
    }
  }
}
