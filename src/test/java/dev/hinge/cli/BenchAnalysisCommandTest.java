package dev.hinge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchAnalysisCommandTest {
  @Test
  void theBenchmarkPrintsTheMedianAndP95ForTheGeneratedTrack() {
    CommandLine cl = new CommandLine(new BenchAnalysisCommand());
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    int exit = cl.execute("--minutes", "0.5", "--runs", "3");
    assertThat(exit).isZero();
    // 30 s at 30 fps, a rep every 5 s
    assertThat(out.toString()).contains("analysis of 900 frames (6 reps)", "median", "p95");
  }
}
