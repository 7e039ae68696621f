package dev.hinge.cli;

import dev.hinge.triage.CheckIn;
import dev.hinge.triage.CheckInParser;
import dev.hinge.triage.TrainingContext;
import dev.hinge.triage.TriageEngine;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hinge bench checkin}: how long parsing and evaluating one check-in takes. */
@Command(
    name = "checkin",
    mixinStandardHelpOptions = true,
    description = "Time check-in parsing and triage.")
public final class BenchCheckinCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--iterations",
      defaultValue = "200000",
      description = "evaluations per round (default: ${DEFAULT-VALUE})")
  int iterations;

  static final String SAMPLE =
      "{\"age\":34,\"sex\":\"female\",\"hoursSinceTraining\":30,\"onset\":\"after_session\","
          + "\"suddenSharpOnset\":false,\"areas\":[\"lower_back\"],\"side\":\"central\",\"pain\":4,"
          + "\"character\":[\"aching\",\"stiff\"],\"leg\":{\"painBelowKnee\":false,\"sides\":\"none\",\"numbness\":false,"
          + "\"weakness\":\"none\",\"footDrop\":false},\"redFlags\":{\"saddleNumbness\":false,\"bladderChange\":false,"
          + "\"bowelChange\":false,\"sexualDysfunction\":false,\"darkUrine\":false,\"muscleSwellingOrExtremeWeakness\":false,"
          + "\"fever\":false,\"unexplainedWeightLoss\":false,\"cancerHistory\":false,\"constantNightPain\":false,"
          + "\"majorTrauma\":false,\"osteoporosisOrSteroids\":false,\"infectionRisk\":false,"
          + "\"suddenTearingPainOrFaint\":false},\"trend\":\"same\",\"daysSinceOnset\":1,\"easesWithMovement\":true,"
          + "\"canWalkNormally\":true,\"previousEpisodes\":0}";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    TriageEngine engine = new TriageEngine();
    CheckIn c = CheckInParser.parse(SAMPLE);
    double[] evalUs = new double[5];
    double[] parseUs = new double[5];
    long sink = 0;
    for (int round = 0; round < evalUs.length; round++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < iterations; i++) {
        sink += engine.evaluate(c, TrainingContext.none()).advice().size();
      }
      evalUs[round] = (System.nanoTime() - t0) / 1e3 / iterations;
      int n = Math.max(1, iterations / 10);
      t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        sink += CheckInParser.parse(SAMPLE).pain();
      }
      parseUs[round] = (System.nanoTime() - t0) / 1e3 / n;
    }
    Arrays.sort(evalUs);
    Arrays.sort(parseUs);
    out.printf(
        Locale.ROOT,
        "triage evaluate  median %.2f µs per check-in (5 rounds of %d; first round includes warm-up)%n",
        evalUs[2],
        iterations);
    out.printf(Locale.ROOT, "parse + validate median %.2f µs per check-in%n", parseUs[2]);
    out.printf(Locale.ROOT, "(checksum %d)%n", sink % 7);
    out.flush();
    return ExitCodes.OK;
  }
}
