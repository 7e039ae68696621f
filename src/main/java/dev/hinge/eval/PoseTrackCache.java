package dev.hinge.eval;

import dev.hinge.core.AtomicFiles;
import dev.hinge.pose.ModelInfo;
import dev.hinge.pose.PoseTrack;
import dev.hinge.pose.PoseTrackReader;
import dev.hinge.pose.PoseTrackWriter;
import dev.hinge.pose.PoseTracker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pose tracks kept between runs ({@code hinge.posetrack/1}, gzipped), so that scoring again after a
 * rule change skips the pose stage. A track is keyed by the video's SHA-256, the landmark model
 * (name and file checksum), the inference runtime and the pose stage's version: Hinge's version
 * plus a digest of the compiled pose and video code, so a changed pose stage never reads an old
 * track, while a changed rule (reps, faults) still finds it. The runtime is in the key because ONNX
 * Runtime's and TensorFlow Lite's tracks of one clip part over its frames (the tracker feeds each
 * frame's landmarks into the next crop) and a few verdicts differ between them: a run on one must
 * not score the other's tracks. A file that cannot be read is a miss, made again.
 */
public final class PoseTrackCache {
  private static final Logger LOG = LoggerFactory.getLogger(PoseTrackCache.class);
  private static final String PREFIXES_OF_THE_POSE_STAGE = "dev/hinge/pose/|dev/hinge/video/";

  private final Path dir;
  private final String runtime;
  private final String stageVersion;

  /** {@code runtime}: the inference runtime's name, as {@code InferenceRuntime.name()} gives it. */
  public PoseTrackCache(Path dir, String runtime) {
    this(dir, runtime, stageVersion());
  }

  public PoseTrackCache(Path dir, String runtime, String stageVersion) {
    this.dir = dir;
    this.runtime = runtime;
    this.stageVersion = stageVersion;
  }

  public Path dir() {
    return dir;
  }

  public Path path(String videoSha256, ModelInfo model) {
    String key =
        sha256(
                String.join("\n", videoSha256, model.name(), model.sha256(), runtime, stageVersion)
                    .getBytes(StandardCharsets.UTF_8))
            .substring(0, 16);
    return dir.resolve(
        videoSha256.substring(0, Math.min(16, videoSha256.length()))
            + "-"
            + model.name().replaceAll("[^A-Za-z0-9._-]", "_")
            + "-"
            + key
            + ".posetrack.json.gz");
  }

  public Optional<PoseTrack> get(String videoSha256, ModelInfo model) {
    Path p = path(videoSha256, model);
    if (!Files.isRegularFile(p)) {
      return Optional.empty();
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      return Optional.of(PoseTrackReader.read(in, p.toString()));
    } catch (IOException | RuntimeException e) {
      LOG.warn("cached pose track {} is unreadable ({}); making it again", p, e.getMessage());
      return Optional.empty();
    }
  }

  /** Stores the track (whole or not at all) and returns it as a later {@link #get} will read it. */
  public PoseTrack put(String videoSha256, ModelInfo model, PoseTrack track) {
    byte[] bytes = bytes(track);
    AtomicFiles.write(
        path(videoSha256, model),
        out -> {
          GZIPOutputStream gz = new GZIPOutputStream(out);
          gz.write(bytes);
          gz.finish();
        });
    return read(bytes);
  }

  /**
   * The track as the cache would give it back (landmarks rounded as the writer writes them), so a
   * run without the cache scores exactly as one with it.
   */
  public static PoseTrack roundTrip(PoseTrack track) {
    return read(bytes(track));
  }

  private static byte[] bytes(PoseTrack track) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PoseTrackWriter.write(track, out);
    return out.toByteArray();
  }

  private static PoseTrack read(byte[] bytes) {
    return PoseTrackReader.read(new ByteArrayInputStream(bytes), "pose track");
  }

  public static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static volatile String thisStageVersion;

  /** Hinge's version and a digest of the pose and video classes this run loaded. */
  public static String stageVersion() {
    String v = thisStageVersion;
    if (v == null) {
      String hinge = PoseTracker.class.getPackage().getImplementationVersion();
      v = (hinge == null ? "dev" : hinge) + "+" + codeDigest().orElse("unknown");
      thisStageVersion = v;
    }
    return v;
  }

  private static Optional<String> codeDigest() {
    Map<String, byte[]> classes = new TreeMap<>();
    try {
      Path where =
          Path.of(PoseTracker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(where)) {
        try (Stream<Path> files = Files.walk(where)) {
          for (Path p : (Iterable<Path>) files::iterator) {
            String name = where.relativize(p).toString().replace('\\', '/');
            if (name.matches("(" + PREFIXES_OF_THE_POSE_STAGE + ").*\\.class")) {
              classes.put(name, Files.readAllBytes(p));
            }
          }
        }
      } else {
        try (JarFile jar = new JarFile(where.toFile())) {
          for (JarEntry e : java.util.Collections.list(jar.entries())) {
            if (e.getName().matches("(" + PREFIXES_OF_THE_POSE_STAGE + ").*\\.class")) {
              try (InputStream in = jar.getInputStream(e)) {
                classes.put(e.getName(), in.readAllBytes());
              }
            }
          }
        }
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      LOG.debug("no digest of the pose stage's code", e);
      return Optional.empty();
    }
    if (classes.isEmpty()) {
      return Optional.empty();
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    classes.forEach(
        (name, bytes) -> {
          all.writeBytes(name.getBytes(StandardCharsets.UTF_8));
          all.writeBytes(bytes);
        });
    return Optional.of(sha256(all.toByteArray()).substring(0, 12));
  }
}
