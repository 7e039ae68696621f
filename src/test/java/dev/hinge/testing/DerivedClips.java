package dev.hinge.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test clips made from the fixture clips by cropping, padding or mirroring (a lifter near the edge
 * of the picture, a portrait picture), as {@code src/test/resources/golden/derived-clips.tsv} gives
 * them. Made with the FFmpeg command line under {@code target/derived-clips} the first time a test
 * asks, and checked against the frames the goldens were made from (an MD5 of the decoded frames),
 * so a clip that came out differently fails with that reason, not as a pose mismatch.
 */
public final class DerivedClips {
  static final Path RECIPES = Path.of("src", "test", "resources", "golden", "derived-clips.tsv");
  static final Path DIR = Path.of("target", "derived-clips");

  private DerivedClips() {}

  /** One clip: its name, the fixture it is made from, the FFmpeg filter, its frames' MD5. */
  public record Recipe(String name, String source, String filter, String md5) {}

  public static List<Recipe> recipes() {
    try {
      List<Recipe> out = new ArrayList<>();
      for (String line : Files.readAllLines(RECIPES, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 4) {
          throw new IllegalStateException(
              RECIPES + ": expected 4 tab-separated fields, found " + f.length + ": " + line);
        }
        out.add(new Recipe(f[0], f[1], f[2], f[3]));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Recipe recipe(String name) {
    return recipes().stream()
        .filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no derived clip " + name + " in " + RECIPES));
  }

  /** The clip, made if it is not there yet; its frames checked against the recipe's MD5. */
  public static synchronized Path path(String name) {
    Recipe r = recipe(name);
    Path source = source(r.source());
    assumeTrue(onPath("ffmpeg"), "the FFmpeg command line (ffmpeg) is needed to make " + name);
    Path out = DIR.resolve(name + ".mkv");
    try {
      if (!Files.isRegularFile(out)) {
        encode(source, r.filter(), List.of("-c:v", "ffv1"), out);
      }
      String md5 =
          run(List.of(
                  "ffmpeg",
                  "-nostdin",
                  "-v",
                  "error",
                  "-i",
                  out.toString(),
                  "-map",
                  "0:v",
                  "-pix_fmt",
                  "yuv420p",
                  "-f",
                  "md5",
                  "-"))
              .trim();
      if (!md5.equals("MD5=" + r.md5())) {
        throw new IllegalStateException(
            name
                + ": its frames are not those the goldens were made from (MD5 "
                + md5
                + ", expected "
                + r.md5()
                + "); this FFmpeg crops or pads differently");
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code source} through the FFmpeg filter {@code filter} to {@code out} (yuv420p, no
   * sound) with the codec options given, by way of a temporary file beside it.
   */
  public static void encode(Path source, String filter, List<String> codec, Path out)
      throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    String file = out.getFileName().toString();
    Path tmp = out.resolveSibling("tmp." + file);
    List<String> args = new ArrayList<>(List.of("-i", source.toString(), "-vf", filter));
    args.addAll(codec);
    args.addAll(List.of("-pix_fmt", "yuv420p", "-an", tmp.toString()));
    ffmpeg(args.toArray(String[]::new));
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * A camera copy of the labelled real clip {@code clip} as {@code tools/robustness/copies.sh}
   * makes it (the FFmpeg filter {@code filter}, then x264 at CRF 20), in {@code
   * target/derived-clips/STEM.KIND.mp4}: lossy, so made at test time and not kept as a golden. The
   * test is skipped where FFmpeg's command line or the clip is missing.
   */
  public static Path cameraCopy(String clip, String kind, String filter) throws IOException {
    assumeTrue(onPath("ffmpeg"), "the FFmpeg command line (ffmpeg) makes this copy");
    Path source = source(REAL + clip);
    String stem = clip.substring(0, clip.lastIndexOf('.'));
    Path copy = Path.of("target", "derived-clips", stem + "." + kind + ".mp4");
    encode(source, filter, List.of("-c:v", "libx264", "-preset", "veryfast", "-crf", "20"), copy);
    return copy;
  }

  /** A recipe's source: a fixture clip by name, or a labelled real clip as {@code real/NAME}. */
  static Path source(String name) {
    if (name.startsWith(REAL)) {
      Path p = Fixtures.real().resolve(name.substring(REAL.length()));
      assumeTrue(Files.isRegularFile(p), "labelled clip missing: " + p);
      return p;
    }
    return Fixtures.video(name);
  }

  static final String REAL = "real/";

  /** Runs FFmpeg's command line, quiet and overwriting, with {@code args}; its output. */
  public static String ffmpeg(String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y"));
    cmd.addAll(List.of(args));
    return run(cmd);
  }

  /**
   * {@code encoded} stored as a phone held upright stores it: the picture as encoded and a display
   * matrix that turns it {@code clockwiseDeg} (FFmpeg's "rotate" tag counts the other way).
   */
  public static void turned(Path encoded, int clockwiseDeg, Path out) throws IOException {
    ffmpeg(
        "-i",
        encoded.toString(),
        "-c",
        "copy",
        "-metadata:s:v:0",
        "rotate=" + (360 - clockwiseDeg),
        out.toString());
  }

  /** Runs a command line to its end (2 minutes at most); its output, or why it failed. */
  public static String run(List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  /** Whether an executable of this name is on the PATH. */
  public static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
