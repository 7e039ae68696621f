package dev.hinge.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FfmpegVideoWriterTest {
  @TempDir Path dir;

  /** Frames written at {@code fps}, read back: count, size, codec, timestamps. */
  List<Double> roundTrip(Path file, int w, int h, double fps, int n) {
    byte[] bgr = new byte[w * h * 3];
    try (FfmpegVideoWriter writer = new FfmpegVideoWriter(file, w, h, fps)) {
      for (int i = 0; i < n; i++) {
        java.util.Arrays.fill(bgr, (byte) (i * 2));
        writer.write(bgr, w * 3, i * 1000.0 / fps);
      }
    }
    List<Double> t = new ArrayList<>();
    try (FfmpegFrameSource s = FfmpegFrameSource.open(file)) {
      assertThat(s.metadata().codec()).isEqualTo("h264");
      assertThat(s.metadata().width()).isEqualTo(w - w % 2);
      assertThat(s.metadata().height()).isEqualTo(h - h % 2);
      Optional<Frame> f;
      while ((f = s.next()).isPresent()) {
        t.add(f.get().tMs());
        s.release(f.get());
      }
      assertThat(s.damage()).isEmpty();
    }
    return t;
  }

  @Test
  void aPortrait60FpsVideoComesBackFrameForFrame() {
    List<Double> t = roundTrip(dir.resolve("p60.mp4"), 180, 320, 60, 120);
    assertThat(t).hasSize(120);
    for (int i = 0; i < t.size(); i++) {
      assertThat(t.get(i)).isCloseTo(i * 1000.0 / 60, within(1.0));
    }
  }

  @Test
  void anOddSizeLosesItsLastRowAndColumnOnly() {
    assertThat(roundTrip(dir.resolve("odd.mp4"), 65, 49, 30, 10)).hasSize(10);
  }
}
