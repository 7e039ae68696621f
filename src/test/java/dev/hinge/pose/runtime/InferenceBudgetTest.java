package dev.hinge.pose.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InferenceBudgetTest {
  @Test
  void oneAnalysisGetsTheCoresButOneAndAnalysesSideBySideShareThem() {
    assertThat(InferenceBudget.threadsFor(1, 1)).isEqualTo(1);
    assertThat(InferenceBudget.threadsFor(1, 2)).isEqualTo(1);
    assertThat(InferenceBudget.threadsFor(1, 4)).isEqualTo(3);
    assertThat(InferenceBudget.threadsFor(1, 16)).isEqualTo(4);
    assertThat(InferenceBudget.threadsFor(2, 4)).isEqualTo(1);
    assertThat(InferenceBudget.threadsFor(2, 9)).isEqualTo(4);
    assertThat(InferenceBudget.threadsFor(4, 9)).isEqualTo(2);
    assertThat(InferenceBudget.threadsFor(64, 2)).isEqualTo(1);
  }

  /** A model whose run takes a moment and counts how many runs overlap. */
  static final class Counting implements TensorModel {
    final AtomicInteger running;
    final AtomicInteger most;

    Counting(AtomicInteger running, AtomicInteger most) {
      this.running = running;
      this.most = most;
    }

    @Override
    public FloatBuffer input() {
      return FloatBuffer.allocate(1);
    }

    @Override
    public int[] inputShape() {
      return new int[] {1};
    }

    @Override
    public void run() {
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      running.decrementAndGet();
    }

    @Override
    public int outputCount() {
      return 0;
    }

    @Override
    public int[] outputShape(int index) {
      return new int[0];
    }

    @Override
    public FloatBuffer output(int index) {
      return FloatBuffer.allocate(0);
    }

    @Override
    public void close() {}
  }

  int mostAtOnce(int cores, int threadsEach, int analyses) throws Exception {
    InferenceBudget budget = new InferenceBudget(cores);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(analyses);
    try {
      List<Future<?>> all = new ArrayList<>();
      for (int a = 0; a < analyses; a++) {
        TensorModel m = budget.wrap(new Counting(running, most), threadsEach);
        all.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 25; i++) {
                    m.run();
                  }
                }));
      }
      for (Future<?> f : all) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(budget.available()).as("every permit given back").isEqualTo(cores);
    return most.get();
  }

  @Test
  void neverMoreInferenceThreadsBusyThanCores() throws Exception {
    assertThat(mostAtOnce(2, 1, 8)).isEqualTo(2);
    assertThat(mostAtOnce(2, 2, 8)).isEqualTo(1);
    assertThat(mostAtOnce(4, 3, 4)).isEqualTo(1);
    assertThat(mostAtOnce(4, 1, 6)).isBetween(2, 4);
    // a runtime asking for more threads than there are cores still gets to run
    assertThat(mostAtOnce(2, 8, 3)).isEqualTo(1);
  }
}
