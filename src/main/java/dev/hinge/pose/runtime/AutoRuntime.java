package dev.hinge.pose.runtime;

import dev.hinge.core.AtomicFiles;
import dev.hinge.core.HingeException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.StringJoiner;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --runtime auto} where both runtimes run: each model goes to whichever is faster on this
 * machine, measured once and remembered. Neither runtime wins everywhere: on one 2-core VM ONNX
 * Runtime ran the full landmark model 1.5× faster than TensorFlow Lite, on another TensorFlow Lite
 * was 1.2× faster (docs/perception.md), and their outputs agree to 0.02 px ({@code OrtRuntimeIT}),
 * so only speed is at stake. The measurement (a few warm-up runs, then the median of a dozen on the
 * model's own input size) takes 0.1 to 1 s per model, once per model, thread count, CPU and runtime
 * versions: it is kept in {@code runtime-choice.properties} in the cache directory.
 */
public final class AutoRuntime implements InferenceRuntime {
  private static final Logger LOG = LoggerFactory.getLogger(AutoRuntime.class);
  static final int WARM_UP = 3;
  static final int TIMED = 12;
  static final String FILE = "runtime-choice.properties";

  private final InferenceRuntime first;
  private final InferenceRuntime second;
  private final Path choiceFile;
  private final String machine;
  private final LongSupplier clock;
  private final Map<String, String> used = new LinkedHashMap<>();

  /** ONNX Runtime and TensorFlow Lite, choices kept in {@code cacheDir}. */
  public AutoRuntime(InferenceRuntime onnx, InferenceRuntime tflite, Path cacheDir) {
    this(onnx, tflite, cacheDir.resolve(FILE), machineKey(), System::nanoTime);
  }

  AutoRuntime(
      InferenceRuntime first,
      InferenceRuntime second,
      Path choiceFile,
      String machine,
      LongSupplier clock) {
    this.first = first;
    this.second = second;
    this.choiceFile = choiceFile;
    this.machine = machine;
    this.clock = clock;
  }

  @Override
  public synchronized String name() {
    if (used.isEmpty()) {
      return "auto (" + first.name() + " or " + second.name() + ", measured per model)";
    }
    if (used.values().stream().distinct().count() == 1) {
      return "auto: " + used.values().iterator().next();
    }
    StringJoiner sj = new StringJoiner(", ", "auto: ", "");
    used.forEach((model, runtime) -> sj.add(model + " on " + runtime));
    return sj.toString();
  }

  @Override
  public synchronized TensorModel load(Path modelFile, int threads) {
    String model = modelFile.getFileName().toString().replaceFirst("\\.tflite$", "");
    String key = model + "|" + threads + "|" + first.name() + "|" + second.name() + "|" + machine;
    Properties known = read();
    String remembered = known.getProperty(key);
    InferenceRuntime pick =
        second.name().equals(remembered) ? second : first.name().equals(remembered) ? first : null;
    if (pick == null) {
      return measure(modelFile, threads, model, key, known);
    }
    used.put(model, pick.name());
    return pick.load(modelFile, threads);
  }

  private TensorModel measure(
      Path modelFile, int threads, String model, String key, Properties known) {
    // one at a time, so that peak memory holds a single copy of the model
    double msA;
    try (TensorModel a = first.load(modelFile, threads)) {
      msA = medianMs(a);
    }
    TensorModel b;
    try {
      b = second.load(modelFile, threads);
    } catch (HingeException | UnsatisfiedLinkError e) {
      LOG.info("{} cannot run {} here ({}); using {}", second.name(), model, e, first.name());
      used.put(model, first.name());
      return first.load(modelFile, threads);
    }
    double msB = medianMs(b);
    boolean secondWins = msB < msA;
    InferenceRuntime winner = secondWins ? second : first;
    LOG.info(
        String.format(
            Locale.ROOT,
            "pose runtime for %s: %s %.1f ms, %s %.1f ms a run with %d threads on this machine;"
                + " using %s (remembered in %s)",
            model,
            first.name(),
            msA,
            second.name(),
            msB,
            threads,
            winner.name(),
            choiceFile));
    known.setProperty(key, winner.name());
    write(known);
    used.put(model, winner.name());
    if (secondWins) {
      return b;
    }
    b.close();
    return first.load(modelFile, threads);
  }

  /** Median wall time of a run, ms, on a fixed smooth input, after {@link #WARM_UP} runs. */
  double medianMs(TensorModel m) {
    FloatBuffer in = m.input();
    for (int i = 0; i < in.capacity(); i++) {
      in.put(i, (float) (0.5 + 0.5 * Math.sin(i * 0.01)));
    }
    for (int i = 0; i < WARM_UP; i++) {
      m.run();
    }
    double[] ms = new double[TIMED];
    for (int i = 0; i < TIMED; i++) {
      long t0 = clock.getAsLong();
      m.run();
      ms[i] = (clock.getAsLong() - t0) / 1e6;
    }
    Arrays.sort(ms);
    return ms[TIMED / 2];
  }

  private Properties read() {
    return read(choiceFile);
  }

  private static Properties read(Path file) {
    Properties p = new Properties();
    try {
      if (Files.isRegularFile(file)) {
        p.load(new StringReader(Files.readString(file)));
      }
    } catch (IOException | IllegalArgumentException e) {
      LOG.debug("ignoring unreadable {}: {}", file, e.toString());
    }
    return p;
  }

  private void write(Properties p) {
    try {
      AtomicFiles.write(
          choiceFile,
          out -> p.store(out, "Hinge: the faster pose runtime per model on this machine"));
    } catch (java.io.UncheckedIOException e) {
      LOG.warn("cannot remember the runtime choice in {}: {}", choiceFile, e.getMessage());
    }
  }

  /**
   * The choices remembered in {@code cacheDir} for this machine, "model, N threads" → runtime name,
   * sorted by model.
   */
  public static Map<String, String> remembered(Path cacheDir) {
    Map<String, String> out = new java.util.TreeMap<>();
    Properties p = read(cacheDir.resolve(FILE));
    String suffix = "|" + machineKey();
    for (String key : p.stringPropertyNames()) {
      String[] parts = key.split("\\|", 3);
      if (key.endsWith(suffix) && parts.length == 3) {
        out.put(parts[0] + ", " + parts[1] + " threads", p.getProperty(key));
      }
    }
    return out;
  }

  /** What makes a measurement valid: the CPU, its core count and the OS. */
  static String machineKey() {
    String cpu = "";
    try {
      Path info = Path.of("/proc/cpuinfo");
      if (Files.isReadable(info)) {
        cpu =
            Files.readAllLines(info).stream()
                .filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim())
                .findFirst()
                .orElse("");
      }
    } catch (IOException | RuntimeException e) {
      cpu = "";
    }
    return System.getProperty("os.name")
        + "/"
        + System.getProperty("os.arch")
        + "/"
        + Runtime.getRuntime().availableProcessors()
        + "/"
        + cpu;
  }
}
