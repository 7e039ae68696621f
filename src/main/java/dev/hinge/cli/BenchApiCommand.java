package dev.hinge.cli;

import dev.hinge.bench.ApiLoad;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hinge bench api}: the REST API's latency under many concurrent clients. */
@Command(
    name = "api",
    mixinStandardHelpOptions = true,
    description =
        "Load-test the REST API on loopback (non-analysis endpoints, a seeded temporary journal):"
            + " latency percentiles; target p99 <= 50 ms at 100 clients.")
final class BenchApiCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--clients",
      defaultValue = "100",
      description = "concurrent clients (default 100)")
  int clients;

  @Option(names = "--seconds", defaultValue = "10", description = "measured seconds (default 10)")
  double seconds;

  @Option(names = "--warmup", defaultValue = "3", description = "warm-up seconds (default 3)")
  double warmup;

  @Override
  public Integer call() throws Exception {
    ApiLoad.Result r = ApiLoad.run(clients, seconds, warmup);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "api: %d clients (%s), %.0f s: %d requests (%.0f/s), %d errors; latency p50 %.1f ms, p90"
            + " %.1f ms, p99 %.1f ms, max %.1f ms (target p99 <= 50 ms); %s, %d cores%n",
        r.clients(),
        r.client(),
        r.seconds(),
        r.requests(),
        r.perSecond(),
        r.errors(),
        r.p50Ms(),
        r.p90Ms(),
        r.p99Ms(),
        r.maxMs(),
        System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors());
    out.flush();
    return r.errors() == 0 ? ExitCodes.OK : 1;
  }
}
