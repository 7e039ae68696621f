package dev.hinge.pose.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.core.HingeException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoRuntimeTest {
  @TempDir Path dir;
  final AtomicLong clock = new AtomicLong();

  /** A runtime whose every run takes {@code msPerRun} on the shared fake clock. */
  final class Fake implements InferenceRuntime {
    final String name;
    final double msPerRun;
    final boolean loads;
    int loaded;
    int runs;

    Fake(String name, double msPerRun, boolean loads) {
      this.name = name;
      this.msPerRun = msPerRun;
      this.loads = loads;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public TensorModel load(Path modelFile, int threads) {
      if (!loads) {
        throw HingeException.environment("no native library for " + name);
      }
      loaded++;
      return new TensorModel() {
        final FloatBuffer in = FloatBuffer.allocate(16);

        @Override
        public FloatBuffer input() {
          return in;
        }

        @Override
        public int[] inputShape() {
          return new int[] {1, 16};
        }

        @Override
        public void run() {
          runs++;
          clock.addAndGet((long) (msPerRun * 1e6));
        }

        @Override
        public int outputCount() {
          return 0;
        }

        @Override
        public int[] outputShape(int index) {
          throw new IndexOutOfBoundsException();
        }

        @Override
        public FloatBuffer output(int index) {
          throw new IndexOutOfBoundsException();
        }

        @Override
        public void close() {}
      };
    }
  }

  AutoRuntime auto(Fake a, Fake b) {
    return new AutoRuntime(a, b, dir.resolve("choice.properties"), "test-cpu", clock::get);
  }

  static final Path MODEL = Path.of("models", "pose_landmark_full.tflite");

  @Test
  void theFasterRuntimeGetsTheModelAndTheChoiceIsRemembered() throws Exception {
    Fake onnx = new Fake("onnx", 14, true);
    Fake tflite = new Fake("tflite", 10, true);
    AutoRuntime auto = auto(onnx, tflite);
    auto.load(MODEL, 2).run();
    assertThat(tflite.runs).isEqualTo(AutoRuntime.WARM_UP + AutoRuntime.TIMED + 1);
    assertThat(auto.name()).isEqualTo("auto: tflite");
    assertThat(Files.readString(dir.resolve("choice.properties")))
        .contains("pose_landmark_full|2|onnx|tflite|test-cpu=tflite");

    // a later process reads the choice and measures nothing
    Fake onnx2 = new Fake("onnx", 14, true);
    Fake tflite2 = new Fake("tflite", 10, true);
    auto(onnx2, tflite2).load(MODEL, 2);
    assertThat(onnx2.loaded).isZero();
    assertThat(tflite2.loaded).isEqualTo(1);
    assertThat(tflite2.runs).isZero();
  }

  @Test
  void aChoiceHoldsOnlyForTheSameThreadCount() {
    auto(new Fake("onnx", 14, true), new Fake("tflite", 10, true)).load(MODEL, 2);
    Fake onnx = new Fake("onnx", 8, true);
    Fake tflite = new Fake("tflite", 10, true);
    AutoRuntime auto = auto(onnx, tflite);
    auto.load(MODEL, 1);
    assertThat(onnx.runs).isEqualTo(AutoRuntime.WARM_UP + AutoRuntime.TIMED);
    assertThat(auto.name()).isEqualTo("auto: onnx");
    assertThat(onnx.loaded).as("measured, closed, loaded again to keep").isEqualTo(2);
  }

  @Test
  void aTieGoesToTheFirstRuntimeAndEachModelIsChosenOnItsOwn() {
    Fake onnx = new Fake("onnx", 10, true);
    Fake tflite = new Fake("tflite", 10, true);
    AutoRuntime auto = auto(onnx, tflite);
    auto.load(MODEL, 2);
    auto.load(Path.of("pose_detection.tflite"), 2);
    assertThat(auto.name()).isEqualTo("auto: onnx");
  }

  @Test
  void whenTheSecondRuntimeCannotLoadTheFirstServesAndNothingIsRemembered() {
    Fake onnx = new Fake("onnx", 14, true);
    AutoRuntime auto = auto(onnx, new Fake("tflite", 1, false));
    auto.load(MODEL, 2);
    assertThat(auto.name()).isEqualTo("auto: onnx");
    assertThat(dir.resolve("choice.properties")).doesNotExist();
  }

  @Test
  void anUnreadableChoiceFileIsMeasuredAgain() throws Exception {
    Files.writeString(dir.resolve("choice.properties"), "\\u12");
    Fake onnx = new Fake("onnx", 14, true);
    Fake tflite = new Fake("tflite", 10, true);
    auto(onnx, tflite).load(MODEL, 2);
    assertThat(tflite.runs).isEqualTo(AutoRuntime.WARM_UP + AutoRuntime.TIMED);
  }

  @Test
  void theChoicesForThisMachineCanBeListed() {
    new AutoRuntime(
            new Fake("onnx", 14, true),
            new Fake("tflite", 10, true),
            dir.resolve(AutoRuntime.FILE),
            AutoRuntime.machineKey(),
            clock::get)
        .load(MODEL, 2);
    new AutoRuntime(
            new Fake("onnx", 14, true),
            new Fake("tflite", 10, true),
            dir.resolve(AutoRuntime.FILE),
            "another machine",
            clock::get)
        .load(MODEL, 4);
    assertThat(AutoRuntime.remembered(dir))
        .containsExactly(java.util.Map.entry("pose_landmark_full, 2 threads", "tflite"));
  }

  @Test
  void beforeAnyModelTheNameSaysBothCandidates() {
    assertThat(auto(new Fake("onnx", 1, true), new Fake("tflite", 1, true)).name())
        .isEqualTo("auto (onnx or tflite, measured per model)");
  }
}
