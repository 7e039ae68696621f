package dev.hinge.bench;

import dev.hinge.journal.Journal;
import dev.hinge.pipeline.Analysis;
import dev.hinge.pipeline.AnalysisOptions;
import dev.hinge.pipeline.AnalysisPipeline;
import dev.hinge.triage.CheckInParser;
import dev.hinge.triage.TrainingContext;
import dev.hinge.triage.TriageEngine;
import dev.hinge.web.WebServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The API under load, on demand ({@code hinge bench api}): a server on loopback over a journal of
 * 30 analysed sets and 30 check-ins, and many clients asking for the non-analysis endpoints at
 * once. Reports latency percentiles; the target is p99 ≤ 50 ms at 100 clients. The clients are <a
 * href="https://github.com/wg/wrk">wrk</a> when it is installed (Debian package {@code wrk}); a
 * load generator inside the same JVM takes half of a 2-core machine itself and measures mostly its
 * own threads, so without wrk the figure is an upper bound and says so.
 */
public final class ApiLoad {
  /** The figures of one run. */
  public record Result(
      String client,
      int clients,
      double seconds,
      long requests,
      long errors,
      double p50Ms,
      double p90Ms,
      double p99Ms,
      double maxMs) {
    public double perSecond() {
      return requests / seconds;
    }
  }

  static final List<String> PATHS =
      List.of(
          "/api/v1/analyses",
          "/api/v1/checkins",
          "/api/v1/sessions",
          "/api/v1/analyses/1",
          "/api/v1/checkins/questions",
          "/api/v1/sets");

  private ApiLoad() {}

  public static Result run(int clients, double seconds, double warmupSeconds) throws Exception {
    Path dir = Files.createTempDirectory("hinge-api-load");
    try (Journal j = Journal.open(dir.resolve("journal.db").toString())) {
      seed(j);
      try (WebServer s = WebServer.start(j, "127.0.0.1", 0, Optional.empty())) {
        String base = "http://127.0.0.1:" + s.port();
        for (String path : PATHS) {
          HttpURLConnection c =
              (HttpURLConnection) URI.create(base + path).toURL().openConnection();
          if (c.getResponseCode() != 200) {
            throw new IllegalStateException(path + " answers " + c.getResponseCode());
          }
          c.getInputStream().transferTo(OutputStream.nullOutputStream());
        }
        Optional<Path> wrk = onPath("wrk");
        if (wrk.isPresent()) {
          wrk(wrk.get(), base, clients, warmupSeconds, dir);
          return wrk(wrk.get(), base, clients, seconds, dir);
        }
        load(base, clients, warmupSeconds, false);
        return load(base, clients, seconds, true);
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void seed(Journal j) {
    Analysis a = AnalysisPipeline.analyze(AnalysisBench.track(0.5, 30, 7), AnalysisOptions.NONE);
    String answers =
        "{\"age\":30,\"sex\":\"male\",\"hoursSinceTraining\":30,\"onset\":\"after_session\","
            + "\"suddenSharpOnset\":false,\"areas\":[\"hamstrings\",\"glutes\"],\"side\":\"both\","
            + "\"pain\":4,\"character\":[\"aching\"],\"leg\":{\"painBelowKnee\":false,"
            + "\"sides\":\"none\",\"numbness\":false,\"weakness\":\"none\",\"footDrop\":false},"
            + "\"redFlags\":"
            + redFlagsNo()
            + ",\"trend\":\"same\",\"daysSinceOnset\":1,\"easesWithMovement\":true,"
            + "\"canWalkNormally\":true,\"previousEpisodes\":0}";
    var result = new TriageEngine().evaluate(CheckInParser.parse(answers), TrainingContext.none());
    for (int i = 0; i < 30; i++) {
      j.analyses().save(a, OptionalDouble.of(100 + 5 * i));
      j.checkIns().save(answers, result);
    }
  }

  static Optional<Path> onPath(String program) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path p = Path.of(d, program);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** wrk, closed loop over the same paths, its latency distribution parsed. */
  private static Result wrk(Path wrk, String base, int clients, double seconds, Path dir)
      throws Exception {
    Path script = dir.resolve("paths.lua");
    StringBuilder lua = new StringBuilder("local paths = {");
    for (String p : PATHS) {
      lua.append('"').append(p).append("\",");
    }
    lua.append(
        "}\nlocal i = 0\nrequest = function()\n  i = i + 1\n"
            + "  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
    Files.writeString(script, lua);
    Process p =
        new ProcessBuilder(
                wrk.toString(),
                "-t" + Math.min(2, Runtime.getRuntime().availableProcessors()),
                "-c" + clients,
                "-d" + Math.max(1, Math.round(seconds)) + "s",
                "--latency",
                "-s",
                script.toString(),
                base)
            .redirectErrorStream(true)
            .start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("wrk failed: " + out);
    }
    return new Result(
        "wrk",
        clients,
        seconds,
        (long) wrkNumber(out, "(\\d+) requests in"),
        (long) wrkNumberOr(out, "Non-2xx or 3xx responses: (\\d+)", 0),
        wrkMs(out, "50%"),
        wrkMs(out, "90%"),
        wrkMs(out, "99%"),
        wrkMsMax(out));
  }

  private static double wrkNumber(String out, String regex) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("no '" + regex + "' in wrk's output: " + out);
    }
    return Double.parseDouble(m.group(1));
  }

  private static double wrkNumberOr(String out, String regex, double fallback) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(out);
    return m.find() ? Double.parseDouble(m.group(1)) : fallback;
  }

  private static double wrkMs(String out, String pct) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\s" + pct + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("no " + pct + " latency in wrk's output: " + out);
    }
    return toMs(Double.parseDouble(m.group(1)), m.group(2));
  }

  private static double wrkMsMax(String out) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "Latency\\s+[0-9.]+(?:us|ms|s)\\s+[0-9.]+(?:us|ms|s)\\s+([0-9.]+)(us|ms|s)")
            .matcher(out);
    return m.find() ? toMs(Double.parseDouble(m.group(1)), m.group(2)) : Double.NaN;
  }

  private static double toMs(double v, String unit) {
    return switch (unit) {
      case "us" -> v / 1000;
      case "s" -> v * 1000;
      default -> v;
    };
  }

  private static String redFlagsNo() {
    StringBuilder b = new StringBuilder("{");
    for (var f : dev.hinge.triage.Vocabulary.RedFlag.values()) {
      b.append(b.length() > 1 ? "," : "").append('"').append(f.field()).append("\":false");
    }
    return b.append('}').toString();
  }

  /**
   * Closed loop: each client sends its next request when the last answer has arrived. Blocking
   * HttpURLConnection with keep-alive, one connection per client thread: java.net.http's single
   * selector thread, not the server, was the bottleneck.
   */
  private static Result load(String base, int clients, double seconds, boolean measure)
      throws Exception {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    AtomicLong errors = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[]>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures.add(
          pool.submit(
              () -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                int i = client;
                while (System.nanoTime() < end) {
                  URL url = URI.create(base + PATHS.get(i++ % PATHS.size())).toURL();
                  long t0 = System.nanoTime();
                  HttpURLConnection conn = (HttpURLConnection) url.openConnection();
                  int status = conn.getResponseCode();
                  try (InputStream in =
                      status >= 400 ? conn.getErrorStream() : conn.getInputStream()) {
                    if (in != null) {
                      in.transferTo(OutputStream.nullOutputStream());
                    }
                  }
                  long dt = System.nanoTime() - t0;
                  if (status >= 500) {
                    errors.incrementAndGet();
                  }
                  if (n == lat.length) {
                    lat = Arrays.copyOf(lat, n * 2);
                  }
                  lat[n++] = dt;
                }
                return Arrays.copyOf(lat, n);
              }));
    }
    long[] all = new long[0];
    for (Future<long[]> f : futures) {
      long[] l = f.get();
      long[] merged = Arrays.copyOf(all, all.length + l.length);
      System.arraycopy(l, 0, merged, all.length, l.length);
      all = merged;
    }
    pool.shutdown();
    Arrays.sort(all);
    if (!measure || all.length == 0) {
      return null;
    }
    return new Result(
        "in-process (no wrk on PATH: an upper bound, the clients share the cores)",
        clients,
        seconds,
        all.length,
        errors.get(),
        pct(all, 0.50),
        pct(all, 0.90),
        pct(all, 0.99),
        all[all.length - 1] / 1e6);
  }

  private static double pct(long[] sorted, double q) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
  }
}
