package dev.hinge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hinge.pose.ModelInfo;
import dev.hinge.pose.PoseTrack;
import dev.hinge.synthetic.SetSpec;
import dev.hinge.synthetic.SyntheticLifter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoseTrackCacheTest {
  @TempDir Path dir;

  static final String SHA = "0123456789abcdef".repeat(4);
  static final ModelInfo FULL = new ModelInfo("blazepose-full", "e9a5c5cb");
  static final String TFLITE = "tflite-2.6.2-xnnpack";
  final PoseTrack track = SyntheticLifter.generate(SetSpec.clean(5, 1)).track();

  @Test
  void aStoredTrackComesBackAsTheRoundTripWithoutTheCacheGivesIt() {
    PoseTrackCache cache = new PoseTrackCache(dir, TFLITE, "1.0+abc");
    assertThat(cache.get(SHA, FULL)).isEmpty();
    PoseTrack stored = cache.put(SHA, FULL, track);
    assertThat(cache.get(SHA, FULL)).contains(stored);
    assertThat(PoseTrackCache.roundTrip(track)).isEqualTo(stored);
    assertThat(stored.frames()).hasSameSizeAs(track.frames());
    assertThat(cache.path(SHA, FULL).getFileName().toString())
        .startsWith("0123456789abcdef-blazepose-full-")
        .endsWith(".posetrack.json.gz");
  }

  @Test
  void anotherVideoModelRuntimeOrPoseStageVersionMisses() {
    new PoseTrackCache(dir, TFLITE, "1.0+abc").put(SHA, FULL, track);
    assertThat(new PoseTrackCache(dir, TFLITE, "1.0+abd").get(SHA, FULL)).isEmpty();
    assertThat(new PoseTrackCache(dir, TFLITE, "1.0+abc").get(SHA.replace('0', '1'), FULL))
        .isEmpty();
    assertThat(
            new PoseTrackCache(dir, TFLITE, "1.0+abc")
                .get(SHA, new ModelInfo("blazepose-full", "other")))
        .isEmpty();
    assertThat(
            new PoseTrackCache(dir, TFLITE, "1.0+abc")
                .get(SHA, new ModelInfo("blazepose-lite", "e9a5c5cb")))
        .isEmpty();
    // the two runtimes' tracks of one clip part over its frames: one is never scored as the other
    assertThat(new PoseTrackCache(dir, "onnxruntime-1.22.0-cpu", "1.0+abc").get(SHA, FULL))
        .isEmpty();
  }

  @Test
  void anUnreadableEntryIsAMiss() throws Exception {
    PoseTrackCache cache = new PoseTrackCache(dir, TFLITE, "1.0+abc");
    Files.createDirectories(dir);
    Files.writeString(cache.path(SHA, FULL), "not gzip");
    assertThat(cache.get(SHA, FULL)).isEmpty();
  }

  @Test
  void thePoseStageVersionCarriesADigestOfItsCode() {
    // run from classes in a test: no jar version, but the compiled pose and video classes
    assertThat(PoseTrackCache.stageVersion()).matches("dev\\+[0-9a-f]{12}");
  }

  @Test
  void aVideosChecksumIsItsSha256() throws Exception {
    Path v = dir.resolve("v.bin");
    Files.writeString(v, "abc");
    assertThat(PoseTrackCache.sha256(v))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
