package dev.hinge.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirsTest {
  private final Path home = Path.of("/home/lifter");

  @Test
  void withoutXdgVariablesTheDefaultsUnderHomeAreUsed() {
    AppDirs d = AppDirs.from(Map.of(), home);
    assertThat(d.cache()).isEqualTo(Path.of("/home/lifter/.cache/hinge"));
    assertThat(d.data()).isEqualTo(Path.of("/home/lifter/.local/share/hinge"));
    assertThat(d.models()).isEqualTo(Path.of("/home/lifter/.cache/hinge/models"));
  }

  @Test
  void xdgVariablesAreHonouredAndRelativeOnesIgnored() {
    AppDirs d = AppDirs.from(Map.of("XDG_CACHE_HOME", "/c", "XDG_DATA_HOME", "relative/d"), home);
    assertThat(d.cache()).isEqualTo(Path.of("/c/hinge"));
    assertThat(d.data()).isEqualTo(Path.of("/home/lifter/.local/share/hinge"));
  }

  @Test
  void hingeOverridesWin() {
    AppDirs d =
        AppDirs.from(
            Map.of("XDG_CACHE_HOME", "/c", "HINGE_CACHE_DIR", "/x", "HINGE_DATA_DIR", "/y"), home);
    assertThat(d.cache()).isEqualTo(Path.of("/x"));
    assertThat(d.data()).isEqualTo(Path.of("/y"));
  }
}
